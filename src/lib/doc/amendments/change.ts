import * as Y from 'yjs';
import type { DocumentId } from '../ids';
import { ROOT, DOCUMENT } from '../schema';
import { BOUNDED_DECODER, checkUpdate } from '../update-check';
import { AMENDMENT_LIMITS } from './types';

/*
 * An amendment's change is a Yjs update that anyone may have written: before it is stored or
 * applied it passes the same check as a peer's update, then must apply on top of its base, write
 * under client ids of its own, and touch nothing but its document's text and the record of who
 * wrote it.
 */

/** Why an amendment's change was refused. */
export type ChangeProblem =
	'malformed' | 'base-unknown' | 'does-not-apply' | 'out-of-scope' | 'foreign-writer';

/**
 * The snapshot an amendment's draft started from, or null when it cannot be read or names
 * changes this copy does not hold yet.
 */
export function readBase(doc: Y.Doc, base: Uint8Array): Y.Snapshot | null {
	try {
		const snapshot = Y.decodeSnapshot(base);
		const known = Y.decodeStateVector(Y.encodeStateVector(doc));
		for (const [client, clock] of snapshot.sv) {
			if ((known.get(client) ?? 0) < clock) return null;
		}
		return snapshot;
	} catch {
		return null;
	}
}

/** The workspace as it was at `base`, in a scratch document that keeps its history. */
export function docAtBase(doc: Y.Doc, base: Y.Snapshot): Y.Doc {
	return Y.createDocFromSnapshot(doc, base, new Y.Doc({ gc: false }));
}

type Shared = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

/** Where a shared type sits: its root's name, then the key (or '#' in a list) of each step. */
function pathOf(doc: Y.Doc, type: Shared): string[] {
	const path: string[] = [];
	let current = type;
	while (current._item) {
		path.unshift(current._item.parentSub ?? '#');
		current = current._item.parent as Shared;
	}
	for (const [name, root] of doc.share) if (root === current) return [name, ...path];
	return ['?', ...path];
}

function inScope(path: string[], documentId: DocumentId): boolean {
	if (path[0] === ROOT.authors) return true;
	return path[0] === ROOT.documents && path[1] === documentId && path[2] === DOCUMENT.text;
}

/**
 * What is wrong with an amendment's change against this workspace, or null when it may be stored
 * and applied. Never throws, never touches `doc`.
 */
export function checkAmendmentChange(
	doc: Y.Doc,
	amendment: { documentId: DocumentId; base: Uint8Array; change: Uint8Array }
): ChangeProblem | null {
	const { documentId, change } = amendment;
	if (!checkUpdate(change, 'v2', AMENDMENT_LIMITS.changeBytes).ok) return 'malformed';
	const base = readBase(doc, amendment.base);
	if (!base) return 'base-unknown';
	const { structs } = Y.decodeUpdateV2(change, BOUNDED_DECODER.v2);
	// Writing under a client id the base knows would collide with that copy's own later changes.
	if (structs.some((struct) => base.sv.has(struct.id.client))) return 'foreign-writer';
	const scratch = docAtBase(doc, base);
	try {
		let scoped = true;
		scratch.on('afterTransaction', (transaction: Y.Transaction) => {
			for (const type of transaction.changed.keys()) {
				if (!inScope(pathOf(scratch, type), documentId)) scoped = false;
			}
		});
		Y.applyUpdateV2(scratch, change, null, BOUNDED_DECODER.v2);
		if (scratch.store.pendingStructs || scratch.store.pendingDs) return 'does-not-apply';
		return scoped ? null : 'out-of-scope';
	} catch {
		return 'malformed';
	} finally {
		scratch.destroy();
	}
}
