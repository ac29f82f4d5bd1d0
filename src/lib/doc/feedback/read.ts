import * as Y from 'yjs';
import { listCommitments, type CommitmentId } from '../commitments';
import type { MemberId } from '../ids';
import { cleanLine, cleanText, isMoment } from '../meta';
import { readRecord, unusable } from '../record';
import { ROOT, ROUND } from '../schema';
import {
	ROUND_LIMITS,
	type AnswerValues,
	type ImprovementStep,
	type Question,
	type Round,
	type RoundAnswer,
	type RoundClosedBecause,
	type RoundId,
	type RoundOutcome,
	type RoundPhase,
	type StepId
} from './types';
import { asAnswerValue, asQuestion, asTemplateKey } from './values';

/** The `feedbackRounds` root: one `Y.Map` per round, keyed by round id. */
export function roundsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap(ROOT.rounds);
}

const byRank = <T extends { rank: number; id: string }>(a: T, b: T) =>
	a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function entriesOf(value: unknown): [string, unknown][] {
	if (value instanceof Y.Map)
		return [...value.entries()].map(([key, v]) => [key, v instanceof Y.Map ? v.toJSON() : v]);
	if (typeof value === 'object' && value !== null && !Array.isArray(value))
		return Object.entries(value);
	return [];
}

function readQuestions(value: unknown): Question[] {
	return entriesOf(value)
		.flatMap(([id, raw]) => asQuestion(id, raw) ?? [])
		.sort(byRank)
		.slice(0, ROUND_LIMITS.questions);
}

/**
 * What one stored answer reads as, by the stored value itself: a value Yjs keeps is the same
 * object until it is overwritten, so a round read again (each change, each page) checks only the
 * answers that changed. Keyed too by the questions it was read against, which may change.
 */
const readCache = new WeakMap<object, { asked: string; values: AnswerValues }>();

/** Answers to questions the round does not ask, and answers that are no answers, are left out. */
function readValues(raw: unknown, questions: readonly Question[], asked: string): AnswerValues {
	const cached = typeof raw === 'object' && raw !== null ? readCache.get(raw) : undefined;
	if (cached && cached.asked === asked) return cached.values;
	const values = checkValues(raw, questions);
	if (typeof raw === 'object' && raw !== null) readCache.set(raw, { asked, values });
	return values;
}

function checkValues(raw: unknown, questions: readonly Question[]): AnswerValues {
	const given = Object.fromEntries(entriesOf(raw));
	const values = Object.create(null) as AnswerValues;
	for (const question of questions) {
		const value = asAnswerValue(question, given[question.id]);
		if (value) values[question.id] = value;
	}
	return values;
}

function readAnswers(
	value: unknown,
	questions: readonly Question[],
	named: boolean
): RoundAnswer[] {
	const answers: RoundAnswer[] = [];
	const asked = JSON.stringify(questions);
	for (const [key, raw] of entriesOf(value)) {
		if (typeof raw !== 'object' || raw === null) continue;
		const { values, by } = raw as Record<string, unknown>;
		// A named answer is its member's (its key); an unnamed one names no one, whatever it says.
		const member = named ? key : null;
		if (named && by !== undefined && by !== key) continue;
		const read = readValues(values, questions, asked);
		// An answer that leaves out a question needing one is no answer (the form refuses it).
		const whole = questions.every((q) => q.optional || q.id in read);
		if (whole && Object.keys(read).length > 0)
			answers.push({ key, by: member as MemberId | null, values: read });
	}
	return answers.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function readOutcome(
	value: unknown,
	questions: readonly Question[],
	named: boolean
): RoundOutcome | null {
	if (typeof value !== 'object' || value === null) return null;
	const raw = value as Record<string, unknown>;
	if (!isMoment(raw.closedAt)) return null;
	const reasons: RoundClosedBecause[] = ['closing-date', 'closed-by-facilitator'];
	// Read against the questions as they were when it closed, when the close kept them.
	const kept = readQuestions(raw.questions);
	const asked = kept.length > 0 ? kept : questions;
	const wasNamed = typeof raw.named === 'boolean' ? raw.named : named;
	const answers = readAnswers(raw.answers, asked, wasNamed);
	const respondents =
		typeof raw.respondents === 'number' && Number.isInteger(raw.respondents) && raw.respondents >= 0
			? raw.respondents
			: answers.length;
	return {
		closedAt: raw.closedAt,
		closedBy: typeof raw.closedBy === 'string' ? (raw.closedBy as MemberId) : null,
		because: reasons.includes(raw.because as RoundClosedBecause)
			? (raw.because as RoundClosedBecause)
			: 'closing-date',
		answers,
		respondents,
		asked:
			typeof raw.asked === 'number' && Number.isInteger(raw.asked) && raw.asked >= 0
				? raw.asked
				: null
	};
}

/** Which commitment was made from each step, by `roundId/stepId` (the link is the commitment's). */
function stepLinks(doc: Y.Doc): Map<string, CommitmentId> {
	const links = new Map<string, CommitmentId>();
	for (const commitment of listCommitments(doc))
		if (commitment.fromRound) {
			const key = `${commitment.fromRound.roundId}/${commitment.fromRound.stepId}`;
			if (!links.has(key)) links.set(key, commitment.id);
		}
	return links;
}

function readSteps(
	roundId: string,
	value: unknown,
	links: ReadonlyMap<string, CommitmentId>
): ImprovementStep[] {
	return entriesOf(value)
		.flatMap(([id, raw]): ImprovementStep[] => {
			if (typeof raw !== 'object' || raw === null) return [];
			const step = raw as Record<string, unknown>;
			const text = cleanText(step.text, ROUND_LIMITS.step);
			if (text === null) return [];
			return [
				{
					id: id as StepId,
					text,
					rank: typeof step.rank === 'number' && Number.isFinite(step.rank) ? step.rank : 0,
					commitmentId: links.get(`${roundId}/${id}`) ?? null
				}
			];
		})
		.sort(byRank);
}

function readRound(
	id: string,
	entry: unknown,
	links: ReadonlyMap<string, CommitmentId>
): Round | null {
	return readRecord('feedback round', id, entry, (round) => {
		const title = cleanLine(round.get(ROUND.title), ROUND_LIMITS.title);
		if (title === null) return unusable('it has no title');
		const questions = readQuestions(round.get(ROUND.questions));
		const named = round.get(ROUND.named) !== false;
		const opensAt: unknown = round.get(ROUND.opensAt);
		const closesAt: unknown = round.get(ROUND.closesAt);
		const createdBy: unknown = round.get(ROUND.createdBy);
		const createdAt: unknown = round.get(ROUND.createdAt);
		const answers = readAnswers(round.get(ROUND.answers), questions, named);
		const respondents = named
			? answers.map((a) => a.by as MemberId)
			: entriesOf(round.get(ROUND.respondents))
					.filter(([, yes]) => yes === true)
					.map(([member]) => member as MemberId)
					.sort();
		return {
			id: id as RoundId,
			title,
			intro: cleanText(round.get(ROUND.intro), ROUND_LIMITS.intro) ?? '',
			template: asTemplateKey(round.get(ROUND.template)),
			named,
			observersMayAnswer: round.get(ROUND.observersMayAnswer) === true,
			opensAt: isMoment(opensAt) ? opensAt : null,
			closesAt: isMoment(closesAt) ? closesAt : null,
			createdBy: typeof createdBy === 'string' ? (createdBy as MemberId) : null,
			createdAt: isMoment(createdAt) ? createdAt : 0,
			questions,
			answers,
			respondents,
			outcome: readOutcome(round.get(ROUND.outcome), questions, named),
			response: cleanText(round.get(ROUND.response), ROUND_LIMITS.response) ?? '',
			steps: readSteps(id, round.get(ROUND.steps), links)
		};
	});
}

/** Every well-formed round, most recently made first. */
export function listRounds(doc: Y.Doc): Round[] {
	const rounds: Round[] = [];
	const links = stepLinks(doc);
	roundsMap(doc).forEach((entry, id) => {
		const round = readRound(id, entry, links);
		if (round) rounds.push(round);
	});
	return rounds.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
}

/** A round's title alone (a commitment made from one of its steps names it), or null. */
export function roundTitle(doc: Y.Doc, id: string): string | null {
	const entry = roundsMap(doc).get(id);
	return entry instanceof Y.Map ? cleanLine(entry.get(ROUND.title), ROUND_LIMITS.title) : null;
}

/** One round by id, or null. */
export function getRound(doc: Y.Doc, id: string): Round | null {
	const entry = roundsMap(doc).get(id);
	return entry === undefined ? null : readRound(id, entry, stepLinks(doc));
}

/** Where a round stands at `now`. */
export function roundPhase(round: Round, now: number): RoundPhase {
	if (round.outcome) return 'closed';
	if (round.opensAt === null) return 'draft';
	if (now < round.opensAt) return 'scheduled';
	// Past its closing date it takes no answers, whether or not a copy has recorded the close.
	return round.closesAt !== null && now >= round.closesAt ? 'closed' : 'open';
}

/** The answers a round counts: those recorded when it closed, or those given so far. */
export function countedAnswers(round: Round): RoundAnswer[] {
	return round.outcome ? round.outcome.answers : round.answers;
}

/** Calls `onChange` when any round changes (or a commitment, which may answer one of its steps). */
export function observeRounds(doc: Y.Doc, onChange: () => void): () => void {
	const watched = [roundsMap(doc), doc.getMap(ROOT.commitments), doc.getMap(ROOT.members)];
	for (const map of watched) map.observeDeep(onChange);
	return () => {
		for (const map of watched) map.unobserveDeep(onChange);
	};
}
