import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../bad-updates';
import type { LanePosition, RosterEntry } from '../../trust/roster-entry';
import { resolveRoster } from './resolve';
import { accept, add, devices, invite, signed, summary, type Device } from './roster-fixture';

let root: Device, ana: Device, ben: Device, chi: Device, dev: Device;
beforeAll(async () => {
	({ root, ana, ben, chi, dev } = await devices('root', 'ana', 'ben', 'chi', 'dev'));
});

const resolve = (...entries: RosterEntry[]) => resolveRoster(root.keys.signingPublic, entries);
const token = (n: number) => new Uint8Array(32).fill(n);

describe('random roster logs (seeded)', () => {
	it('resolve alike in any order and always keep a facilitator', async () => {
		const seed = Number(process.env.CONCORD_FUZZ_SEED) || 170_302;
		console.log(`random roster logs: seed ${seed} (CONCORD_FUZZ_SEED=${seed} replays)`);
		const next = seededRandom(seed);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
		const devices = [root, ana, ben, chi, dev];
		const roles = ['facilitator', 'member', 'observer', 'reader'] as const;
		const heldKinds = new Set<string>();
		for (let round = 0; round < 40; round++) {
			const log: RosterEntry[] = [await signed(root, [], add(root, 'facilitator'))];
			const none: LanePosition[] = [];
			const invitations: [RosterEntry, Uint8Array][] = [];
			for (let step = 0; step < 14; step++) {
				// A signer who has seen a random part of the log, as after being offline.
				const seen = log.filter(() => next() < 0.7);
				const parents = seen.length > 0 ? seen : [log[0]!];
				const by = pick(devices);
				const target = pick(devices).keys.signingPublic;
				const choice = next();
				const action =
					choice < 0.3
						? add(pick(devices), pick(roles))
						: choice < 0.5
							? ({ kind: 'role', key: target, role: pick(roles), after: none } as const)
							: choice < 0.7
								? ({ kind: 'remove', key: target, after: none } as const)
								: null;
				if (action) log.push(await signed(by, parents, action));
				else if (choice < 0.8 || invitations.length === 0) {
					const secret = token(step + 1);
					const entry = await signed(by, parents, invite(secret, pick(roles)));
					log.push(entry);
					invitations.push([entry, secret]);
				} else {
					const [invitation, secret] = pick(invitations);
					log.push(await signed(by, [...parents, invitation], accept(by, invitation, secret)));
				}
			}
			const describe = (entries: RosterEntry[]) => {
				const roster = resolve(...entries);
				return { members: summary(roster), outcomes: [...roster.outcomes].sort() };
			};
			const expected = describe(log);
			const held = resolve(...log).outcomes;
			for (const entry of log)
				if (held.get(Buffer.from(entry.hash).toString('hex'))?.held)
					heldKinds.add(entry.action.kind);
			expect(expected.members.some((line) => line.endsWith(': facilitator'))).toBe(true);
			for (let shuffle = 0; shuffle < 3; shuffle++)
				expect(describe([...log].sort(() => next() - 0.5)), `round ${round}`).toEqual(expected);
		}
		// The logs exercised every kind of entry, not only refusals.
		expect([...heldKinds].sort()).toEqual(['accept', 'add', 'invite', 'remove', 'role']);
	});
});
