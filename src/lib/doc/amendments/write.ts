import * as Y from 'yjs';
import type { DecisionId } from '../decisions';
import { randomId, type AmendmentId, type DocumentId, type MemberId } from '../ids';
import { cleanLine, cleanText } from '../meta';
import { AMENDMENT } from '../schema';
import { BOUNDED_DECODER } from '../update-check';
import { checkAmendmentChange, type ChangeProblem } from './change';
import { amendmentsMap, getAmendment } from './read';
import { AMENDMENT_LIMITS, type Amendment, type AmendmentResult } from './types';

/** Thrown when an amendment's change cannot be stored or applied; the workspace is unchanged. */
export class AmendmentChangeError extends Error {
	constructor(readonly problem: ChangeProblem) {
		super(`The amendment's change was refused: ${problem}.`);
		this.name = 'AmendmentChangeError';
	}
}

/**
 * Stores a proposed amendment once its change has passed `checkAmendmentChange`; returns its id.
 * Throws an `AmendmentChangeError` for a change that may not be stored.
 */
export function submitAmendment(
	doc: Y.Doc,
	init: {
		documentId: DocumentId;
		quote: string;
		rationale: string;
		base: Uint8Array;
		change: Uint8Array;
		by: MemberId;
		now: number;
	}
): AmendmentId {
	const problem = checkAmendmentChange(doc, { ...init, proposedBy: init.by });
	// A change this copy already holds was never drafted apart: it is not one to propose.
	if (problem) throw new AmendmentChangeError(problem === 'applied' ? 'foreign-writer' : problem);
	const id = randomId() as AmendmentId;
	doc.transact(() => {
		const entry = new Y.Map<unknown>();
		amendmentsMap(doc).set(id, entry);
		entry.set(AMENDMENT.documentId, init.documentId);
		entry.set(AMENDMENT.quote, cleanLine(init.quote, AMENDMENT_LIMITS.quote) ?? '');
		entry.set(AMENDMENT.rationale, cleanText(init.rationale, AMENDMENT_LIMITS.rationale) ?? '');
		entry.set(AMENDMENT.base, init.base);
		entry.set(AMENDMENT.change, init.change);
		entry.set(AMENDMENT.proposedBy, init.by);
		entry.set(AMENDMENT.proposedAt, init.now);
		entry.set(AMENDMENT.support, new Y.Map<unknown>());
		entry.set(AMENDMENT.outcomes, new Y.Map<unknown>());
	});
	return id;
}

/** An amendment's entry with the amendment read from it, or null when there is none to read. */
function entryOf(
	doc: Y.Doc,
	id: AmendmentId
): { entry: Y.Map<unknown>; amendment: Amendment } | null {
	const entry = amendmentsMap(doc).get(id);
	const amendment = getAmendment(doc, id);
	return entry instanceof Y.Map && amendment ? { entry, amendment } : null;
}

function childMap(entry: Y.Map<unknown>, key: string): Y.Map<unknown> {
	const existing = entry.get(key);
	if (existing instanceof Y.Map) return existing;
	const created = new Y.Map<unknown>();
	entry.set(key, created);
	return created;
}

/** Records a member's view of an open amendment; false when it is missing or has ended. */
export function setSupport(
	doc: Y.Doc,
	id: AmendmentId,
	view: { member: MemberId; supports: boolean; now: number }
): boolean {
	const found = entryOf(doc, id);
	if (!found || found.amendment.outcome) return false;
	doc.transact(() =>
		childMap(found.entry, AMENDMENT.support).set(view.member, {
			supports: view.supports,
			at: view.now
		})
	);
	return true;
}

/** Who ended an amendment, when, and through which decision (if any). */
export interface Ending {
	by: MemberId | null;
	now: number;
	decisionId?: DecisionId | null;
}

function addOutcome(entry: Y.Map<unknown>, result: AmendmentResult, ending: Ending): void {
	childMap(entry, AMENDMENT.outcomes).set(randomId(), {
		result,
		by: ending.by,
		at: ending.now,
		decisionId: ending.decisionId ?? null
	});
}

/**
 * Ends an open amendment without taking its change: rejected, or withdrawn by its proposer.
 * False when it is missing or has already ended.
 */
export function endAmendment(
	doc: Y.Doc,
	id: AmendmentId,
	result: Exclude<AmendmentResult, 'accepted'>,
	ending: Ending
): boolean {
	const found = entryOf(doc, id);
	if (!found || found.amendment.outcome) return false;
	doc.transact(() => addOutcome(found.entry, result, ending));
	return true;
}

/**
 * Takes an amendment into its document: its change is applied on top of whatever the text holds
 * now (merging as any Yjs change does), then its acceptance is recorded, both made with `origin`. Throws an `AmendmentChangeError` when the change may not be applied here; false when
 * the amendment is missing or has already ended.
 */
export function acceptAmendment(
	doc: Y.Doc,
	id: AmendmentId,
	ending: Ending,
	origin: unknown = null
): boolean {
	const found = entryOf(doc, id);
	if (!found || found.amendment.outcome) return false;
	const { entry, amendment } = found;
	const problem = checkAmendmentChange(doc, amendment);
	if (problem === 'applied') {
		// Accepted on another copy, whose record of it has not arrived yet: only the record is new.
		doc.transact(() => addOutcome(entry, 'accepted', ending), origin);
		return true;
	}
	if (problem) throw new AmendmentChangeError(problem);
	// Two changes, not one: Yjs marks a transaction that applies an update as remote, and a
	// remote transaction in which this copy's own client id also wrote (the outcome) makes Yjs
	// give the copy a new client id, which would orphan its record of authorship.
	Y.applyUpdateV2(doc, amendment.change, origin, BOUNDED_DECODER.v2);
	doc.transact(() => addOutcome(entry, 'accepted', ending), origin);
	return true;
}
