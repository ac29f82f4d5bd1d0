import { toHexString } from 'lib0/buffer';
import {
	compareBytes,
	type LanePosition,
	type RosterEntry,
	type RosterRole
} from '../../trust/roster-entry';
import { acceptProofHolds } from '../../trust/invitation';
import { causalOrder, type CausalOrder } from './causal-order';

/** A device in the roster: its keys, whose device it is, and its role. */
export interface RosterMember {
	/** The Ed25519 key its changes are signed with. */
	key: Uint8Array;
	/** The X25519 key secrets are sealed for it with; null for the root until it names it. */
	agreementKey: Uint8Array | null;
	/** The member (a person) whose device this is; null for the root until it names itself. */
	memberId: string | null;
	role: RosterRole;
}

/** An invitation that is open: whoever holds its token may join with its role. */
export interface OpenInvitation {
	role: RosterRole;
	/** The facilitator's key (hex) that opened it. */
	by: string;
}

/** Whether an entry counts, and if not, why (a reason for the log, in English). */
export type EntryOutcome = { held: true } | { held: false; reason: string };

/** The role a device's changes after `after` are judged by (null: removed, nothing counts). */
export interface RoleFrom {
	/** How far each lane had reached before: `lane → seq` (a lane not named: from its first). */
	after: ReadonlyMap<number, number>;
	role: RosterRole | null;
	/** The entry (its index in the walk) that set it, when a later one may take it back. */
	by?: number;
}

/** The roster a log describes: the same on every copy that holds the same entries. */
export interface Roster {
	/** Devices in the group, by signing key (hex). */
	members: ReadonlyMap<string, RosterMember>;
	/** Devices removed from the group, as they were when removed, by signing key (hex). */
	removed: ReadonlyMap<string, RosterMember>;
	/** Invitations that can still be accepted, by entry name (hex). */
	invitations: ReadonlyMap<string, OpenInvitation>;
	/**
	 * The roles each device's changes are judged by, by signing key (hex), in the order the
	 * entries apply (`roleAt` reads it).
	 */
	timelines: ReadonlyMap<string, readonly RoleFrom[]>;
	/** What became of every entry given, by entry name (hex). */
	outcomes: ReadonlyMap<string, EntryOutcome>;
	/** The names of the log's heads: the parents of the next entry written. */
	heads: Uint8Array[];
}

/** The most passes made over a log to settle which removals hold (each pass voids more). */
const MAX_PASSES = 8;

const hex = toHexString;
const refused = (reason: string): EntryOutcome => ({ held: false, reason });
const HELD: EntryOutcome = { held: true };

interface Walk {
	members: Map<string, RosterMember>;
	removed: Map<string, RosterMember>;
	invitations: Map<string, OpenInvitation & { index: number }>;
	/** Which entry last set each device's role. */
	roleSetBy: Map<string, number>;
	timelines: Map<string, RoleFrom[]>;
	/** The removals that held in this walk, by removed key. */
	removals: Map<string, number[]>;
	/** The removals that held in the walk before, which void what is concurrent with them. */
	voiding: ReadonlySet<number>;
	outcomes: EntryOutcome[];
}

/** The removals that count in a walk: those held so far and those of the walk before. */
function removalsIn(walk: Walk, entries: readonly RosterEntry[], key?: string): number[] {
	const all = new Set([...walk.removals.values()].flat().concat([...walk.voiding]));
	return [...all].filter((r) => {
		const action = entries[r]!.action;
		return key === undefined || (action.kind === 'remove' && hex(action.key) === key);
	});
}

/**
 * Computes the roster from the root's key and the log's entries (signatures already checked).
 * The rules, each with a test in `resolve.test.ts`:
 * - entries apply in causal order (`causal-order.ts`); each holds if its signer may make it in the
 *   roster as it stands then: facilitators add, change roles, remove and invite; anyone may
 *   accept an open invitation by proving they hold its token;
 * - a removal wins over everything concurrent with it that the removed device signed, or that
 *   adds it back or changes its role; a removed device returns only by an entry that has seen
 *   the removal;
 * - of two concurrent role changes for one device, the one with the lower hash counts;
 * - a removal closes the invitations opened before it; a removed device cannot accept one;
 * - the group always keeps a facilitator: the last one cannot be removed or given another role.
 */
export function resolveRoster(root: Uint8Array, entries: readonly RosterEntry[]): Roster {
	const distinct = [...new Map(entries.map((entry) => [hex(entry.hash), entry])).values()];
	const causal = causalOrder(distinct, hex);
	// Each walk is voided by the removals the walk before held, until they are the same removals:
	// a removal refused in a later walk stops voiding. Should they never settle, the last walk
	// stands, the same on every copy.
	let removals = new Set<number>();
	let walk = walkOnce(root, distinct, causal, removals);
	for (let pass = 1; pass < MAX_PASSES; pass++) {
		const held = new Set([...walk.removals.values()].flat());
		if (held.size === removals.size && [...held].every((r) => removals.has(r))) break;
		removals = held;
		walk = walkOnce(root, distinct, causal, removals);
	}
	const outcomes = new Map<string, EntryOutcome>();
	causal.order.forEach((i) => outcomes.set(hex(distinct[i]!.hash), walk.outcomes[i]!));
	for (const i of causal.waiting)
		outcomes.set(hex(distinct[i]!.hash), refused('waiting for an earlier entry'));
	return {
		members: walk.members,
		removed: walk.removed,
		invitations: new Map(
			[...walk.invitations].map(([name, { role, by }]) => [name, { role, by }] as const)
		),
		timelines: walk.timelines,
		outcomes,
		heads: causal.heads.map((i) => distinct[i]!.hash)
	};
}

function walkOnce(
	root: Uint8Array,
	entries: readonly RosterEntry[],
	causal: CausalOrder,
	voiding: ReadonlySet<number>
): Walk {
	const walk: Walk = {
		members: new Map([
			[hex(root), { key: root, agreementKey: null, memberId: null, role: 'facilitator' }]
		]),
		removed: new Map(),
		invitations: new Map(),
		roleSetBy: new Map(),
		removals: new Map(),
		timelines: new Map([[hex(root), [{ after: new Map(), role: 'facilitator' }]]]),
		voiding,
		outcomes: entries.map(() => refused('not walked'))
	};
	const concurrent = (a: number, b: number) =>
		a !== b && !causal.before(a, b) && !causal.before(b, a);
	const removedAlongside = (key: string, i: number) =>
		removalsIn(walk, entries, key).some((r) => concurrent(r, i));
	for (const i of causal.order) {
		walk.outcomes[i] = apply(walk, entries, causal, i, removedAlongside);
	}
	return walk;
}

function changeRole(walk: Walk, key: string, change: RoleFrom): void {
	walk.timelines.set(key, [...(walk.timelines.get(key) ?? []), change]);
}

const lanes = (after: readonly LanePosition[]) =>
	new Map(after.map(({ lane, seq }) => [lane, seq]));

/**
 * The role change `seq` of a device's lane `lane` is judged by: that of the last entry applied
 * that comes before it in the lane; null when none does, or the device was removed by then.
 */
export function roleAt(roster: Roster, key: string, lane: number, seq: number): RosterRole | null {
	const timeline = roster.timelines.get(key) ?? [];
	for (let i = timeline.length - 1; i >= 0; i--)
		if (seq > (timeline[i]!.after.get(lane) ?? 0)) return timeline[i]!.role;
	return null;
}

function lastFacilitator(walk: Walk, key: string): boolean {
	const facilitators = [...walk.members.values()].filter((m) => m.role === 'facilitator');
	return facilitators.length === 1 && hex(facilitators[0]!.key) === key;
}

function apply(
	walk: Walk,
	entries: readonly RosterEntry[],
	causal: CausalOrder,
	i: number,
	removedAlongside: (key: string, i: number) => boolean
): EntryOutcome {
	const entry = entries[i]!;
	const { action } = entry;
	const signer = hex(entry.signer);
	if (removedAlongside(signer, i)) return refused('its signer was removed at the same time');
	if (action.kind === 'accept') return accept(walk, entries, causal, i);
	const by = walk.members.get(signer);
	if (!by) return refused('its signer is not in the group');
	if (by.role !== 'facilitator') return refused('its signer is not a facilitator');
	if (action.kind === 'invite') {
		walk.invitations.set(hex(entry.hash), { role: action.role, by: signer, index: i });
		return HELD;
	}
	const target = hex(action.key);
	if (removedAlongside(target, i)) return refused('the device was removed at the same time');
	const member = walk.members.get(target);
	if (action.kind === 'add') {
		if (member && !(target === signer && member.memberId === null))
			return refused('the device is already in the group');
		const role = member ? member.role : action.role;
		const { key, agreementKey, memberId } = action;
		walk.members.set(target, { key, agreementKey, memberId, role });
		walk.removed.delete(target);
		if (!member) {
			walk.roleSetBy.set(target, i);
			changeRole(walk, target, { after: lanes(action.after), role });
		}
		return HELD;
	}
	if (!member) return refused('the device is not in the group');
	if (action.kind === 'role') {
		if (action.role !== 'facilitator' && lastFacilitator(walk, target))
			return refused('the group would have no facilitator');
		const setBy = walk.roleSetBy.get(target);
		if (
			setBy !== undefined &&
			!causal.before(setBy, i) &&
			compareBytes(entries[setBy]!.hash, entry.hash) < 0
		)
			return refused('a concurrent role change with a lower hash counts');
		if (setBy !== undefined && !causal.before(setBy, i)) {
			// The change walked first has the higher hash: it no longer counts.
			walk.outcomes[setBy] = refused('a concurrent role change with a lower hash counts');
			const timeline = walk.timelines.get(target) ?? [];
			walk.timelines.set(
				target,
				timeline.filter((change) => change.by !== setBy)
			);
		}
		walk.members.set(target, { ...member, role: action.role });
		walk.roleSetBy.set(target, i);
		changeRole(walk, target, { after: lanes(action.after), role: action.role, by: i });
		return HELD;
	}
	if (lastFacilitator(walk, target)) return refused('the group would have no facilitator');
	walk.members.delete(target);
	walk.removed.set(target, member);
	walk.removals.set(target, [...(walk.removals.get(target) ?? []), i]);
	changeRole(walk, target, { after: lanes(action.after), role: null });
	return HELD;
}

function accept(
	walk: Walk,
	entries: readonly RosterEntry[],
	causal: CausalOrder,
	i: number
): EntryOutcome {
	const entry = entries[i]!;
	if (entry.action.kind !== 'accept') return refused('not an acceptance');
	const { invitation: name, proof, agreementKey, memberId } = entry.action;
	const signer = hex(entry.signer);
	const invitation = walk.invitations.get(hex(name));
	if (!invitation || !causal.before(invitation.index, i))
		return refused('it accepts no invitation it has seen');
	const opened = entries[invitation.index]!.action;
	const joiner = { signer: entry.signer, agreementKey, memberId };
	if (opened.kind !== 'invite' || !acceptProofHolds(opened.invitationKey, proof, name, joiner))
		return refused('the token does not match the invitation');
	if (walk.members.get(invitation.by)?.role !== 'facilitator')
		return refused('whoever opened the invitation is no longer a facilitator');
	const closedBy = removalsIn(walk, entries).some(
		(r) => causal.before(invitation.index, r) && !causal.before(i, r)
	);
	if (closedBy) return refused('a removal closed the invitation');
	if (walk.members.has(signer)) return refused('the device is already in the group');
	if (walk.removed.has(signer)) return refused('the device was removed from the group');
	if ([...walk.members.values()].some((m) => m.memberId === memberId))
		return refused('another device already uses this member id');
	walk.members.set(signer, { key: entry.signer, agreementKey, memberId, role: invitation.role });
	walk.roleSetBy.set(signer, i);
	changeRole(walk, signer, { after: new Map(), role: invitation.role });
	return HELD;
}
