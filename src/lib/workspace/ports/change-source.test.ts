import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FILE_ORIGIN } from '../origins';
import { changeSource } from './change-source';
import { MemoryDisk, MemoryStore } from './memory-store';
import { NoSync } from './no-sync';

describe('changeSource', () => {
	it('tells a change loaded from the store, from a peer, from a file and from this device apart', async () => {
		const doc = new Y.Doc();
		const store = new MemoryStore(doc, 'sources', new MemoryDisk());
		await store.loaded;
		const peer = { from: 'a peer' };
		const sync = { isRemote: (origin: unknown) => origin === peer };
		expect(changeSource(store, { store, sync })).toBe('store');
		expect(changeSource(peer, { store, sync })).toBe('peer');
		expect(changeSource(FILE_ORIGIN, { store, sync })).toBe('file');
		expect(changeSource(null, { store, sync })).toBe('this device');
		expect(changeSource(store, { sync })).toBe('this device');
		const alone = new NoSync(doc);
		expect(changeSource(peer, { sync: alone })).toBe('this device');
		alone.destroy();
		await store.destroy();
	});
});
