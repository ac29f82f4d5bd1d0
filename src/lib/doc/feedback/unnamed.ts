import * as Y from 'yjs';
import { randomId, type MemberId } from '../ids';
import { getRound } from './read';
import type { AnswerValues, RoundId } from './types';
import { markAnswered, RoundInputError, writeUnnamedAnswer } from './write';

/*
 * Unnamed answers. A workspace is shared by every member's device, and every Yjs item carries
 * the client id of the copy that wrote it, which the authorship record ties to a member. So an
 * unnamed answer is written on a scratch copy with a client id of its own, used once and kept
 * nowhere, and only the difference is applied to the workspace: as a received update, which the
 * authorship record does not claim. That a member answered is written apart, by their own copy.
 * What this cannot hide: the moment. A member whose device receives the two changes as they
 * are made could guess whose answer it is (see the README, "Feedback rounds").
 */

/** The origin of the transaction that applies an unnamed answer to the workspace. */
export const UNNAMED_ANSWER_ORIGIN = Symbol('unnamed answer');

/** A fresh key for one member's unnamed answer to a round (their device keeps it to change it). */
export function newAnswerKey(): string {
	return randomId();
}

/**
 * Writes an unnamed answer under `key` (the same key replaces it) so that nothing in the
 * workspace links it to `member` or this device, and records apart that `member` answered.
 * Throws `RoundInputError` for answers the round cannot take.
 */
export function answerUnnamed(
	doc: Y.Doc,
	id: RoundId,
	answer: { member: MemberId; key: string; values: AnswerValues }
): boolean {
	const round = getRound(doc, id);
	if (!round || round.named) return false;
	const scratch = new Y.Doc({ gc: false });
	try {
		Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
		if (scratch.clientID === doc.clientID) throw new RoundInputError('answer', 'Try again.');
		if (!writeUnnamedAnswer(scratch, id, { key: answer.key, values: answer.values })) return false;
		const change = Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(doc));
		Y.applyUpdate(doc, change, UNNAMED_ANSWER_ORIGIN);
	} finally {
		scratch.destroy();
	}
	markAnswered(doc, id, answer.member);
	return true;
}
