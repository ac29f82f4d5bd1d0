import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LocalStore } from './local-store';
import type { SaveState } from './save-state';

let counter = 0;
const names: string[] = [];
function freshName(): string {
	const name = `concord-store-test-${Date.now()}-${counter++}`;
	names.push(name);
	return name;
}

function recordStates(store: LocalStore): SaveState['kind'][] {
	const kinds: SaveState['kind'][] = [store.state.kind];
	store.subscribe((s) => kinds.push(s.kind));
	return kinds;
}

/** Reads what IndexedDB holds for a store, through a connection of its own. */
async function storedText(name: string): Promise<string> {
	const db = await openDB(name);
	const updates = (await db.getAll('updates')) as Uint8Array[];
	db.close();
	const doc = new Y.Doc();
	for (const update of updates) Y.applyUpdate(doc, update);
	return doc.getText('t').toString();
}

function until(store: LocalStore, kind: SaveState['kind']): Promise<SaveState> {
	return new Promise((resolve) => {
		if (store.state.kind === kind) return resolve(store.state);
		const stop = store.subscribe((s) => s.kind === kind && (stop(), resolve(s)));
	});
}

afterEach(async () => {
	for (const name of names.splice(0)) await deleteDB(name);
});

describe('the local store (real IndexedDB)', () => {
	it('says saved only once what was typed is committed, and reloads it', async () => {
		const name = freshName();
		const doc = new Y.Doc();
		const store = new LocalStore(doc, name);
		const kinds = recordStates(store);
		await store.loaded;
		await store.flushed();
		doc.getText('t').insert(0, 'We agree to meet monthly.');
		expect(store.state.kind).toBe('saving');
		await store.flushed();
		expect(await storedText(name)).toBe('We agree to meet monthly.');
		expect(kinds).toEqual(['loading', 'saved', 'saving', 'saved']);
		await store.destroy();

		const reopened = new Y.Doc();
		const again = new LocalStore(reopened, name);
		await again.loaded;
		expect(reopened.getText('t').toString()).toBe('We agree to meet monthly.');
		await again.destroy();
	});

	it('stores changes made before the database finished opening', async () => {
		const name = freshName();
		const doc = new Y.Doc();
		const store = new LocalStore(doc, name);
		doc.getText('t').insert(0, 'early ');
		await store.loaded;
		doc.getText('t').insert(6, 'and late');
		await store.flushed();
		await store.destroy();
		expect(await storedText(name)).toBe('early and late');
	});

	it('compacts many small changes into one record without losing any', async () => {
		const name = freshName();
		const doc = new Y.Doc();
		const store = new LocalStore(doc, name);
		await store.loaded;
		for (let i = 0; i < 600; i++) doc.getText('t').insert(i, String(i % 10));
		await store.flushed();
		const records = async () => {
			const db = await openDB(name);
			const count = await db.count('updates');
			db.close();
			return count;
		};
		await expect.poll(records, { timeout: 10_000 }).toBeLessThan(200);
		await store.destroy();
		expect(await storedText(name)).toBe(Array.from({ length: 600 }, (_, i) => i % 10).join(''));
	});

	it('compacts while someone keeps typing without a pause', async () => {
		const name = freshName();
		const doc = new Y.Doc();
		const store = new LocalStore(doc, name);
		await store.loaded;
		const text = doc.getText('t');
		// Keystrokes every few milliseconds for well over the compaction delay: the records must be
		// merged while the typing goes on, not only once it stops.
		const until = performance.now() + 3000;
		let typed = 0;
		while (performance.now() < until || typed < 700) {
			text.insert(typed, String(typed++ % 10));
			await new Promise((resolve) => setTimeout(resolve, 2));
		}
		await store.flushed();
		const db = await openDB(name);
		const records = await db.count('updates');
		db.close();
		expect(records).toBeLessThan(typed);
		expect(records).toBeLessThan(600);
		await store.destroy();
		expect(await storedText(name)).toBe(Array.from({ length: typed }, (_, i) => i % 10).join(''));
	});

	it('keeps about one copy of the workspace however often it is opened', async () => {
		const name = freshName();
		const stored = async () => {
			const db = await openDB(name);
			const updates = (await db.getAll('updates')) as Uint8Array[];
			db.close();
			return { records: updates.length, bytes: updates.reduce((n, u) => n + u.length, 0) };
		};
		// A charter of some pages, written in the first session.
		let text = 'Each member reports on its pilot every quarter. '.repeat(400);
		for (let open = 1; open <= 50; open++) {
			const doc = new Y.Doc();
			const store = new LocalStore(doc, name);
			await store.loaded;
			if (open === 1) doc.getText('t').insert(0, text);
			else expect(doc.getText('t').toString()).toBe(text);
			// Each session writes a little: a sentence, typed in a few changes.
			for (const word of [`Session ${open} `, 'agrees ', 'to meet. ']) {
				doc.getText('t').insert(doc.getText('t').length, word);
				text += word;
			}
			await store.flushed();
			const state = Y.encodeStateAsUpdate(doc).length;
			const { records, bytes } = await stored();
			// The state, what this session typed, and the stand-in's empty change.
			expect(records, `records after open ${open}`).toBeLessThanOrEqual(5);
			expect(bytes / state, `stored ÷ state after open ${open}`).toBeLessThan(1.5);
			if (open === 1 || open === 50)
				console.log(
					`stored after ${open} open(s): ${records} records, ${bytes} bytes; ` +
						`${(bytes / state).toFixed(2)}× the state (V1), ` +
						`${(bytes / Y.encodeStateAsUpdateV2(doc).length).toFixed(2)}× its V2 encoding`
				);
			await store.destroy();
		}
	});

	it('turns into a failure, without throwing into the editor, when the database is deleted', async () => {
		const name = freshName();
		const doc = new Y.Doc();
		const store = new LocalStore(doc, name);
		await store.loaded;
		await deleteDB(name);
		expect(() => doc.getText('t').insert(0, 'lost?')).not.toThrow();
		const state = await until(store, 'failed');
		expect(state).toMatchObject({ kind: 'failed', reason: 'closed' });
		await expect(store.flushed()).rejects.toThrow();
		await store.destroy();
	});

	it('turns into a failure when the browser aborts a write, and keeps everything on retry', async () => {
		const name = freshName();
		const doc = new Y.Doc();
		const store = new LocalStore(doc, name);
		await store.loaded;
		// Injected failure: the next write's transaction is aborted by the browser, the way a
		// QuotaExceededError aborts it. (Quota overrides do not apply to test browser contexts.)
		const add = IDBObjectStore.prototype.add;
		IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args) {
			const request = add.apply(this, args);
			this.transaction.abort();
			return request;
		};
		try {
			doc.getText('t').insert(0, 'not stored');
			await expect(store.flushed()).rejects.toThrow();
		} finally {
			IDBObjectStore.prototype.add = add;
		}
		expect(store.state.kind).toBe('failed');
		doc.getText('t').insert(10, ', then typed while failing');
		expect(await storedText(name)).toBe('');

		expect(store.canRetry).toBe(true);
		store.retry();
		await store.flushed();
		expect(await storedText(name)).toBe('not stored, then typed while failing');
		await store.destroy();
	});

	it('refuses to load, instead of hanging, when the stored data cannot be read', async () => {
		const name = freshName();
		const getAll = IDBObjectStore.prototype.getAll;
		IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args) {
			const request = getAll.apply(this, args);
			this.transaction.abort();
			return request;
		};
		// LocalStore reads the stored changes itself and reports the failure through `loaded` and
		// its state, which is what this test checks; a rejection left by a library read is ignored.
		const ignoreLibraryRejection = (event: PromiseRejectionEvent) => event.preventDefault();
		window.addEventListener('unhandledrejection', ignoreLibraryRejection);
		const store = new LocalStore(new Y.Doc(), name);
		try {
			await expect(store.loaded).rejects.toThrow();
			expect(store.state.kind).toBe('failed');
		} finally {
			IDBObjectStore.prototype.getAll = getAll;
			await store.destroy();
			await new Promise((resolve) => setTimeout(resolve, 50));
			window.removeEventListener('unhandledrejection', ignoreLibraryRejection);
		}
	});
});
