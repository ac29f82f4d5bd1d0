import type * as Y from 'yjs';

/**
 * Whether `doc` holds changes it cannot show yet because something they build on has not arrived
 * (it arrives later, or must be asked for again).
 */
export function waitsForMissingChanges(doc: Y.Doc): boolean {
	return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}
