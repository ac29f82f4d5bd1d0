/**
 * The actions a roster entry can carry (`roster-entry.ts`), and how each is written in bytes and
 * read back exactly: every field checked, so that an entry either reads whole or not at all.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { KEY_BYTES, SIGNATURE_BYTES } from './device-keys';

/** The length of an entry's name (a SHA-256) and of an invitation's token. */
export const HASH_BYTES = 32;
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
	/**
	 * A facilitator opens an invitation: whoever holds its token (in the link) may join with the
	 * role. The entry holds the public key the token derives (`invitation.ts`), never the token.
	 */
	| { kind: 'invite'; invitationKey: Uint8Array; role: RosterRole }
	/**
	 * Someone joins by an invitation, naming their own keys (they sign the entry); `proof` is the
	 * token's key's signature over them, so the token itself is never written anywhere.
	 */
	| {
			kind: 'accept';
			invitation: Uint8Array;
			proof: Uint8Array;
			agreementKey: Uint8Array;
			memberId: string;
	  };

const ACTIONS: readonly RosterAction['kind'][] = ['add', 'role', 'remove', 'invite', 'accept'];

/** Writes an action's bytes. */
export function writeAction(e: encoding.Encoder, action: RosterAction): void {
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
			encoding.writeUint8Array(e, action.invitationKey);
			encoding.writeUint8(e, ROSTER_ROLES.indexOf(action.role));
			return;
		case 'accept':
			encoding.writeUint8Array(e, action.invitation);
			encoding.writeUint8Array(e, action.proof);
			encoding.writeUint8Array(e, action.agreementKey);
			encoding.writeVarString(e, action.memberId);
	}
}

/** Throws a RangeError for an action that would not read back. */
export function checkAction(action: RosterAction): void {
	const fixed: [Uint8Array, number][] = [];
	if ('key' in action) fixed.push([action.key, KEY_BYTES]);
	if ('agreementKey' in action) fixed.push([action.agreementKey, KEY_BYTES]);
	if ('invitationKey' in action) fixed.push([action.invitationKey, KEY_BYTES]);
	if ('invitation' in action)
		fixed.push([action.invitation, HASH_BYTES], [action.proof, SIGNATURE_BYTES]);
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

/** Why an entry's bytes could not be read. */
export class Unreadable extends Error {}

/** Reads exactly `length` bytes, or throws `Unreadable`. */
export function readFixed(d: decoding.Decoder, length: number): Uint8Array {
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

/** Reads one action, or throws `Unreadable`. */
export function readAction(d: decoding.Decoder): RosterAction {
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
			return { kind, invitationKey: readFixed(d, KEY_BYTES), role: readRole(d) };
		case 'accept':
			return {
				kind,
				invitation: readFixed(d, HASH_BYTES),
				proof: readFixed(d, SIGNATURE_BYTES),
				agreementKey: readFixed(d, KEY_BYTES),
				memberId: readMemberId(d)
			};
		default:
			throw new Unreadable('unknown action');
	}
}
