import { deleteDB, openDB } from 'idb';
import type * as Y from 'yjs';
import { UPDATES_STORE, applyRecord, describe, openWorkspaceDatabase } from './stored-records';

/** How long reading a damaged database may take before it stops with what it has. */
export const RESCUE_BUDGET_MS = 20_000;
/** Names of databases holding set-aside damaged data start with this, then the workspace id. */
const SET_ASIDE_PREFIX = 'concord-damaged-';

/** What could be read of a damaged workspace database. */
export interface RescuedData {
	/** Stored changes that were read and applied, and those that could not be. */
	readable: number;
	unreadable: number;
	/** False when reading stopped at its time budget before the last record. */
	complete: boolean;
}

/**
 * Reads a damaged workspace database record by record, each in a transaction of its own so that
 * one record the browser cannot read does not hide the others, and applies every record that is
 * a valid change to `doc`. Stops after `budgetMs`. Throws only when the database cannot be opened.
 */
export async function rescueStoredChanges(
	name: string,
	doc: Y.Doc,
	budgetMs = RESCUE_BUDGET_MS
): Promise<RescuedData> {
	const deadline = Date.now() + budgetMs;
	const db = await openWorkspaceDatabase(name, true);
	const result: RescuedData = { readable: 0, unreadable: 0, complete: true };
	try {
		if (!db.objectStoreNames.contains(UPDATES_STORE)) return result;
		let keys: IDBValidKey[];
		try {
			keys = await db.getAllKeys(UPDATES_STORE);
		} catch {
			return { ...result, complete: false };
		}
		for (const key of keys) {
			if (Date.now() > deadline) return { ...result, complete: false };
			const record = await db.get(UPDATES_STORE, key).catch(() => undefined);
			if (applyRecord(doc, record, null, true)) result.readable++;
			else result.unreadable++;
		}
		return result;
	} finally {
		db.close();
	}
}

/**
 * Copies a workspace's damaged database, record by record as stored (readable or not), into a
 * database of its own, named after the workspace and the time, and returns that name. Every
 * record the browser can still hand over is copied; the original is left as it is.
 */
export async function setAsideDamagedData(name: string, workspaceId: string): Promise<string> {
	const source = await openWorkspaceDatabase(name, true);
	const asideName = `${SET_ASIDE_PREFIX}${workspaceId}-${Date.now()}`;
	try {
		const stores = [...source.objectStoreNames];
		const aside = await openDB(asideName, 1, {
			upgrade(db) {
				for (const store of stores) db.createObjectStore(store);
			}
		});
		try {
			for (const store of stores) {
				const keys = await source.getAllKeys(store);
				for (const key of keys) {
					const value: unknown = await source.get(store, key).catch(() => undefined);
					if (value !== undefined) await aside.put(store, value, key);
				}
			}
		} finally {
			aside.close();
		}
	} catch (error) {
		await deleteDB(asideName).catch(() => undefined);
		throw new Error(`The damaged data could not be set aside (${describe(error)}).`);
	} finally {
		source.close();
	}
	return asideName;
}

/** Removes every set-aside copy of a workspace's damaged data (when the workspace is deleted). */
export async function deleteSetAsideData(workspaceId: string): Promise<void> {
	const prefix = `${SET_ASIDE_PREFIX}${workspaceId}-`;
	for (const { name } of await indexedDB.databases()) {
		if (name?.startsWith(prefix)) await deleteDB(name);
	}
}

/** Deletes a workspace database once its damaged data was set aside (or was not there at all). */
export async function discardDamagedDatabase(name: string): Promise<void> {
	await deleteDB(name);
}
