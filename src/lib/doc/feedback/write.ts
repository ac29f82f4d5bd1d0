import * as Y from 'yjs';
import { randomId, type MemberId } from '../ids';
import { cleanLine, cleanText, isMoment } from '../meta';
import { ROUND } from '../schema';
import { getRound, roundsMap } from './read';
import {
	ROUND_LIMITS,
	type AnswerValues,
	type Question,
	type QuestionId,
	type QuestionInit,
	type Round,
	type RoundAnswer,
	type RoundClosedBecause,
	type RoundId,
	type RoundTemplateKey,
	type StepId
} from './types';
import { asAnswerValue, asQuestion, cleanOptions } from './values';

/** Why a round's form was refused, for the interface to say in the reader's language. */
export type RoundInputProblem =
	| 'title-missing'
	| 'prompt-missing'
	| 'options-missing'
	| 'too-many-questions'
	| 'closes-before-opens'
	| 'no-such-question'
	| 'not-an-answer'
	| 'answer-missing'
	| 'step-missing';

/** A round's form was refused: which field, why, and (for an answer) which question. */
export class RoundInputError extends Error {
	constructor(
		readonly field: 'title' | 'question' | 'answer' | 'dates' | 'step',
		readonly problem: RoundInputProblem,
		readonly question: Question | null = null
	) {
		super(`The round was not changed: ${problem}${question ? ` (${question.prompt})` : ''}.`);
		this.name = 'RoundInputError';
	}
}

/** What a round is made with. */
export interface RoundInit {
	title: string;
	intro?: string;
	template?: RoundTemplateKey | null;
	named?: boolean;
	observersMayAnswer?: boolean;
	questions?: QuestionInit[];
}

/** What can change on a round while it is being written (dates apart). */
export type RoundChange = Partial<
	Pick<RoundInit, 'title' | 'intro' | 'named' | 'observersMayAnswer'>
>;

function entryOf(doc: Y.Doc, id: RoundId): Y.Map<unknown> | null {
	const entry = roundsMap(doc).get(id);
	return entry instanceof Y.Map ? entry : null;
}

function nested(entry: Y.Map<unknown>, key: string): Y.Map<unknown> | null {
	const value = entry.get(key);
	return value instanceof Y.Map ? value : null;
}

/** The stored value of a question, made safe; throws for a question Concord cannot keep. */
function questionValue(init: QuestionInit, rank: number): Record<string, unknown> {
	const value = {
		kind: init.kind,
		prompt: cleanLine(init.prompt, ROUND_LIMITS.prompt) ?? '',
		key: init.key ?? null,
		optional: init.optional === true,
		lowLabel: init.lowLabel ?? '',
		highLabel: init.highLabel ?? '',
		evidence: init.evidence === true,
		options: cleanOptions(init.options ?? []),
		multiple: init.multiple === true,
		rank
	};
	if (!value.prompt) throw new RoundInputError('question', 'prompt-missing');
	if (!asQuestion('check', value)) throw new RoundInputError('question', 'options-missing');
	return value;
}

/** A record of its own fields, so that changes to different fields made apart all survive. */
function fieldsMap(value: Record<string, unknown>): Y.Map<unknown> {
	return new Y.Map<unknown>(Object.entries(value));
}

/** Sets the fields of a nested record that differ. */
function setChanged(map: Y.Map<unknown>, value: Record<string, unknown>): void {
	for (const [key, field] of Object.entries(value))
		if (JSON.stringify(map.get(key)) !== JSON.stringify(field)) map.set(key, field);
}

function writeFields(entry: Y.Map<unknown>, change: RoundChange): void {
	if (change.title !== undefined) {
		const title = cleanLine(change.title, ROUND_LIMITS.title);
		if (title === null) throw new RoundInputError('title', 'title-missing');
		if (entry.get(ROUND.title) !== title) entry.set(ROUND.title, title);
	}
	if (change.intro !== undefined) {
		const intro = cleanText(change.intro, ROUND_LIMITS.intro) ?? '';
		if (entry.get(ROUND.intro) !== intro) entry.set(ROUND.intro, intro);
	}
	if (change.named !== undefined && entry.get(ROUND.named) !== change.named)
		entry.set(ROUND.named, change.named);
	if (
		change.observersMayAnswer !== undefined &&
		entry.get(ROUND.observersMayAnswer) !== change.observersMayAnswer
	)
		entry.set(ROUND.observersMayAnswer, change.observersMayAnswer);
}

/** Makes a round (being written, not yet open) and returns its id. */
export function createRound(doc: Y.Doc, init: RoundInit & { by: MemberId; now: number }): RoundId {
	if (cleanLine(init.title, ROUND_LIMITS.title) === null)
		throw new RoundInputError('title', 'title-missing');
	const values = (init.questions ?? []).map((q, rank) => questionValue(q, rank));
	const id = randomId() as RoundId;
	const entry = new Y.Map<unknown>();
	doc.transact(() => {
		roundsMap(doc).set(id, entry);
		writeFields(entry, { ...init, named: init.named ?? true });
		if (init.template) entry.set(ROUND.template, init.template);
		entry.set(ROUND.createdBy, init.by);
		entry.set(ROUND.createdAt, init.now);
		const questions = new Y.Map<unknown>();
		entry.set(ROUND.questions, questions);
		for (const value of values) questions.set(randomId(), fieldsMap(value));
		for (const key of [ROUND.answers, ROUND.respondents, ROUND.steps])
			entry.set(key, new Y.Map<unknown>());
	});
	return id;
}

/** Changes a round's title, introduction or who answers; false when there is no such round. */
export function updateRound(doc: Y.Doc, id: RoundId, change: RoundChange): boolean {
	const entry = entryOf(doc, id);
	if (!entry) return false;
	doc.transact(() => writeFields(entry, change));
	return true;
}

/** Adds a question at the end (or changes one, keeping its place); returns its id. */
export function putQuestion(
	doc: Y.Doc,
	id: RoundId,
	init: QuestionInit,
	questionId?: QuestionId
): QuestionId | null {
	const round = getRound(doc, id);
	const questions = entryOf(doc, id) && nested(entryOf(doc, id)!, ROUND.questions);
	if (!round || !questions) return null;
	const existing = round.questions.find((q) => q.id === questionId);
	if (!existing && round.questions.length >= ROUND_LIMITS.questions)
		throw new RoundInputError('question', 'too-many-questions');
	const rank = existing?.rank ?? Math.max(-1, ...round.questions.map((q) => q.rank)) + 1;
	const value = questionValue({ ...existing, ...init }, rank);
	const key = existing?.id ?? (randomId() as QuestionId);
	const stored = questions.get(key);
	doc.transact(() => {
		if (stored instanceof Y.Map) setChanged(stored, value);
		else questions.set(key, fieldsMap(value));
	});
	return key;
}

/** Removes a question; false when there is none. */
export function removeQuestion(doc: Y.Doc, id: RoundId, questionId: QuestionId): boolean {
	const questions = entryOf(doc, id) && nested(entryOf(doc, id)!, ROUND.questions);
	if (!questions?.has(questionId)) return false;
	doc.transact(() => questions.delete(questionId));
	return true;
}

/**
 * Moves a question one place earlier (-1) or later (+1): it takes a rank between its new
 * neighbours, so that moves made apart on two copies settle on one order everywhere.
 */
export function moveQuestion(doc: Y.Doc, id: RoundId, questionId: QuestionId, by: -1 | 1): boolean {
	const round = getRound(doc, id);
	const questions = entryOf(doc, id) && nested(entryOf(doc, id)!, ROUND.questions);
	const at = round?.questions.findIndex((q) => q.id === questionId) ?? -1;
	if (!round || !questions || at < 0) return false;
	const list = round.questions;
	const target = at + by;
	if (target < 0 || target >= list.length) return false;
	const beyond = list[target + by];
	const near = list[target]!.rank;
	const rank = beyond === undefined ? near + by : (near + beyond.rank) / 2;
	doc.transact(() => {
		// Between two that tie (added at once on two copies), or once halving has run out of
		// precision, every question takes its place in the new order afresh.
		if (rank === near || (beyond !== undefined && rank === beyond.rank)) {
			const order = list.filter((q) => q.id !== questionId);
			order.splice(target, 0, list[at]!);
			order.forEach((q, i) => {
				const stored = questions.get(q.id);
				if (stored instanceof Y.Map && stored.get('rank') !== i) stored.set('rank', i);
			});
			return;
		}
		const stored = questions.get(questionId);
		if (stored instanceof Y.Map) stored.set('rank', rank);
	});
	return true;
}

/** Opens a round at `opensAt` (now, or a later date) until `closesAt`. */
export function scheduleRound(
	doc: Y.Doc,
	id: RoundId,
	dates: { opensAt: number; closesAt: number }
): boolean {
	const entry = entryOf(doc, id);
	if (!entry) return false;
	if (!isMoment(dates.opensAt) || !isMoment(dates.closesAt) || dates.closesAt <= dates.opensAt)
		throw new RoundInputError('dates', 'closes-before-opens');
	doc.transact(() => {
		entry.set(ROUND.opensAt, dates.opensAt);
		entry.set(ROUND.closesAt, dates.closesAt);
	});
	return true;
}

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

/** Writes the group's response to a round's results. */
export function setRoundResponse(doc: Y.Doc, id: RoundId, text: string): boolean {
	const entry = entryOf(doc, id);
	if (!entry) return false;
	const response = cleanText(text, ROUND_LIMITS.response) ?? '';
	if (entry.get(ROUND.response) !== response)
		doc.transact(() => entry.set(ROUND.response, response));
	return true;
}

/** Adds a step towards improvement at the end (or rewrites one); returns its id. */
export function putStep(doc: Y.Doc, id: RoundId, text: string, stepId?: StepId): StepId | null {
	const round = getRound(doc, id);
	const steps = entryOf(doc, id) && nested(entryOf(doc, id)!, ROUND.steps);
	if (!round || !steps) return null;
	const clean = cleanText(text, ROUND_LIMITS.step);
	if (clean === null) throw new RoundInputError('step', 'step-missing');
	const existing = round.steps.find((s) => s.id === stepId);
	const rank = existing?.rank ?? Math.max(-1, ...round.steps.map((s) => s.rank)) + 1;
	const key = existing?.id ?? (randomId() as StepId);
	const stored = steps.get(key);
	doc.transact(() => {
		if (stored instanceof Y.Map) setChanged(stored, { text: clean });
		else steps.set(key, fieldsMap({ text: clean, rank }));
	});
	return key;
}

/** Removes a step; false when there is none. */
export function removeStep(doc: Y.Doc, id: RoundId, stepId: StepId): boolean {
	const steps = entryOf(doc, id) && nested(entryOf(doc, id)!, ROUND.steps);
	if (!steps?.has(stepId)) return false;
	doc.transact(() => steps.delete(stepId));
	return true;
}

/** Deletes a round that has no answers yet (a draft, or one nobody answered). */
export function deleteRound(doc: Y.Doc, id: RoundId): boolean {
	if (!roundsMap(doc).has(id)) return false;
	doc.transact(() => roundsMap(doc).delete(id));
	return true;
}
