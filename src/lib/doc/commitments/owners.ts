import * as Y from 'yjs';
import { warnIgnored } from '../ignored';
import { organisationKey } from '../members';
import { COMMITMENT } from '../schema';
import { COMMITMENT_LIMITS, type Party } from './types';
import { asParty } from './values';

/*
 * A commitment's owners are a `Y.Map` keyed by party, so that owners added and removed apart on
 * two copies all take effect (a plain list would keep only the last copy's). Each entry keeps
 * the place it was given in its form, so that every copy shows them in the same order.
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

function placed(key: string, raw: unknown, index: number): Placed | null {
	const party = asParty(raw);
	if (!party || partyKey(party) !== key) return null;
	const rank = (raw as Record<string, unknown>).rank;
	return { party, key, rank: typeof rank === 'number' && Number.isFinite(rank) ? rank : index };
}

/** Every owner a commitment's record holds, in their order; a list written before the map is read too. */
function storedOwners(value: unknown): Placed[] {
	const owners: Placed[] = [];
	if (value instanceof Y.Map) {
		value.forEach((raw: unknown, key: string) => {
			const owner = placed(key, raw, 0);
			if (owner) owners.push(owner);
		});
	} else if (Array.isArray(value)) {
		value.forEach((raw: unknown, index) => {
			const party = asParty(raw);
			const owner = party && placed(partyKey(party), { ...party, rank: index }, index);
			if (owner && !owners.some((o) => o.key === owner.key)) owners.push(owner);
		});
	}
	return owners.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
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

/** Makes a commitment's owners `wanted`, touching only the owners added or removed. */
export function writeOwners(entry: Y.Map<unknown>, wanted: readonly Party[]): void {
	let map = entry.get(COMMITMENT.owners);
	if (!(map instanceof Y.Map)) {
		const before = storedOwners(map);
		map = new Y.Map<unknown>();
		entry.set(COMMITMENT.owners, map);
		for (const { key, party, rank } of before) (map as Y.Map<unknown>).set(key, { ...party, rank });
	}
	const owners = map as Y.Map<unknown>;
	const keys = new Set(wanted.map(partyKey));
	for (const key of [...owners.keys()]) if (!keys.has(key)) owners.delete(key);
	wanted.forEach((party, rank) => {
		const key = partyKey(party);
		if (!owners.has(key)) owners.set(key, { ...party, rank });
	});
}
