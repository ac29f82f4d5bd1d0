import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceId } from '../doc';
import { verifySignature } from '../trust/device-keys';
import { DeviceKeysError, IndexedDbDeviceKeys } from './device-key-store';

const DB = 'concord-device-keys-test';
const ws = (id: string) => id as WorkspaceId;
const message = new TextEncoder().encode('check-in: the budget line is agreed');

describe("this device's keys per workspace (real IndexedDB)", () => {
	const opened: IndexedDbDeviceKeys[] = [];
	const store = () => {
		const s = new IndexedDbDeviceKeys(DB);
		opened.push(s);
		return s;
	};
	afterEach(async () => {
		opened.splice(0).forEach((s) => s.close());
		await deleteDB(DB);
	});

	it('are made once, kept non-extractable, and sign as the same device after a reload', async () => {
		const first = await store().keysFor(ws('ws-a'));
		expect(first.stored.kind).toBe('webcrypto');
		const reloaded = await store().keysFor(ws('ws-a'));
		expect(reloaded.signingPublic).toEqual(first.signingPublic);
		expect(reloaded.agreementPublic).toEqual(first.agreementPublic);
		if (reloaded.stored.kind !== 'webcrypto') throw new Error('stored as the wrong kind');
		expect(reloaded.stored.signing.privateKey.extractable).toBe(false);
		expect(verifySignature(first.signingPublic, message, await reloaded.sign(message))).toBe(true);
		// Another workspace gets keys of its own.
		const other = await store().keysFor(ws('ws-b'));
		expect(other.signingPublic).not.toEqual(first.signingPublic);
	});

	it('agree on one pair when two tabs make them at once', async () => {
		const [one, two] = await Promise.all([
			store().keysFor(ws('ws-c')),
			store().keysFor(ws('ws-c'))
		]);
		expect(one.signingPublic).toEqual(two.signingPublic);
		expect((await store().keysFor(ws('ws-c'))).signingPublic).toEqual(one.signingPublic);
	});

	it('are new after the workspace is forgotten', async () => {
		const keys = store();
		const before = await keys.keysFor(ws('ws-d'));
		await keys.forget(ws('ws-d'));
		expect((await store().keysFor(ws('ws-d'))).signingPublic).not.toEqual(before.signingPublic);
	});

	it('say clearly when what is stored is damaged, and do not overwrite it', async () => {
		await store().keysFor(ws('ws-e'));
		opened.splice(0).forEach((s) => s.close());
		const db = await openDB(DB, 1);
		await db.put('keys', { workspaceId: 'ws-e', keys: { kind: 'library', signingSecret: 'lost' } });
		db.close();
		await expect(store().keysFor(ws('ws-e'))).rejects.toBeInstanceOf(DeviceKeysError);
		const again = await openDB(DB, 1);
		expect((await again.get('keys', 'ws-e')).keys.signingSecret).toBe('lost');
		again.close();
	});
});
