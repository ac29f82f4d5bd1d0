import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ConnectionStatus, GroupSync } from './ports';

/** Two copies of one workspace, each with its sync, as the contract needs them. */
export interface SyncedPair {
	docs: [Y.Doc, Y.Doc];
	syncs: [GroupSync, GroupSync];
}

/** What the sync contract needs of an implementation. */
export interface SyncUnderTest {
	/** Opens two copies of one workspace in one group, online. */
	pair(): Promise<SyncedPair>;
	/** Lets what was sent arrive (the network's time passes). */
	settle(): Promise<void>;
}

/**
 * The behaviour every group sync has, run against each implementation: changes reach the copies
 * connected to the group and are told apart from this device's own, a copy offline sends nothing
 * until it is back, the status says so as it happens, and a destroyed sync takes part no more.
 */
export function runSyncContract(label: string, setup: () => SyncUnderTest): void {
	describe(`${label} connects copies as every sync must`, () => {
		const under = setup();
		const open: SyncedPair[] = [];
		const pair = async () => {
			const made = await under.pair();
			open.push(made);
			return made;
		};
		const body = (doc: Y.Doc) => doc.getText('body');
		afterEach(() => {
			for (const { docs, syncs } of open.splice(0)) {
				syncs.forEach((sync) => sync.destroy());
				docs.forEach((doc) => doc.destroy());
			}
		});

		it('says it is connected, to how many peers, once it meets the other copy', async () => {
			const { syncs } = await pair();
			await under.settle();
			for (const sync of syncs) expect(sync.status).toMatchObject({ kind: 'connected', peers: 1 });
		});

		it('brings a change to the other copy, which knows it came from a peer', async () => {
			const { docs, syncs } = await pair();
			const origins: unknown[] = [];
			docs[1].on('update', (_: Uint8Array, origin: unknown) => origins.push(origin));
			body(docs[0]).insert(0, 'We meet monthly.');
			await under.settle();
			expect(body(docs[1]).toString()).toBe('We meet monthly.');
			expect(origins.length).toBeGreaterThan(0);
			expect(origins.every((origin) => syncs[1].isRemote(origin))).toBe(true);
			expect(syncs[0].isRemote(null)).toBe(false);
		});

		it('sends nothing while offline, says so, and sends it all once back online', async () => {
			const { docs, syncs } = await pair();
			await under.settle();
			const seen: ConnectionStatus['kind'][] = [];
			syncs[0].subscribe((status) => seen.push(status.kind));
			syncs[0].setOnline(false);
			expect(syncs[0].status.kind).toBe('offline');
			body(docs[0]).insert(0, 'Written apart.');
			await under.settle();
			expect(body(docs[1]).toString()).toBe('');
			syncs[0].setOnline(true);
			await under.settle();
			expect(body(docs[1]).toString()).toBe('Written apart.');
			expect(seen[0]).toBe('offline');
			expect(seen.at(-1)).toBe('connected');
		});

		it('takes part no more once destroyed', async () => {
			const { docs, syncs } = await pair();
			await under.settle();
			syncs[1].destroy();
			body(docs[0]).insert(0, 'After you left.');
			await under.settle();
			expect(body(docs[1]).toString()).toBe('');
			expect(syncs[0].status.kind).not.toBe('connected');
		});
	});
}
