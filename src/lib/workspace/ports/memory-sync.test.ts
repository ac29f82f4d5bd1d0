import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryNetwork } from './memory-network';
import { MemorySync } from './memory-sync';
import { NoSync } from './no-sync';
import type { GroupSync } from './ports';
import { localCopy, SYNC_CONTRACT, type Expect, type SyncUnderTest } from './sync-contract';

const seed = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31));

/** A seeded source of the network's faults; the seed is printed so that a failure replays. */
function randomOf(seed: number) {
	const gen = prng.create(seed);
	return {
		int: (min: number, max: number) => prng.int53(gen, min, max),
		chance: (p: number) => prng.real53(gen) < p
	};
}

describe(`the in-memory sync over a faulty network (seed ${seed}; SEED=${seed} replays)`, () => {
	const open: { doc: Y.Doc; sync: GroupSync }[] = [];
	afterEach(() => {
		for (const { doc, sync } of open.splice(0)) {
			sync.destroy();
			doc.destroy();
		}
	});
	const under = (): SyncUnderTest => {
		const network = new MemoryNetwork(randomOf(seed), { drop: 0, duplicate: 0.3, maxDelay: 3 });
		const copy = () => {
			const doc = new Y.Doc();
			const sync = new MemorySync(network, doc);
			open.push({ doc, sync });
			return localCopy(doc, sync);
		};
		return {
			pair: async () => [copy(), copy()],
			until: async (check, what) => {
				network.drain();
				if (!(await check())) throw new Error(`Never happened: ${what}.`);
			},
			quiet: async () => network.drain()
		};
	};
	for (const { name, run } of SYNC_CONTRACT) it(name, () => run(under(), expect as Expect));
});

describe('the sync of a copy without its key', () => {
	it('stays offline, brings nothing and keeps presence on this copy', () => {
		const doc = new Y.Doc();
		const sync: GroupSync = new NoSync(doc);
		sync.setOnline(true);
		expect(sync.status.kind).toBe('offline');
		expect(sync.isRemote({})).toBe(false);
		sync.setPresence({ name: 'Amina' });
		expect(sync.awareness.getLocalState()).toMatchObject({ name: 'Amina' });
		sync.destroy();
	});
});
