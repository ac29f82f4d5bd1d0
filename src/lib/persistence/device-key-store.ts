import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { WorkspaceId } from '../doc';
import {
	createDeviceKeys,
	restoreDeviceKeys,
	type DeviceKeys,
	type StoredDeviceKeys
} from '../trust/device-keys';

/**
 * This device's keys for each workspace it keeps: made on first use, kept on the device, never
 * synced and never in a workspace file; forgotten with the workspace.
 */
export interface DeviceKeyStore {
	/** This device's keys for a workspace; the first call for a workspace makes and keeps them. */
	keysFor(workspaceId: WorkspaceId): Promise<DeviceKeys>;
	/** Forgets a workspace's keys (when the workspace is removed from this device). */
	forget(workspaceId: WorkspaceId): Promise<void>;
}

interface KeysSchema extends DBSchema {
	keys: { key: string; value: { workspaceId: string; keys: StoredDeviceKeys } };
}

/** The name of the database holding this device's keys. */
export const DEVICE_KEYS_DB_NAME = 'concord-device-keys';

/** Why this device's keys for a workspace could not be kept or read back. */
export class DeviceKeysError extends Error {
	constructor(detail: string) {
		super(`This device could not keep its keys for the workspace: ${detail}`);
		this.name = 'DeviceKeysError';
	}
}

function storedKeysAreWhole(value: unknown): value is { keys: StoredDeviceKeys } {
	const keys = (value as { keys?: Partial<StoredDeviceKeys> } | undefined)?.keys;
	if (keys?.kind === 'library') return keys.signingSecret instanceof Uint8Array;
	return keys?.kind === 'webcrypto' && keys.signingPublic instanceof Uint8Array;
}

/**
 * The keys in IndexedDB, as non-extractable `CryptoKey`s where the browser signs with Ed25519.
 * Two tabs making a workspace's keys at once agree on one pair: the first stored wins.
 */
export class IndexedDbDeviceKeys implements DeviceKeyStore {
	#db: Promise<IDBPDatabase<KeysSchema>> | null = null;
	readonly #inUse = new Map<string, Promise<DeviceKeys>>();

	constructor(private readonly dbName = DEVICE_KEYS_DB_NAME) {}

	#open(): Promise<IDBPDatabase<KeysSchema>> {
		this.#db ??= openDB<KeysSchema>(this.dbName, 1, {
			upgrade: (db) => void db.createObjectStore('keys', { keyPath: 'workspaceId' }),
			blocking: () => this.close(),
			terminated: () => this.close()
		});
		return this.#db;
	}

	keysFor(workspaceId: WorkspaceId): Promise<DeviceKeys> {
		let keys = this.#inUse.get(workspaceId);
		if (!keys) {
			keys = this.#load(workspaceId);
			this.#inUse.set(workspaceId, keys);
			keys.catch(() => this.#inUse.delete(workspaceId));
		}
		return keys;
	}

	async #load(workspaceId: WorkspaceId): Promise<DeviceKeys> {
		try {
			const db = await this.#open();
			const kept = await db.get('keys', workspaceId);
			if (kept !== undefined) {
				if (!storedKeysAreWhole(kept)) throw new DeviceKeysError('the stored keys are damaged');
				return restoreDeviceKeys(kept.keys);
			}
			const made = await createDeviceKeys();
			try {
				await db.add('keys', { workspaceId, keys: made.stored });
				return made;
			} catch (error) {
				// Another tab stored its pair first: use that one, so the device signs as one.
				const first = await db.get('keys', workspaceId);
				if (first && storedKeysAreWhole(first)) return restoreDeviceKeys(first.keys);
				throw error;
			}
		} catch (error) {
			if (error instanceof DeviceKeysError) throw error;
			throw new DeviceKeysError(error instanceof Error ? error.message : String(error));
		}
	}

	async forget(workspaceId: WorkspaceId): Promise<void> {
		this.#inUse.delete(workspaceId);
		await (await this.#open()).delete('keys', workspaceId);
	}

	/** Closes the connection; the next call opens it again. */
	close(): void {
		const db = this.#db;
		this.#db = null;
		void db?.then((d) => d.close()).catch(() => undefined);
	}
}

/** Keys held in memory, for tests and the convergence campaign (library keys: quick to make). */
export class MemoryDeviceKeys implements DeviceKeyStore {
	readonly #keys = new Map<string, Promise<DeviceKeys>>();

	keysFor(workspaceId: WorkspaceId): Promise<DeviceKeys> {
		let keys = this.#keys.get(workspaceId);
		if (!keys) this.#keys.set(workspaceId, (keys = createDeviceKeys({ library: true })));
		return keys;
	}

	async forget(workspaceId: WorkspaceId): Promise<void> {
		this.#keys.delete(workspaceId);
	}
}

/** This browser's device keys. */
export const deviceKeys = new IndexedDbDeviceKeys();
