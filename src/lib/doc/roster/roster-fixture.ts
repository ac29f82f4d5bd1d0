import { toHexString } from 'lib0/buffer';
import { createDeviceKeys, type DeviceKeys } from '../../trust/device-keys';
import {
	type LanePosition,
	readRosterEntry,
	signRosterEntry,
	type RosterAction,
	type RosterEntry,
	type RosterRole
} from '../../trust/roster-entry';
import { acceptProof, invitationKey } from '../../trust/invitation';
import type { Roster } from './resolve';

/** The workspace the roster tests sign for. */
export const WORKSPACE = 'ws-roster';

/** A device in a roster test: its keys and a member id. */
export interface Device {
	keys: DeviceKeys;
	id: string;
}

/** A new device for a test, with the library's keys (quick to make, same signatures). */
export async function device(id: string): Promise<Device> {
	return { keys: await createDeviceKeys({ library: true }), id };
}

/** An entry signed by `by` after `parents` (the entries its signer has seen). */
export async function signed(
	by: Device,
	parents: readonly RosterEntry[],
	action: RosterAction
): Promise<RosterEntry> {
	const bytes = await signRosterEntry(
		by.keys,
		WORKSPACE,
		parents.map((p) => p.hash),
		action
	);
	const read = readRosterEntry(bytes);
	if (!read.ok) throw new Error(read.reason);
	return read.entry;
}

/** The action that adds `who` with `role`, for their changes after `after`. */
export function add(who: Device, role: RosterRole, after: LanePosition[] = []): RosterAction {
	const { signingPublic: key, agreementPublic: agreementKey } = who.keys;
	return { kind: 'add', key, agreementKey, memberId: who.id, role, after };
}

/** The action that gives `who` another role, for their changes after `after`. */
export function role(who: Device, role: RosterRole, after: LanePosition[] = []): RosterAction {
	return { kind: 'role', key: who.keys.signingPublic, role, after };
}

/** The action that removes `who`: none of their changes after `after` count. */
export function remove(who: Device, after: LanePosition[] = []): RosterAction {
	return { kind: 'remove', key: who.keys.signingPublic, after };
}

/** The action that opens an invitation for `token` with `role`. */
export function invite(token: Uint8Array, role: RosterRole): RosterAction {
	return { kind: 'invite', invitationKey: invitationKey(token), role };
}

/** The action by which `who` accepts the invitation `invitation` with `token`. */
export function accept(who: Device, invitation: RosterEntry, token: Uint8Array): RosterAction {
	const joiner = {
		signer: who.keys.signingPublic,
		agreementKey: who.keys.agreementPublic,
		memberId: who.id
	};
	const proof = acceptProof(token, invitation.hash, joiner);
	return {
		kind: 'accept',
		invitation: invitation.hash,
		proof,
		agreementKey: joiner.agreementKey,
		memberId: who.id
	};
}

/** Each device in the roster as `memberId: role`, sorted: what a person would read. */
export function summary(roster: Roster): string[] {
	return [...roster.members.values()].map((m) => `${m.memberId}: ${m.role}`).sort();
}

/** Why the entry did not count, or 'held'. */
export function outcomeOf(roster: Roster, entry: RosterEntry): string {
	const outcome = roster.outcomes.get(toHexString(entry.hash));
	return !outcome ? 'absent' : outcome.held ? 'held' : outcome.reason;
}

/** New devices for a test, by member id. */
export async function devices<const T extends string>(...ids: T[]): Promise<Record<T, Device>> {
	const made = await Promise.all(ids.map((id) => device(id)));
	return Object.fromEntries(ids.map((id, i) => [id, made[i]])) as Record<T, Device>;
}
