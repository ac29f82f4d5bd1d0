import * as Y from 'yjs';
import {
	ANSWER_KINDS,
	DECISION_RULES,
	countAnswers,
	isSettled,
	outcomeOf,
	type AnswerCounts,
	type AnswerKind,
	type DecisionResult,
	type DecisionRule
} from './decision-rules';
import {
	randomId,
	isWellFormedId,
	type AmendmentId,
	type Branded,
	type DocumentId,
	type MemberId
} from './ids';
import { cleanLine, isMoment } from './meta';
import { listMembers, takesPart } from './members';
import { readRecord, unusable } from './record';
import { DECISION, ROOT } from './schema';
import type { VersionId } from './versions';
import { asIsoDate, type IsoDate } from './dates';

/** Identifies one decision. */
export type DecisionId = Branded<'DecisionId'>;

/** The longest question and the longest reason accepted, in characters. */
export const MAX_QUESTION = 500;
export const MAX_REASON = 1000;

/** One member's answer, with the moment they gave it. */
export interface DecisionAnswer {
	answer: AnswerKind;
	reason: string;
	at: number;
}

/** Why a decision closed. */
export type ClosedBecause = 'rule-met' | 'closing-date' | 'closed-by-facilitator';

/** The recorded end of a decision: its result, and the answers it counted, as they were. */
export interface DecisionOutcome {
	result: DecisionResult;
	closedAt: number;
	closedBy: MemberId | null;
	because: ClosedBecause;
	answers: Record<string, DecisionAnswer>;
	counts: AnswerCounts;
}

/** One decision on a named version of a document, or on a proposed amendment of it. */
export interface Decision {
	id: DecisionId;
	documentId: DocumentId;
	/** The version it would make the agreed text; null for a decision on an amendment. */
	versionId: VersionId | null;
	/** The amendment it would take into the text; null for a decision on a version. */
	amendmentId: AmendmentId | null;
	question: string;
	rule: DecisionRule;
	/** The fewest answers needed for any outcome but "no quorum"; null for none. */
	quorum: number | null;
	closesAt: number;
	openedBy: MemberId | null;
	openedAt: number;
	/** Answers so far, by member id (while open: live; once closed: see `outcome.answers`). */
	answers: Record<string, DecisionAnswer>;
	outcome: DecisionOutcome | null;
	/** The date by which the group means to revisit the outcome, or null. */
	reviewOn: IsoDate | null;
}

/** The `decisions` root: one `Y.Map` per decision, keyed by decision id. */
export function decisionsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap(ROOT.decisions);
}

function readAnswer(value: unknown): DecisionAnswer | null {
	if (typeof value !== 'object' || value === null) return null;
	const { answer, reason, at } = value as Record<string, unknown>;
	if (!ANSWER_KINDS.includes(answer as AnswerKind)) return null;
	return {
		answer: answer as AnswerKind,
		reason: cleanLine(reason, MAX_REASON) ?? '',
		at: isMoment(at) ? at : 0
	};
}

function readAnswers(value: unknown): Record<string, DecisionAnswer> {
	// No prototype: a member id such as "constructor" or "__proto__" is just a key.
	const answers = Object.create(null) as Record<string, DecisionAnswer>;
	const entries =
		value instanceof Y.Map
			? [...value.entries()]
			: typeof value === 'object' && value !== null
				? Object.entries(value)
				: [];
	for (const [member, raw] of entries) {
		const answer = readAnswer(raw);
		if (answer) answers[member] = answer;
	}
	return answers;
}

function readOutcome(value: unknown): DecisionOutcome | null {
	if (typeof value !== 'object' || value === null) return null;
	const raw = value as Record<string, unknown>;
	const results: DecisionResult[] = ['adopted', 'rejected', 'no-quorum'];
	const reasons: ClosedBecause[] = ['rule-met', 'closing-date', 'closed-by-facilitator'];
	if (!results.includes(raw.result as DecisionResult)) return null;
	return {
		result: raw.result as DecisionResult,
		closedAt: isMoment(raw.closedAt) ? raw.closedAt : 0,
		closedBy: typeof raw.closedBy === 'string' ? (raw.closedBy as MemberId) : null,
		because: reasons.includes(raw.because as ClosedBecause)
			? (raw.because as ClosedBecause)
			: 'rule-met',
		answers: readAnswers(raw.answers),
		counts: readCounts(raw.counts)
	};
}

function readCounts(value: unknown): AnswerCounts {
	const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	const count = (key: keyof AnswerCounts) => {
		const n = raw[key];
		return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0;
	};
	return {
		agree: count('agree'),
		standAside: count('standAside'),
		object: count('object'),
		answered: count('answered'),
		eligible: count('eligible')
	};
}

function readDecision(id: string, entry: unknown): Decision | null {
	return readRecord('decision', id, entry, (decision) => {
		const documentId: unknown = decision.get(DECISION.documentId);
		const versionId: unknown = decision.get(DECISION.versionId);
		const amendmentId: unknown = decision.get(DECISION.amendmentId);
		const question = cleanLine(decision.get(DECISION.question), MAX_QUESTION);
		const rule: unknown = decision.get(DECISION.rule);
		const quorum: unknown = decision.get(DECISION.quorum);
		const closesAt: unknown = decision.get(DECISION.closesAt);
		const openedBy: unknown = decision.get(DECISION.openedBy);
		const openedAt: unknown = decision.get(DECISION.openedAt);
		const onVersion = typeof versionId === 'string';
		if (typeof documentId !== 'string' || onVersion === isWellFormedId(amendmentId))
			return unusable('it names no document, or not one version or amendment');
		if (question === null) return unusable('it has no question');
		if (!DECISION_RULES.includes(rule as DecisionRule)) return unusable('its rule is unknown');
		if (!isMoment(closesAt)) return unusable('it has no closing time');
		return {
			id: id as DecisionId,
			documentId: documentId as DocumentId,
			versionId: onVersion ? (versionId as VersionId) : null,
			amendmentId: onVersion ? null : (amendmentId as AmendmentId),
			question,
			rule: rule as DecisionRule,
			quorum: typeof quorum === 'number' && Number.isInteger(quorum) && quorum > 0 ? quorum : null,
			closesAt,
			openedBy: typeof openedBy === 'string' ? (openedBy as MemberId) : null,
			openedAt: isMoment(openedAt) ? openedAt : 0,
			answers: readAnswers(decision.get(DECISION.answers)),
			outcome: readOutcome(decision.get(DECISION.outcome)),
			reviewOn: asIsoDate(decision.get(DECISION.reviewOn))
		};
	});
}

/** What a decision is on: a named version of its document, or a proposed amendment of it. */
export type DecisionSubject = { versionId: VersionId } | { amendmentId: AmendmentId };

/** Opens a decision on a named version or an amendment of a document and returns its id. */
export function openDecision(
	doc: Y.Doc,
	init: Pick<Decision, 'documentId' | 'question' | 'rule' | 'quorum' | 'closesAt'> &
		DecisionSubject & {
			openedBy: MemberId;
			now: number;
		}
): DecisionId {
	const question = cleanLine(init.question, MAX_QUESTION);
	if (!question) throw new Error('A decision needs a question.');
	if (!DECISION_RULES.includes(init.rule)) throw new Error(`Unknown rule ${init.rule}.`);
	const id = randomId() as DecisionId;
	doc.transact(() => {
		const entry = new Y.Map<unknown>();
		entry.set(DECISION.documentId, init.documentId);
		if ('versionId' in init) entry.set(DECISION.versionId, init.versionId);
		else entry.set(DECISION.amendmentId, init.amendmentId);
		entry.set(DECISION.question, question);
		entry.set(DECISION.rule, init.rule);
		entry.set(
			DECISION.quorum,
			init.quorum !== null && init.quorum > 0 ? Math.floor(init.quorum) : null
		);
		entry.set(DECISION.closesAt, init.closesAt);
		entry.set(DECISION.openedBy, init.openedBy);
		entry.set(DECISION.openedAt, init.now);
		entry.set(DECISION.answers, new Y.Map<unknown>());
		decisionsMap(doc).set(id, entry);
	});
	return id;
}

/**
 * Records or changes a member's answer; false once the decision has closed (or is missing).
 * Each member's answer is a key of its own, so answers given apart on two copies both survive.
 */
export function answerDecision(
	doc: Y.Doc,
	id: DecisionId,
	given: { member: MemberId; answer: AnswerKind; reason: string; now: number }
): boolean {
	const entry = decisionsMap(doc).get(id);
	const decision = readDecision(id, entry);
	if (!decision || decision.outcome || !ANSWER_KINDS.includes(given.answer)) return false;
	const answers = entry!.get(DECISION.answers);
	if (!(answers instanceof Y.Map)) return false;
	const answer: DecisionAnswer = {
		answer: given.answer,
		reason: cleanLine(given.reason, MAX_REASON) ?? '',
		at: given.now
	};
	answers.set(given.member, answer);
	return true;
}

/**
 * The members who may answer: facilitators and members who are still part of the group
 * (observers follow without answering; who left no longer counts).
 */
export function eligibleMembers(doc: Y.Doc): MemberId[] {
	return listMembers(doc)
		.filter(takesPart)
		.map((m) => m.id);
}

/** The counts of a decision's answers as they stand, among the members who may answer. */
export function countsOf(doc: Y.Doc, decision: Decision): AnswerCounts {
	const answers = new Map(Object.entries(decision.answers).map(([m, a]) => [m, a.answer]));
	return countAnswers(answers, eligibleMembers(doc));
}

/**
 * Why an open decision should close now, or null while it should stay open: its rule is met
 * (the outcome can no longer change) or its closing date has passed.
 */
export function dueToClose(doc: Y.Doc, decision: Decision, now: number): ClosedBecause | null {
	if (decision.outcome) return null;
	if (isSettled(decision.rule, decision.quorum, countsOf(doc, decision))) return 'rule-met';
	return now >= decision.closesAt ? 'closing-date' : null;
}

/** Closes a decision and records its outcome with the answers it counted; false if already closed. */
export function closeDecision(
	doc: Y.Doc,
	id: DecisionId,
	close: { by: MemberId | null; because: ClosedBecause; now: number }
): boolean {
	const entry = decisionsMap(doc).get(id);
	const decision = readDecision(id, entry);
	if (!decision || decision.outcome) return false;
	const counts = countsOf(doc, decision);
	const outcome: DecisionOutcome = {
		result: outcomeOf(decision.rule, decision.quorum, counts),
		closedAt: close.now,
		closedBy: close.by,
		because: close.because,
		answers: decision.answers,
		counts
	};
	entry!.set(DECISION.outcome, outcome);
	return true;
}

/** Every well-formed decision on a document (or in the workspace), most recently opened first. */
export function listDecisions(doc: Y.Doc, documentId?: DocumentId): Decision[] {
	const decisions: Decision[] = [];
	decisionsMap(doc).forEach((entry, id) => {
		const decision = readDecision(id, entry);
		if (decision && (!documentId || decision.documentId === documentId)) decisions.push(decision);
	});
	return decisions.sort((a, b) => b.openedAt - a.openedAt || a.id.localeCompare(b.id));
}

/** The decision that made a version of the document its agreed text (the latest adopted), or null. */
export function agreedDecision(doc: Y.Doc, documentId: DocumentId): Decision | null {
	let agreed: Decision | null = null;
	for (const decision of listDecisions(doc, documentId)) {
		if (decision.outcome?.result !== 'adopted' || !decision.versionId) continue;
		if (!agreed || decision.outcome.closedAt > agreed.outcome!.closedAt) agreed = decision;
	}
	return agreed;
}

/** Calls `onChange` when any decision or answer changes; returns the stop function. */
export function observeDecisions(doc: Y.Doc, onChange: () => void): () => void {
	const decisions = decisionsMap(doc);
	decisions.observeDeep(onChange);
	return () => decisions.unobserveDeep(onChange);
}
