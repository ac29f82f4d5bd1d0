import * as Y from 'yjs';
import { asIsoDate, type IsoDate } from './dates';
import { decisionsMap, type DecisionId } from './decisions';
import type { DocumentId } from './ids';
import { DECISION, DOCUMENT, documentsMap } from './schema';

/*
 * The dates by which the group means to revisit something ("Revisit by"): a document, or the
 * outcome of a decision. Each is one key of its record, read with the record.
 */

/** Sets or clears (null) an ISO date under `key` of a record; false for a missing record. */
function setDate(entry: unknown, key: string, date: IsoDate | null): boolean {
	if (!(entry instanceof Y.Map)) return false;
	const value = asIsoDate(date);
	if (value === null) {
		if (entry.has(key)) entry.delete(key);
	} else if (entry.get(key) !== value) entry.set(key, value);
	return true;
}

/** Sets the date by which the group means to revisit a document (null clears it); false if unknown. */
export function setDocumentReview(doc: Y.Doc, id: DocumentId, date: IsoDate | null): boolean {
	return setDate(documentsMap(doc).get(id), DOCUMENT.reviewOn, date);
}

/** Sets the date by which the group means to revisit a decision's outcome; false if unknown. */
export function setDecisionReview(doc: Y.Doc, id: DecisionId, date: IsoDate | null): boolean {
	return setDate(decisionsMap(doc).get(id), DECISION.reviewOn, date);
}
