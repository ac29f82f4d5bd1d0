import * as Y from 'yjs';

/**
 * One update for a burst of this copy's transactions (a run of typing), as small as Yjs makes a
 * change: the items they added, merged as the document holds them, and only the deletions they
 * made. (`Y.mergeUpdates` of the transactions keeps every keystroke's item apart; a diff against
 * the state before carries every deletion the document ever saw, which would also read as this
 * writer deleting what others deleted.)
 *
 * `since` is this copy's clock (`doc.clientID`'s) when the burst began; `transactions` the
 * updates of its transactions, in order. What others wrote meanwhile is not in it.
 */
export function burstUpdate(doc: Y.Doc, since: number, transactions: Uint8Array[]): Uint8Array {
	const now = Y.decodeStateVector(Y.encodeStateVector(doc));
	now.set(doc.clientID, since);
	const diff = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(now));
	// A diff ends with the document's whole delete set: what an update for no new items holds
	// after its first byte (no clients).
	const allDeletions = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)).subarray(1);
	const items = new Uint8Array(diff.length - allDeletions.length + 1);
	items.set(diff.subarray(0, diff.length - allDeletions.length));
	// An empty delete set, then the transactions' own deletions merged in.
	return Y.mergeUpdates([items, ...transactions]);
}
