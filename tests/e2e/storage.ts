import type { Page } from '@playwright/test';

/** Overwrites every stored change of a workspace but the first with bytes that are no change. */
export async function damageStoredChanges(page: Page, workspaceId: string): Promise<number> {
	return page.evaluate(async (id) => {
		const open = indexedDB.open(`concord-ws-${id}`);
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const tx = db.transaction('updates', 'readwrite');
		const store = tx.objectStore('updates');
		const keys = await new Promise<IDBValidKey[]>((resolve) => {
			const request = store.getAllKeys();
			request.onsuccess = () => resolve(request.result);
		});
		for (const key of keys.slice(1)) {
			store.put(
				Uint8Array.from({ length: 40 }, (_, i) => (i * 97 + 13) % 256),
				key
			);
		}
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
		return keys.length - 1;
	}, workspaceId);
}
