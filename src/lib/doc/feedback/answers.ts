import type * as Y from 'yjs';
import type { MemberId } from '../ids';
import { ROUND } from '../schema';
import { getRound } from './read';
import { entryOf, nested, RoundInputError } from './records';
import type { AnswerValues, Round, RoundAnswer, RoundClosedBecause, RoundId } from './types';
import { asAnswerValue } from './values';

/*
 * Answering a round and closing it: the answers checked against its questions, named answers by
 * member, who answered an unnamed round, and the close that records what it counted.
 */

/** The answers to a round made safe; throws when one is no answer or a required one is missing. */
export function checkAnswers(round: Round, values: AnswerValues): AnswerValues {
	const clean = Object.create(null) as AnswerValues;
	for (const [questionId, raw] of Object.entries(values)) {
		const question = round.questions.find((q) => q.id === questionId);
		if (!question) throw new RoundInputError('answer', 'no-such-question');
		const value = asAnswerValue(question, raw);
		if (!value) throw new RoundInputError('answer', 'not-an-answer', question);
		clean[questionId] = value;
	}
	const missing = round.questions.find((q) => !q.optional && !(q.id in clean));
	if (missing) throw new RoundInputError('answer', 'answer-missing', missing);
	return clean;
}

/** Records (or replaces) a member's named answers. */
export function answerNamed(
	doc: Y.Doc,
	id: RoundId,
	answer: { by: MemberId; values: AnswerValues; now: number }
): boolean {
	const round = getRound(doc, id);
	const answers = entryOf(doc, id) && nested(entryOf(doc, id)!, ROUND.answers);
	if (!round || !answers) return false;
	const values = checkAnswers(round, answer.values);
	doc.transact(() => answers.set(answer.by, { values, at: answer.now }));
	return true;
}

/** Records that a member has answered an unnamed round (the answer itself is written apart). */
export function markAnswered(doc: Y.Doc, id: RoundId, member: MemberId): boolean {
	const respondents = entryOf(doc, id) && nested(entryOf(doc, id)!, ROUND.respondents);
	if (!respondents) return false;
	if (respondents.get(member) !== true) doc.transact(() => respondents.set(member, true));
	return true;
}

/**
 * Writes an unnamed answer under `key` into `doc`; call it on a scratch copy whose client id
 * belongs to no one (`unnamed.ts`), never on the workspace's own document.
 */
export function writeUnnamedAnswer(
	doc: Y.Doc,
	id: RoundId,
	answer: { key: string; values: AnswerValues }
): boolean {
	const round = getRound(doc, id);
	const answers = entryOf(doc, id) && nested(entryOf(doc, id)!, ROUND.answers);
	if (!round || !answers || round.named) return false;
	const values = checkAnswers(round, answer.values);
	doc.transact(() => answers.set(answer.key, { values }));
	return true;
}

/** Closes a round and records the answers it counted (`counted`); false if already closed. */
export function closeRound(
	doc: Y.Doc,
	id: RoundId,
	close: {
		by: MemberId | null;
		because: RoundClosedBecause;
		now: number;
		counted: RoundAnswer[];
		/** How many members the round asked when it closed. */
		asked: number;
	}
): boolean {
	const entry = entryOf(doc, id);
	const round = getRound(doc, id);
	if (!entry || !round || round.outcome) return false;
	const answers = Object.fromEntries(
		close.counted.map((a) => [a.key, a.by ? { values: a.values, by: a.by } : { values: a.values }])
	);
	const respondents = round.named ? close.counted.length : round.respondents.length;
	doc.transact(() =>
		entry.set(ROUND.outcome, {
			closedAt: close.now,
			closedBy: close.by,
			because: close.because,
			answers,
			respondents,
			asked: close.asked,
			// What the answers were read against, so that they read the same ever after.
			named: round.named,
			questions: Object.fromEntries(round.questions.map(({ id: q, ...question }) => [q, question]))
		})
	);
	return true;
}
