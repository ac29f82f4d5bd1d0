import * as Y from 'yjs';
import { warnIgnored } from '../ignored';
import { organisationKey } from '../members';
import { COMMITMENT } from '../schema';
import { COMMITMENT_LIMITS, type Party } from './types';
import { asParty } from './values';

/*
 * A commitment's owners are a `Y.Map` keyed by party (schema version 4), so that owners added and
 * removed apart on two copies all take effect; a plain list kept only the last copy's. Each entry
 * keeps its place (`rank`), so that every copy shows the owners in the same order.
 */

/** The key a party is kept under: the same member or organisation is one owner, however typed. */
export function partyKey(party: Party): string {
	return party.kind === 'member'
		? `member:${party.id}`
		: `organisation:${organisationKey(party.name)}`;
}

interface Placed {
	party: Party;
	rank: number;
	key: string;
}

const byPlace = (a: Placed, b: Placed) =>
	a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Every owner a commitment's record holds, in their order, each once. What an entry says is read
 * from its value, never from its key, so that owners do not depend on how names are compared.
 */
function storedOwners(value: unknown): Placed[] {
	const all: Placed[] = [];
	const add = (raw: unknown, key: string, fallbackRank: number) => {
		const party = asParty(raw);
		if (!party) return;
		const rank = (raw as Record<string, unknown>).rank;
		all.push({
			party,
			key,
			rank: typeof rank === 'number' && Number.isFinite(rank) ? rank : fallbackRank
		});
	};
	if (value instanceof Y.Map) value.forEach((raw: unknown, key: string) => add(raw, key, 0));
	else if (Array.isArray(value))
		value.forEach((raw: unknown, index) => add(raw, String(index).padStart(4, '0'), index));
	const seen = new Set<string>();
	return all.sort(byPlace).filter(({ party }) => {
		const key = partyKey(party);
		return seen.has(key) ? false : (seen.add(key), true);
	});
}

/** The owners that are members of the roster or organisations; others are left out with a warning. */
export function readOwners(id: string, value: unknown, members: ReadonlySet<string>): Party[] {
	const owners: Party[] = [];
	for (const { party } of storedOwners(value)) {
		if (party.kind === 'member' && !members.has(party.id))
			warnIgnored('owner of commitment', id, 'not a member of the group');
		else owners.push(party);
		if (owners.length === COMMITMENT_LIMITS.owners) break;
	}
	return owners;
}

/** The owners of a list, as the map schema version 4 keeps them (for the migration to it). */
export function ownersAsMap(list: readonly unknown[]): Y.Map<unknown> {
	return new Y.Map<unknown>(
		storedOwners(list).map(({ party }, rank) => [partyKey(party), { ...party, rank }])
	);
}

/**
 * Makes a commitment's owners `wanted`, touching only what changed: owners removed, owners added
 * (after those kept), and an organisation whose name is now written otherwise.
 */
export function writeOwners(entry: Y.Map<unknown>, wanted: readonly Party[]): void {
	let owners = entry.get(COMMITMENT.owners);
	if (!(owners instanceof Y.Map)) {
		owners = ownersAsMap(Array.isArray(owners) ? owners : []);
		entry.set(COMMITMENT.owners, owners);
	}
	const map = owners as Y.Map<unknown>;
	const kept = new Map(storedOwners(map).map((owner) => [partyKey(owner.party), owner]));
	const keys = new Set(wanted.map(partyKey));
	for (const [key, raw] of [...map.entries()]) {
		const party = asParty(raw);
		if (!party || !keys.has(partyKey(party))) map.delete(key);
	}
	let next = Math.max(-1, ...[...kept.values()].map((owner) => owner.rank)) + 1;
	for (const party of wanted) {
		const key = partyKey(party);
		const before = kept.get(key);
		if (!before) map.set(key, { ...party, rank: next++ });
		else if (JSON.stringify(before.party) !== JSON.stringify(party))
			map.set(before.key, { ...party, rank: before.rank });
	}
}
