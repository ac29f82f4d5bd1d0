import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryNetwork } from './memory-network';
import { MemorySync } from './memory-sync';
import { NoSync } from './no-sync';
import type { GroupSync } from './ports';
import { runSyncContract } from './sync-contract';

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
	let network = new MemoryNetwork(randomOf(seed));
	runSyncContract('the in-memory sync', () => ({
		pair: async () => {
			network = new MemoryNetwork(randomOf(seed), { drop: 0, duplicate: 0.3, maxDelay: 3 });
			const docs: [Y.Doc, Y.Doc] = [new Y.Doc(), new Y.Doc()];
			return { docs, syncs: [new MemorySync(network, docs[0]), new MemorySync(network, docs[1])] };
		},
		settle: async () => network.drain()
	}));
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
