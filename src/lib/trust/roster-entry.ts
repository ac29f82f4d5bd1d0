/**
 * One signed entry of a workspace's roster log: who signed it, the entries its signer had seen
 * (their hashes), and one action on the roster. The roster every copy shows is computed from these
 * entries alone (`doc/roster/`), so nobody can make themselves a member, or a facilitator, by
 * writing into the document.
 *
 *   version (1 byte, 1) · signer (32 bytes) · parent count (varuint) · parents (32 bytes each,
 *   ascending, distinct) · action (1 byte) · the action's fields · signature (64 bytes) over
 *   "concord/roster/v1" · workspace id · every byte before the signature
 *
 * An entry is named by the SHA-256 of all its bytes, signature included.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { KEY_BYTES, SIGNATURE_BYTES, verifySignature, type DeviceKeys } from './device-keys';
import {
	checkAction,
	HASH_BYTES,
	readAction,
	readFixed,
	Unreadable,
	writeAction,
	type RosterAction
} from './roster-actions';

export * from './roster-actions';

const VERSION = 1;
const DOMAIN = 'concord/roster/v1';

/** The most parents an entry names: a writer names at most this many heads of the log. */
export const MAX_PARENTS = 64;

/** An entry as read from its bytes. */
export interface RosterEntry {
	/** The entry's name: SHA-256 of `bytes`. */
	hash: Uint8Array;
	signer: Uint8Array;
	/** The names of the entries its signer had seen, ascending. */
	parents: Uint8Array[];
	action: RosterAction;
	signature: Uint8Array;
	/** The entry exactly as signed, to store and pass on. */
	bytes: Uint8Array;
}

/** An entry that could be read, or why not. */
export type ReadRosterEntry = { ok: true; entry: RosterEntry } | { ok: false; reason: string };

/** Orders two names (or keys) byte by byte: negative, zero or positive. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
	return a.length - b.length;
}

function signedBytes(workspaceId: string, body: Uint8Array): Uint8Array {
	const e = encoding.createEncoder();
	encoding.writeVarString(e, DOMAIN);
	encoding.writeVarString(e, workspaceId);
	encoding.writeUint8Array(e, body);
	return encoding.toUint8Array(e);
}

/** A new entry signed by this device, after the entries named in `parents` (the log's heads). */
export async function signRosterEntry(
	keys: DeviceKeys,
	workspaceId: string,
	parents: readonly Uint8Array[],
	action: RosterAction
): Promise<Uint8Array> {
	checkAction(action);
	const sorted = [...parents]
		.sort(compareBytes)
		.filter((p, i, all) => i === 0 || compareBytes(all[i - 1]!, p) !== 0);
	if (sorted.length > MAX_PARENTS || sorted.some((p) => p.length !== HASH_BYTES))
		throw new RangeError('bad parents');
	const e = encoding.createEncoder();
	encoding.writeUint8(e, VERSION);
	encoding.writeUint8Array(e, keys.signingPublic);
	encoding.writeVarUint(e, sorted.length);
	for (const parent of sorted) encoding.writeUint8Array(e, parent);
	writeAction(e, action);
	const body = encoding.toUint8Array(e);
	const signature = await keys.sign(signedBytes(workspaceId, body));
	return Uint8Array.of(...body, ...signature);
}

/** Reads an entry's parts, exactly framed, without checking its signature. Never throws. */
export function readRosterEntry(bytes: Uint8Array): ReadRosterEntry {
	try {
		if (bytes.length < 1 + KEY_BYTES + SIGNATURE_BYTES) return { ok: false, reason: 'cut short' };
		const d = decoding.createDecoder(bytes.slice(0, bytes.length - SIGNATURE_BYTES));
		const version = decoding.readUint8(d);
		if (version !== VERSION) return { ok: false, reason: `unknown version ${version}` };
		const signer = readFixed(d, KEY_BYTES);
		const count = decoding.readVarUint(d);
		if (count > MAX_PARENTS) return { ok: false, reason: 'too many parents' };
		const parents: Uint8Array[] = [];
		for (let i = 0; i < count; i++) {
			const parent = readFixed(d, HASH_BYTES);
			if (i > 0 && compareBytes(parents[i - 1]!, parent) >= 0)
				return { ok: false, reason: 'parents out of order' };
			parents.push(parent);
		}
		const action = readAction(d);
		if (decoding.hasContent(d)) return { ok: false, reason: 'bytes before the signature' };
		const signature = bytes.slice(bytes.length - SIGNATURE_BYTES);
		return {
			ok: true,
			entry: { hash: sha256(bytes), signer, parents, action, signature, bytes }
		};
	} catch (error) {
		return { ok: false, reason: error instanceof Unreadable ? error.message : 'cut short' };
	}
}

/** Whether the entry was signed, as it stands, by its signer for this workspace. */
export function rosterEntryHolds(entry: RosterEntry, workspaceId: string): boolean {
	const body = entry.bytes.subarray(0, entry.bytes.length - SIGNATURE_BYTES);
	return verifySignature(entry.signer, signedBytes(workspaceId, body), entry.signature);
}
