import type * as Y from 'yjs';
import { randomId, type MemberId } from '../ids';
import { getRound } from './read';
import type { AnswerValues, RoundId } from './types';
import { writeUnnamed } from '../unnamed';
import { checkAnswers, markAnswered, writeUnnamedAnswer } from './answers';

/*
 * Unnamed answers, written on a scratch copy with a client id of its own (`../unnamed.ts`), used
 * once and kept nowhere; only the difference reaches the workspace, as a received update, which
 * the authorship record does not claim. That a member answered is written apart, by their own copy.
 * What this cannot hide: the moment. A member whose device receives the two changes as they
 * are made could guess whose answer it is (see the README, "Feedback rounds").
 */

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
	// Checked first, so that a refused answer writes nothing at all.
	checkAnswers(round, answer.values);
	writeUnnamed(doc, (scratch) =>
		writeUnnamedAnswer(scratch, id, { key: answer.key, values: answer.values })
	);
	markAnswered(doc, id, answer.member);
	return true;
}
