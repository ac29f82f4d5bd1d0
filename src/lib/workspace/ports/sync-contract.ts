/*
 * The behaviour every group sync has, as cases any test runner can run against any
 * implementation: changes reach the copies connected to the group and are told apart from this
 * device's own, a copy offline sends nothing until it is back, the status says so as it happens,
 * and a destroyed sync takes part no more. Copies are driven through `SyncCopy`, so that one may
 * live in another browser (the WebRTC sync, `tests/e2e/sync-contract.spec.ts`) or in this process
 * (the in-memory sync, `memory-sync.test.ts`).
 */
import type * as Y from 'yjs';
import type { ConnectionStatus, GroupSync } from './ports';

/** One copy of a workspace with its sync, as the contract drives it. */
export interface SyncCopy {
	/** Types `text` at the start of the copy's text. */
	write(text: string): Promise<void>;
	/** The copy's text. */
	read(): Promise<string>;
	status(): Promise<ConnectionStatus>;
	/** The kinds of status the sync has told its listeners of, oldest first. */
	statusesSeen(): Promise<ConnectionStatus['kind'][]>;
	/** Changes that arrived from elsewhere, and whether the sync said each came from a peer. */
	arrivals(): Promise<{ count: number; fromPeer: boolean }>;
	/** Whether the sync takes a change made on this copy for a peer's. */
	ownChangeLooksRemote(): Promise<boolean>;
	setOnline(online: boolean): Promise<void>;
	destroy(): Promise<void>;
}

/** What the contract needs of an implementation. */
export interface SyncUnderTest {
	/** Opens two copies of one workspace in one group, online. */
	pair(): Promise<[SyncCopy, SyncCopy]>;
	/** Resolves once `check` holds, letting the network's time pass; rejects if it never does. */
	until(check: () => Promise<boolean>, what: string): Promise<void>;
	/** Lets whatever is in flight arrive, before the contract checks that something did not. */
	quiet(): Promise<void>;
}

/** The assertions the cases make, as vitest and Playwright Test both offer them. */
export type Expect = (actual: unknown) => {
	toBe(expected: unknown): void;
	toEqual(expected: unknown): void;
	toMatchObject(expected: Record<string, unknown>): void;
	not: { toBe(expected: unknown): void };
};

/** One behaviour of the contract. */
export interface SyncContractCase {
	name: string;
	run(under: SyncUnderTest, expect: Expect): Promise<void>;
}

const connected = (copy: SyncCopy) => async () => (await copy.status()).kind === 'connected';
const alone = (copy: SyncCopy) => async () => (await copy.status()).kind !== 'connected';
const reads = (copy: SyncCopy, text: string) => async () => (await copy.read()) === text;

/** Every case of the sync contract. */
export const SYNC_CONTRACT: readonly SyncContractCase[] = [
	{
		name: 'says it is connected, to how many peers, once it meets the other copy',
		async run(under, expect) {
			const [a, b] = await under.pair();
			await under.until(connected(a), 'the first copy to meet the second');
			await under.until(connected(b), 'the second copy to meet the first');
			expect(await a.status()).toMatchObject({ kind: 'connected', peers: 1 });
			expect(await b.status()).toMatchObject({ kind: 'connected', peers: 1 });
		}
	},
	{
		name: 'brings a change to the other copy, which knows it came from a peer',
		async run(under, expect) {
			const [a, b] = await under.pair();
			await under.until(connected(b), 'the copies to meet');
			await a.write('We meet monthly.');
			await under.until(reads(b, 'We meet monthly.'), 'the change to arrive');
			const arrivals = await b.arrivals();
			expect(arrivals.count > 0).toBe(true);
			expect(arrivals.fromPeer).toBe(true);
			expect(await a.ownChangeLooksRemote()).toBe(false);
		}
	},
	{
		name: 'sends nothing while offline, says so at once, and sends it all once back online',
		async run(under, expect) {
			const [a, b] = await under.pair();
			await under.until(connected(b), 'the copies to meet');
			await a.setOnline(false);
			expect((await a.status()).kind).toBe('offline');
			await under.until(alone(b), 'the other copy to notice');
			await a.write('Written apart.');
			await under.quiet();
			expect(await b.read()).toBe('');
			await a.setOnline(true);
			await under.until(reads(b, 'Written apart.'), 'the change to arrive once back online');
			await under.until(connected(a), 'the copy to say it is connected again');
			const seen = await a.statusesSeen();
			expect(seen.includes('offline')).toBe(true);
			expect(seen.at(-1)).toBe('connected');
		}
	},
	{
		name: 'takes part no more once destroyed',
		async run(under, expect) {
			const [a, b] = await under.pair();
			await under.until(connected(a), 'the copies to meet');
			await b.destroy();
			await under.until(alone(a), 'the remaining copy to notice');
			await a.write('After you left.');
			await under.quiet();
			expect(await b.read()).toBe('');
			expect((await a.status()).kind).not.toBe('connected');
		}
	}
];

/** The origin of what a `localCopy` writes itself, so that it is not taken for an arrival. */
const WRITTEN_HERE = Symbol('written on this copy');

/** A copy in this realm: its document (its text is `body`) and its sync. */
export function localCopy(doc: Y.Doc, sync: GroupSync): SyncCopy {
	const body = doc.getText('body');
	const seen: ConnectionStatus['kind'][] = [];
	sync.subscribe((status) => seen.push(status.kind));
	const origins: unknown[] = [];
	doc.on('update', (_: Uint8Array, origin: unknown) => {
		if (origin !== WRITTEN_HERE) origins.push(origin);
	});
	return {
		write: async (text) => doc.transact(() => body.insert(0, text), WRITTEN_HERE),
		read: async () => body.toString(),
		status: async () => sync.status,
		statusesSeen: async () => [...seen],
		arrivals: async () => ({
			count: origins.length,
			fromPeer: origins.every((origin) => sync.isRemote(origin))
		}),
		ownChangeLooksRemote: async () => sync.isRemote(null) || sync.isRemote(WRITTEN_HERE),
		setOnline: async (online) => sync.setOnline(online),
		destroy: async () => sync.destroy()
	};
}
