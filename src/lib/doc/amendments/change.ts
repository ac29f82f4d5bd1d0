import * as Y from 'yjs';
import { waitsForMissingChanges } from '../missing-changes';
import { documentBody } from '../documents';
import type { DocumentId, MemberId } from '../ids';
import { ROOT, DOCUMENT } from '../schema';
import { BOUNDED_DECODER, checkUpdate } from '../update-check';
import { AMENDMENT_LIMITS } from './types';

/*
 * An amendment's change is a Yjs update that anyone may have written: before it is stored or
 * applied it passes the same check as a peer's update, then must apply on top of a base this copy
 * holds as it says, write under client ids of its own, and touch nothing but its document's text
 * and its proposer's record of what they wrote.
 */

/** Why an amendment's change was refused. */
export type ChangeProblem =
	'malformed' | 'base-unknown' | 'does-not-apply' | 'out-of-scope' | 'foreign-writer';

/** Whether every range of `inner` is deleted in `outer` (both sorted and merged, as Yjs keeps them). */
type DeleteSet = Y.Snapshot['ds'];

function deletedIn(outer: DeleteSet, inner: DeleteSet): boolean {
	for (const [client, ranges] of inner.clients) {
		const known = outer.clients.get(client) ?? [];
		for (const { clock, len } of ranges) {
			if (len === 0) continue;
			// The last known range that starts at or before `clock` must cover the whole range.
			let low = 0;
			let high = known.length - 1;
			let found = -1;
			while (low <= high) {
				const middle = (low + high) >> 1;
				if (known[middle]!.clock <= clock) {
					found = middle;
					low = middle + 1;
				} else high = middle - 1;
			}
			const range = known[found];
			if (!range || range.clock + range.len < clock + len) return false;
		}
	}
	return true;
}

/**
 * The snapshot an amendment's draft started from, or null when it cannot be read, is larger than
 * allowed, names changes this copy does not hold yet, or says something is deleted that this
 * copy holds undeleted (a forged base would hide what its change really touches).
 */
export function readBase(doc: Y.Doc, base: Uint8Array): Y.Snapshot | null {
	if (base.length > AMENDMENT_LIMITS.baseBytes) return null;
	try {
		const snapshot = Y.decodeSnapshot(base);
		const known = Y.decodeStateVector(Y.encodeStateVector(doc));
		for (const [client, clock] of snapshot.sv) {
			if ((known.get(client) ?? 0) < clock) return null;
		}
		return deletedIn(Y.createDeleteSetFromStructStore(doc.store), snapshot.ds) ? snapshot : null;
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

/**
 * Whether a change to a type (and to `keys` of it) is one an amendment may make: in its
 * document's text, or in its proposer's own record of authorship.
 */
function inScope(
	path: string[],
	keys: Set<string | null>,
	amendment: { documentId: DocumentId; proposedBy: MemberId }
): boolean {
	if (path[0] === ROOT.authors) {
		if (path.length === 1) return [...keys].every((key) => key === amendment.proposedBy);
		return path[1] === amendment.proposedBy;
	}
	return (
		path[0] === ROOT.documents && path[1] === amendment.documentId && path[2] === DOCUMENT.text
	);
}

/** The client ids a member's record of authorship claims (PermanentUserData's `ids`). */
function claimedClients(doc: Y.Doc, member: MemberId): Set<unknown> {
	const record: unknown = doc.getMap(ROOT.authors).get(member);
	const ids: unknown = record instanceof Y.Map ? record.get('ids') : null;
	return new Set(ids instanceof Y.Array ? ids.toArray() : []);
}

/** The clock each client of an update ends at. */
function endsOf(structs: ReturnType<typeof Y.decodeUpdateV2>['structs']): Map<number, number> {
	const ends = new Map<number, number>();
	for (const struct of structs) {
		const end = struct.id.clock + struct.length;
		if (end > (ends.get(struct.id.client) ?? 0)) ends.set(struct.id.client, end);
	}
	return ends;
}

/** An amendment's change as checked against a workspace. */
export interface CheckedChange {
	documentId: DocumentId;
	proposedBy: MemberId;
	base: Uint8Array;
	change: Uint8Array;
}

/**
 * What is wrong with an amendment's change against this workspace, or 'applied' when this copy
 * already holds all of it (it was accepted on another copy), or null when it may be stored and
 * applied. Never throws; leaves what `doc` holds as it was (reading its base may split items).
 */
export function checkAmendmentChange(
	doc: Y.Doc,
	amendment: CheckedChange
): ChangeProblem | 'applied' | null {
	const { documentId, change } = amendment;
	if (!checkUpdate(change, 'v2', AMENDMENT_LIMITS.changeBytes).ok) return 'malformed';
	const base = readBase(doc, amendment.base);
	if (!base) return 'base-unknown';
	let scratch: Y.Doc | null = null;
	try {
		// Written under client ids of its own: one this copy knows would collide with its changes.
		const known = Y.decodeStateVector(Y.encodeStateVector(doc));
		const ends = endsOf(Y.decodeUpdateV2(change, BOUNDED_DECODER.v2).structs);
		const held = [...ends].filter(([client]) => known.has(client));
		if (held.length > 0) {
			const all = held.length === ends.size && held.every(([c, end]) => known.get(c)! >= end);
			return all ? 'applied' : 'foreign-writer';
		}
		scratch = docAtBase(doc, base);
		const fork = scratch;
		const claimedBefore = claimedClients(fork, amendment.proposedBy);
		let scoped = true;
		fork.on('afterTransaction', (transaction: Y.Transaction) => {
			for (const [type, keys] of transaction.changed) {
				if (!inScope(pathOf(fork, type), keys, amendment)) scoped = false;
			}
		});
		Y.applyUpdateV2(fork, change, null, BOUNDED_DECODER.v2);
		if (waitsForMissingChanges(fork)) return 'does-not-apply';
		if (!scoped) return 'out-of-scope';
		// The proposer may claim as theirs only the client ids the change itself writes under.
		const claimed = claimedClients(fork, amendment.proposedBy);
		for (const client of claimed) {
			if (!claimedBefore.has(client) && !ends.has(client as number)) return 'out-of-scope';
		}
		// The text it changes must still be the document's text (not one replaced or removed since).
		const then = documentBody(fork, documentId)?._item?.id;
		const now = documentBody(doc, documentId)?._item?.id;
		if (!then || !now || then.client !== now.client || then.clock !== now.clock)
			return 'does-not-apply';
		return null;
	} catch {
		return 'malformed';
	} finally {
		scratch?.destroy();
	}
}
