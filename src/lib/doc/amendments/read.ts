import * as Y from 'yjs';
import type { DecisionId } from '../decisions';
import { isWellFormedId, type AmendmentId, type DocumentId, type MemberId } from '../ids';
import { cleanLine, cleanText, isMoment } from '../meta';
import { readRecord, unusable } from '../record';
import { AMENDMENT, ROOT } from '../schema';
import {
	AMENDMENT_LIMITS,
	type Amendment,
	type AmendmentOutcome,
	type AmendmentResult,
	type AmendmentSupport
} from './types';

/** The `amendments` root: one `Y.Map` per amendment, keyed by amendment id. */
export function amendmentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap(ROOT.amendments);
}

const RESULTS: readonly AmendmentResult[] = ['accepted', 'rejected', 'withdrawn'];

function entriesOf(value: unknown): [string, unknown][] {
	return value instanceof Y.Map ? [...value.entries()] : [];
}

function readSupport(value: unknown): Record<string, AmendmentSupport> {
	// No prototype: a member id such as "__proto__" is just a key.
	const support = Object.create(null) as Record<string, AmendmentSupport>;
	for (const [member, raw] of entriesOf(value)) {
		if (!isWellFormedId(member) || typeof raw !== 'object' || raw === null) continue;
		const { supports, at } = raw as Record<string, unknown>;
		if (typeof supports === 'boolean' && isMoment(at)) support[member] = { supports, at };
	}
	return support;
}

function readOutcome(id: string, raw: unknown): (AmendmentOutcome & { id: string }) | null {
	if (typeof raw !== 'object' || raw === null) return null;
	const { result, by, at, decisionId } = raw as Record<string, unknown>;
	if (!RESULTS.includes(result as AmendmentResult) || !isMoment(at)) return null;
	return {
		id,
		result: result as AmendmentResult,
		by: isWellFormedId(by) ? (by as MemberId) : null,
		at,
		decisionId: isWellFormedId(decisionId) ? (decisionId as DecisionId) : null
	};
}

/**
 * The outcome every copy reads from the outcomes recorded, apart or not: the earliest acceptance
 * (its change is in the text, whatever else was said), else the earliest other outcome.
 */
function settledOutcome(value: unknown): AmendmentOutcome | null {
	const outcomes = entriesOf(value)
		.map(([id, raw]) => readOutcome(id, raw))
		.filter((o) => o !== null)
		.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const chosen = outcomes.find((o) => o.result === 'accepted') ?? outcomes[0];
	if (!chosen) return null;
	const { result, by, at, decisionId } = chosen;
	return { result, by, at, decisionId };
}

function readAmendment(id: string, entry: unknown): Amendment | null {
	return readRecord('amendment', id, entry, (amendment) => {
		const documentId: unknown = amendment.get(AMENDMENT.documentId);
		const proposedBy: unknown = amendment.get(AMENDMENT.proposedBy);
		const proposedAt: unknown = amendment.get(AMENDMENT.proposedAt);
		const base: unknown = amendment.get(AMENDMENT.base);
		const change: unknown = amendment.get(AMENDMENT.change);
		if (!isWellFormedId(id)) return unusable('its id is not one');
		if (!isWellFormedId(documentId)) return unusable('it names no document');
		if (!isWellFormedId(proposedBy)) return unusable('it names no member');
		if (!isMoment(proposedAt)) return unusable('it has no date');
		if (!(base instanceof Uint8Array) || !(change instanceof Uint8Array))
			return unusable('it has no change');
		if (change.length > AMENDMENT_LIMITS.changeBytes) return unusable('its change is too large');
		return {
			id: id as AmendmentId,
			documentId: documentId as DocumentId,
			quote: cleanLine(amendment.get(AMENDMENT.quote), AMENDMENT_LIMITS.quote) ?? '',
			rationale: cleanText(amendment.get(AMENDMENT.rationale), AMENDMENT_LIMITS.rationale) ?? '',
			base,
			change,
			proposedBy: proposedBy as MemberId,
			proposedAt,
			support: readSupport(amendment.get(AMENDMENT.support)),
			outcome: settledOutcome(amendment.get(AMENDMENT.outcomes))
		};
	});
}

/** Every well-formed amendment (of one document, when given), oldest first. */
export function listAmendments(doc: Y.Doc, documentId?: DocumentId): Amendment[] {
	const amendments: Amendment[] = [];
	amendmentsMap(doc).forEach((entry, id) => {
		const amendment = readAmendment(id, entry);
		if (amendment && (!documentId || amendment.documentId === documentId))
			amendments.push(amendment);
	});
	return amendments.sort(
		(a, b) => a.proposedAt - b.proposedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** One amendment by id, or null (none, or one a peer sent damaged). */
export function getAmendment(doc: Y.Doc, id: string): Amendment | null {
	return readAmendment(id, amendmentsMap(doc).get(id));
}

/** Calls `onChange` when any amendment, view or outcome changes; returns the stop function. */
export function observeAmendments(doc: Y.Doc, onChange: () => void): () => void {
	const map = amendmentsMap(doc);
	map.observeDeep(onChange);
	return () => map.unobserveDeep(onChange);
}
