import { openDB, type IDBPDatabase } from 'idb';
import * as Y from 'yjs';

/** y-indexeddb's stores: the changes, and its key-value store. */
export const UPDATES_STORE = 'updates';
/** y-indexeddb's key-value store, where the last save confirmation is kept. */
export const CUSTOM_STORE = 'custom';

/**
 * Why a workspace's data on this device could not be loaded: `missing` (the device lists the
 * workspace but its database is gone), `unreadable` (the browser cannot read the database) or
 * `damaged` (some stored changes are not valid changes).
 */
export type LocalDataProblem = 'missing' | 'unreadable' | 'damaged';

/** Thrown when opening a workspace finds its stored data gone or damaged; never an empty workspace. */
export class LocalDataError extends Error {
	constructor(
		readonly problem: LocalDataProblem,
		readonly detail: string,
		/** How many stored changes could be read, and how many could not. */
		readonly counts: { readable: number; unreadable: number } = { readable: 0, unreadable: 0 }
	) {
		super(`The data of this workspace on this device is ${problem}: ${detail}`);
		this.name = 'LocalDataError';
	}
}

/** Creates y-indexeddb's stores, the way it does itself, in a database being created. */
export function createWorkspaceStores(db: IDBDatabase): void {
	db.createObjectStore(UPDATES_STORE, { autoIncrement: true });
	db.createObjectStore(CUSTOM_STORE);
}

/**
 * Opens a workspace database. With `mustExist`, a database that is not there is not created
 * (its creation is rolled back) and `LocalDataError('missing')` is thrown instead.
 */
export async function openWorkspaceDatabase(
	name: string,
	mustExist: boolean
): Promise<IDBPDatabase> {
	let missing = false;
	try {
		return await openDB(name, undefined, {
			upgrade(db, _old, _new, transaction) {
				if (mustExist) {
					missing = true;
					transaction.done.catch(() => undefined); // the abort below is the point
					transaction.abort();
				} else createWorkspaceStores(db as unknown as IDBDatabase);
			}
		});
	} catch (error) {
		if (missing) throw new LocalDataError('missing', 'no database');
		throw new LocalDataError('unreadable', describe(error));
	}
}

/** An error's name and message, for details shown to a person. */
export function describe(error: unknown): string {
	if (error instanceof Error || error instanceof DOMException) {
		return [error.name, error.message].filter(Boolean).join(': ');
	}
	return String(error);
}

/**
 * Applies one stored record to `doc` if it is a valid change; returns whether it was applied.
 * With `decodeFirst`, a record is decoded before it touches the document, so that a damaged one
 * leaves nothing of itself behind (for rescuing; opening discards the document on any failure).
 */
export function applyRecord(
	doc: Y.Doc,
	record: unknown,
	origin: unknown,
	decodeFirst: boolean
): boolean {
	if (!(record instanceof Uint8Array)) return false;
	try {
		if (decodeFirst) Y.decodeUpdate(record);
		Y.applyUpdate(doc, record, origin);
		return true;
	} catch {
		return false;
	}
}

/**
 * Loads every change stored in a workspace database into `doc`, as one transaction with `origin`,
 * and returns the key after the last record read and how many records it read. Throws
 * `LocalDataError` when a store is missing,
 * when it holds no change at all though `mustHoldChanges`,
 * the records cannot be read, or any record is not a valid change: then the document must not be
 * shown as the workspace, since it would silently lack what the damaged records held.
 */
export async function loadStoredChanges(
	db: IDBPDatabase,
	doc: Y.Doc,
	origin: unknown,
	mustHoldChanges: boolean
): Promise<{ next: number; records: number }> {
	const names = db.objectStoreNames;
	if (!names.contains(UPDATES_STORE) || !names.contains(CUSTOM_STORE)) {
		throw new LocalDataError('damaged', 'stores are missing');
	}
	let keys: IDBValidKey[];
	let records: unknown[];
	try {
		const tx = db.transaction(UPDATES_STORE, 'readonly');
		[keys, records] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
	} catch (error) {
		throw new LocalDataError('unreadable', describe(error));
	}
	// Every workspace is stored with at least one change when it is created or joined.
	if (mustHoldChanges && records.length === 0) throw new LocalDataError('missing', 'no changes');
	let unreadable = 0;
	doc.transact(() => {
		for (const record of records) if (!applyRecord(doc, record, origin, false)) unreadable++;
	}, origin);
	if (unreadable > 0) {
		throw new LocalDataError('damaged', `${unreadable} of ${records.length} changes are invalid`, {
			readable: records.length - unreadable,
			unreadable
		});
	}
	const last = keys.at(-1);
	return { next: typeof last === 'number' ? last + 1 : 0, records: records.length };
}
