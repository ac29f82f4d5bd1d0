import { describe, expect, it } from 'vitest';
import {
	createDeviceKeys,
	restoreDeviceKeys,
	verifySignature,
	type StoredDeviceKeys
} from './device-keys';
import { seal, unseal } from './sealed';

/** Stores `value` in a fresh IndexedDB database and reads it back, as the device will. */
async function throughIndexedDb(value: StoredDeviceKeys): Promise<StoredDeviceKeys> {
	const name = `device-keys-test-${crypto.randomUUID()}`;
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = indexedDB.open(name, 1);
		request.onupgradeneeded = () => request.result.createObjectStore('keys');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const run = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) =>
		new Promise<T>((resolve, reject) => {
			const request = act(db.transaction('keys', mode).objectStore('keys'));
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	await run('readwrite', (store) => store.put(value, 'device'));
	const back = await run<StoredDeviceKeys>('readonly', (store) => store.get('device'));
	db.close();
	indexedDB.deleteDatabase(name);
	return back;
}

describe("a device's keys in Chromium", () => {
	it('are kept in IndexedDB as keys no script can read, and sign again after a reload', async () => {
		const keys = await createDeviceKeys();
		expect(keys.stored.kind).toBe('webcrypto');
		const stored = await throughIndexedDb(keys.stored);
		if (stored.kind !== 'webcrypto') throw new Error('stored as the wrong kind');
		expect(stored.signing.privateKey.extractable).toBe(false);
		await expect(crypto.subtle.exportKey('pkcs8', stored.signing.privateKey)).rejects.toThrow();

		const again = restoreDeviceKeys(stored);
		const message = new TextEncoder().encode('check-in: the report is drafted');
		expect(verifySignature(keys.signingPublic, message, await again.sign(message))).toBe(true);
		expect(await again.agree(keys.agreementPublic)).toEqual(await keys.agree(keys.agreementPublic));
		// A room secret sealed for this device opens with the stored key.
		const secret = crypto.getRandomValues(new Uint8Array(32));
		const sealed = await seal(keys.agreementPublic, secret, 'ws-1 room secret');
		expect(await unseal(again, sealed, 'ws-1 room secret')).toEqual(secret);
	});
});
