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

const VERSION = 1;
const DOMAIN = 'concord/roster/v1';
const INVITATION_DOMAIN = 'concord/invitation/v1';

/** The length of an entry's name (a SHA-256) and of an invitation's token. */
export const HASH_BYTES = 32;
/** The most parents an entry names: a writer names at most this many heads of the log. */
export const MAX_PARENTS = 64;
/** The longest member id an entry carries, in characters. */
export const MAX_MEMBER_ID = 64;

/** What someone may do in the group, from convening it to reading it. */
export type RosterRole = 'facilitator' | 'member' | 'observer' | 'reader';

/** Every role, in the order of the byte that stands for it. */
export const ROSTER_ROLES: readonly RosterRole[] = ['facilitator', 'member', 'observer', 'reader'];

/** How far into one of its lanes a device's changes had reached (`envelope.ts`). */
export interface LanePosition {
	lane: number;
	seq: number;
}

/** The most lanes an entry names. */
export const MAX_LANES_NAMED = 1024;

/** What one entry does to the roster. */
export type RosterAction =
	/**
	 * A facilitator adds a device's keys as a member's, with a role for its changes after `after`
	 * (the changes the facilitator had seen of it; none for a new device).
	 */
	| {
			kind: 'add';
			key: Uint8Array;
			agreementKey: Uint8Array;
			memberId: string;
			role: RosterRole;
			after: LanePosition[];
	  }
	/** A facilitator gives a member another role, for the device's changes after `after`. */
	| { kind: 'role'; key: Uint8Array; role: RosterRole; after: LanePosition[] }
	/** A facilitator removes a member's device: none of its changes after `after` count. */
	| { kind: 'remove'; key: Uint8Array; after: LanePosition[] }
	/** A facilitator opens an invitation: whoever holds the token may join once, with the role. */
	| { kind: 'invite'; tokenHash: Uint8Array; role: RosterRole }
	/** Someone joins by an invitation, showing its token and naming their own keys (they sign). */
	| {
			kind: 'accept';
			invitation: Uint8Array;
			token: Uint8Array;
			agreementKey: Uint8Array;
			memberId: string;
	  };

const ACTIONS: readonly RosterAction['kind'][] = ['add', 'role', 'remove', 'invite', 'accept'];

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

/** The hash an invitation entry holds for its token (the token itself travels only in links). */
export function invitationTokenHash(token: Uint8Array): Uint8Array {
	const e = encoding.createEncoder();
	encoding.writeVarString(e, INVITATION_DOMAIN);
	encoding.writeUint8Array(e, token);
	return sha256(encoding.toUint8Array(e));
}

function writeAction(e: encoding.Encoder, action: RosterAction): void {
	encoding.writeUint8(e, ACTIONS.indexOf(action.kind));
	switch (action.kind) {
		case 'add':
			encoding.writeUint8Array(e, action.key);
			encoding.writeUint8Array(e, action.agreementKey);
			encoding.writeVarString(e, action.memberId);
			encoding.writeUint8(e, ROSTER_ROLES.indexOf(action.role));
			writeAfter(e, action.after);
			return;
		case 'role':
			encoding.writeUint8Array(e, action.key);
			encoding.writeUint8(e, ROSTER_ROLES.indexOf(action.role));
			writeAfter(e, action.after);
			return;
		case 'remove':
			encoding.writeUint8Array(e, action.key);
			writeAfter(e, action.after);
			return;
		case 'invite':
			encoding.writeUint8Array(e, action.tokenHash);
			encoding.writeUint8(e, ROSTER_ROLES.indexOf(action.role));
			return;
		case 'accept':
			encoding.writeUint8Array(e, action.invitation);
			encoding.writeUint8Array(e, action.token);
			encoding.writeUint8Array(e, action.agreementKey);
			encoding.writeVarString(e, action.memberId);
	}
}

function checkAction(action: RosterAction): void {
	const fixed: [Uint8Array, number][] = [];
	if ('key' in action) fixed.push([action.key, KEY_BYTES]);
	if ('agreementKey' in action) fixed.push([action.agreementKey, KEY_BYTES]);
	if ('tokenHash' in action) fixed.push([action.tokenHash, HASH_BYTES]);
	if ('invitation' in action)
		fixed.push([action.invitation, HASH_BYTES], [action.token, HASH_BYTES]);
	if (fixed.some(([field, length]) => field.length !== length)) throw new RangeError('bad length');
	if ('memberId' in action && !wellFormedMemberId(action.memberId))
		throw new RangeError('bad member id');
	if ('role' in action && !ROSTER_ROLES.includes(action.role)) throw new RangeError('bad role');
	if ('after' in action && !wellFormedAfter(action.after)) throw new RangeError('bad lanes');
}

/** Lanes ascending and distinct, each 32-bit, each with a change number. */
function wellFormedAfter(after: readonly LanePosition[]): boolean {
	return (
		after.length <= MAX_LANES_NAMED &&
		after.every(
			({ lane, seq }, i) =>
				Number.isInteger(lane) &&
				lane >= 0 &&
				lane <= 0xffff_ffff &&
				Number.isSafeInteger(seq) &&
				seq >= 1 &&
				(i === 0 || after[i - 1]!.lane < lane)
		)
	);
}

function writeAfter(e: encoding.Encoder, after: readonly LanePosition[]): void {
	encoding.writeVarUint(e, after.length);
	for (const { lane, seq } of after) {
		encoding.writeVarUint(e, lane);
		encoding.writeVarUint(e, seq);
	}
}

function wellFormedMemberId(id: string): boolean {
	return id.length > 0 && id.length <= MAX_MEMBER_ID && /^[A-Za-z0-9_-]+$/.test(id);
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

/** Why an entry's bytes could not be read. */
class Unreadable extends Error {}

function readFixed(d: decoding.Decoder, length: number): Uint8Array {
	if (d.arr.length - d.pos < length) throw new Unreadable('cut short');
	return decoding.readUint8Array(d, length).slice();
}

function readRole(d: decoding.Decoder): RosterRole {
	const role = ROSTER_ROLES[decoding.readUint8(d)];
	if (!role) throw new Unreadable('unknown role');
	return role;
}

function readMemberId(d: decoding.Decoder): string {
	const id = decoding.readVarString(d);
	if (!wellFormedMemberId(id)) throw new Unreadable('bad member id');
	return id;
}

function readAfter(d: decoding.Decoder): LanePosition[] {
	const count = decoding.readVarUint(d);
	if (count > MAX_LANES_NAMED) throw new Unreadable('too many lanes');
	const after: LanePosition[] = [];
	for (let i = 0; i < count; i++)
		after.push({ lane: decoding.readVarUint(d), seq: decoding.readVarUint(d) });
	if (!wellFormedAfter(after)) throw new Unreadable('bad lanes');
	return after;
}

function readAction(d: decoding.Decoder): RosterAction {
	const kind = ACTIONS[decoding.readUint8(d)];
	switch (kind) {
		case 'add':
			return {
				kind,
				key: readFixed(d, KEY_BYTES),
				agreementKey: readFixed(d, KEY_BYTES),
				memberId: readMemberId(d),
				role: readRole(d),
				after: readAfter(d)
			};
		case 'role':
			return { kind, key: readFixed(d, KEY_BYTES), role: readRole(d), after: readAfter(d) };
		case 'remove':
			return { kind, key: readFixed(d, KEY_BYTES), after: readAfter(d) };
		case 'invite':
			return { kind, tokenHash: readFixed(d, HASH_BYTES), role: readRole(d) };
		case 'accept':
			return {
				kind,
				invitation: readFixed(d, HASH_BYTES),
				token: readFixed(d, HASH_BYTES),
				agreementKey: readFixed(d, KEY_BYTES),
				memberId: readMemberId(d)
			};
		default:
			throw new Unreadable('unknown action');
	}
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
