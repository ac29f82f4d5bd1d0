import * as Y from 'yjs';
import { randomId, type MemberId } from '../ids';
import { cleanLine, cleanText, isMoment } from '../meta';
import { ROUND } from '../schema';
import { getRound, roundsMap } from './read';
import { entryOf, fieldsMap, nested, RoundInputError, setChanged } from './records';
import {
	ROUND_LIMITS,
	type QuestionId,
	type QuestionInit,
	type RoundId,
	type RoundTemplateKey
} from './types';
import { asQuestion, cleanOptions } from './values';

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

/** Deletes a round that has no answers yet (a draft, or one nobody answered). */
export function deleteRound(doc: Y.Doc, id: RoundId): boolean {
	if (!roundsMap(doc).has(id)) return false;
	doc.transact(() => roundsMap(doc).delete(id));
	return true;
}
