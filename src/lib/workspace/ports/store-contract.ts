import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LocalDataError, type SaveState } from '../../persistence';
import type { WorkspaceStore } from './ports';

/** What the store contract needs of an implementation. */
export interface StoreUnderTest {
	/** Opens a store of `doc` under the database `name`, as a workspace does. */
	open(doc: Y.Doc, name: string, options?: { mustExist?: boolean }): WorkspaceStore;
	/** Removes what was stored under `name`. */
	remove(name: string): Promise<void>;
}

/**
 * The behaviour every workspace store has, run against each implementation (the IndexedDB one in
 * a browser, the in-memory one in Node): what was saved is there when the workspace opens again,
 * the save state tells the truth, and what it loads is never taken for a person's change.
 */
export function runStoreContract(label: string, setup: () => StoreUnderTest): void {
	describe(`${label} keeps a workspace as every store must`, () => {
		const under = setup();
		const opened: { store: WorkspaceStore; doc: Y.Doc }[] = [];
		const names: string[] = [];
		const open = (name: string, options?: { mustExist?: boolean }) => {
			const doc = new Y.Doc({ gc: false });
			const store = under.open(doc, name, options);
			opened.push({ store, doc });
			return { doc, store, text: doc.getText('body') };
		};
		const fresh = () => {
			const name = `contract-${crypto.randomUUID()}`;
			names.push(name);
			return name;
		};
		afterEach(async () => {
			for (const { store, doc } of opened.splice(0)) {
				await store.destroy();
				doc.destroy();
			}
			for (const name of names.splice(0)) await under.remove(name);
		});

		it('keeps what was saved for when the workspace opens again', async () => {
			const name = fresh();
			const first = open(name);
			await first.store.loaded;
			first.text.insert(0, 'We meet monthly.');
			await first.store.flushed();
			expect(first.store.state.kind).toBe('saved');
			await first.store.destroy();

			const again = open(name, { mustExist: true });
			await again.store.loaded;
			expect(again.text.toString()).toBe('We meet monthly.');
		});

		it('keeps changes made while it was still loading', async () => {
			const name = fresh();
			const first = open(name);
			first.text.insert(0, 'Typed at once.');
			await first.store.loaded;
			await first.store.flushed();
			await first.store.destroy();
			const again = open(name, { mustExist: true });
			await again.store.loaded;
			expect(again.text.toString()).toBe('Typed at once.');
		});

		it('loads as its own change, never as a person’s', async () => {
			const name = fresh();
			const first = open(name);
			await first.store.loaded;
			first.text.insert(0, 'Charter');
			await first.store.flushed();
			await first.store.destroy();

			const doc = new Y.Doc({ gc: false });
			const origins: unknown[] = [];
			doc.on('update', (_: Uint8Array, origin: unknown) => origins.push(origin));
			const store = under.open(doc, name, { mustExist: true });
			opened.push({ store, doc });
			await store.loaded;
			expect(origins.length).toBeGreaterThan(0);
			expect(origins.every((origin) => store.isOwnOrigin(origin))).toBe(true);
			expect(store.isOwnOrigin(null)).toBe(false);
		});

		it('says "saving" while a change is being stored and "saved" once it is', async () => {
			const { store, text } = open(fresh());
			await store.loaded;
			await store.flushed();
			const seen: SaveState['kind'][] = [];
			store.subscribe((state) => seen.push(state.kind));
			text.insert(0, 'Every member agrees.');
			expect(store.state.kind).toBe('saving');
			await store.flushed();
			expect(seen[0]).toBe('saving');
			expect(seen.at(-1)).toBe('saved');
		});

		it('refuses a workspace this device does not hold, rather than open it empty', async () => {
			const { store } = open(fresh(), { mustExist: true });
			const error = await store.loaded.then(
				() => null,
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(LocalDataError);
			expect((error as LocalDataError).problem).toBe('missing');
		});

		it('stores nothing more once destroyed, and keeps what it had', async () => {
			const name = fresh();
			const first = open(name);
			await first.store.loaded;
			first.text.insert(0, 'Kept.');
			await first.store.flushed();
			await first.store.destroy();
			first.text.insert(first.text.length, ' Not kept.');
			await new Promise((resolve) => setTimeout(resolve, 50));
			const again = open(name, { mustExist: true });
			await again.store.loaded;
			expect(again.text.toString()).toBe('Kept.');
		});
	});
}
