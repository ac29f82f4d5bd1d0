import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryDisk, MemoryStore } from './memory-store';
import { runStoreContract } from './store-contract';

const disk = new MemoryDisk();
runStoreContract('the in-memory store', () => ({
	open: (doc, name, options) => new MemoryStore(doc, name, disk, options),
	remove: async (name) => disk.delete(name)
}));

describe('the in-memory store on a full disk', () => {
	const full = new MemoryDisk();
	let store: MemoryStore | null = null;
	afterEach(async () => {
		await store?.destroy();
		full.full = false;
	});

	it('says saving failed, keeps failing until retried, and then stores everything', async () => {
		const doc = new Y.Doc();
		store = new MemoryStore(doc, 'full', full);
		await store.loaded;
		await store.flushed();
		full.full = true;
		doc.getText('body').insert(0, 'First. ');
		await expect(store.flushed()).rejects.toThrow('QuotaExceededError');
		expect(store.state).toMatchObject({ kind: 'failed', reason: 'quota' });
		doc.getText('body').insert(7, 'Second.');
		expect(store.canRetry).toBe(true);
		full.full = false;
		store.retry();
		await store.flushed();
		const again = new Y.Doc();
		const reopened = new MemoryStore(again, 'full', full, { mustExist: true });
		await reopened.loaded;
		expect(again.getText('body').toString()).toBe('First. Second.');
		await reopened.destroy();
	});
});
