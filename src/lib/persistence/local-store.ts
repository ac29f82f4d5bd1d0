import { deleteDB, wrap } from 'idb';
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import * as Y from 'yjs';
import type { WorkspaceId } from '../doc';
import { envelopeDatabaseName } from './envelope-store';
import { deleteSetAsideData } from './damaged-data';
import { classifyStorageError, untilSaved, type SaveState } from './save-state';
import {
	CUSTOM_STORE as CUSTOM,
	UPDATES_STORE as UPDATES,
	loadStoredChanges,
	openWorkspaceDatabase
} from './stored-records';

const COMPACTION_DELAY_MS = 1000;
/**
 * Changes are also merged once their bytes pass a share of the last merged snapshot (or a floor),
 * so that what this device stores stays near the workspace's size, however small the workspace.
 */
const APPENDED_SHARE = 0.05;
const MIN_APPENDED_BYTES = 1024;
const CONFIRMATION_KEY = 'concord:confirmed-change';

/** The IndexedDB database that holds one workspace on this device. */
export function databaseNameFor(id: WorkspaceId): string {
	return `concord-ws-${id}`;
}

/** How a local store opens its database. */
export interface LocalStoreOptions {
	/**
	 * The workspace is known to have data here: a missing database is a `LocalDataError`, never
	 * an empty workspace. Off when a workspace is first written (create, join, file).
	 */
	mustExist?: boolean;
}

/**
 * Keeps one workspace document on this device with y-indexeddb, and tells the truth about it:
 * `saved` only once every change made so far is durably committed, `failed` as soon as a write
 * fails (quota exceeded, database closed or deleted under us) instead of losing it silently.
 * Loading checks every stored change first: damaged or missing data rejects `loaded` with a
 * `LocalDataError` instead of showing a workspace that silently lacks it.
 */
export class LocalStore {
	#provider: IndexeddbPersistence | null = null;
	readonly #doc: Y.Doc;
	readonly #listeners = new Set<(state: SaveState) => void>();
	#state: SaveState = { kind: 'loading' };
	#changeCount = 0;
	/** Bytes of the changes appended since the last compaction, and the size that compaction wrote. */
	#appendedBytes = 0;
	#compactedBytes = 0;
	#confirming = false;
	#destroyed = false;
	#compaction: ReturnType<typeof setTimeout> | undefined;
	#rejectLoad: ((error: Error) => void) | null = null;
	/** Resolves once what this device held is loaded into the document; rejects if it cannot be. */
	readonly loaded: Promise<void>;

	/** Whether the document held changes of its own before it was loaded (a workspace being created). */
	readonly #heldBefore: boolean;

	constructor(doc: Y.Doc, name: string, options: LocalStoreOptions = {}) {
		this.#doc = doc;
		this.#heldBefore = doc.store.clients.size > 0;
		doc.on('update', this.#onUpdate);
		this.loaded = this.#load(name, options.mustExist ?? false);
	}

	async #load(name: string, mustExist: boolean): Promise<void> {
		let next: number;
		let records: number;
		try {
			const db = await openWorkspaceDatabase(name, mustExist);
			try {
				({ next, records } = await loadStoredChanges(db, this.#doc, this, mustExist));
			} finally {
				db.close();
			}
		} catch (error) {
			this.#fail(error);
			throw error;
		}
		if (this.#destroyed) return;
		// y-indexeddb stores the state its document holds before it reads (the whole workspace,
		// here, on every open). It is given an empty stand-in for that first moment, so that what
		// it stores then is an empty change; everything after (reading what another tab added,
		// compacting) works on the workspace's document.
		const standIn = new Y.Doc();
		const provider = new IndexeddbPersistence(name, standIn);
		provider.doc = this.#doc;
		standIn.off('update', provider._storeUpdate);
		standIn.off('destroy', provider.destroy);
		// What was just loaded is not read again; only what another tab added since.
		provider._dbref = next;
		// Each change is written here instead of by y-indexeddb's own handler (left on the stand-in),
		// which neither reports when a write commits nor when it fails.
		this.#provider = provider;
		await new Promise<void>((resolve, reject) => {
			this.#rejectLoad = (error) => {
				this.#rejectLoad = null;
				reject(error);
			};
			provider._db.then(
				(db) => this.#watch(db),
				(error: unknown) => this.#fail(error)
			);
			void provider.whenSynced.then(() => {
				standIn.destroy();
				if (this.#rejectLoad === null) return;
				this.#rejectLoad = null;
				resolve();
				// Once on opening, the changes of earlier sessions, those the document held before and
				// those made while the database opened become one record (in one transaction: the
				// whole state is added and what it holds removed together), before the confirmation
				// that says they are stored.
				if (records > 1 || this.#changeCount > 0 || this.#heldBefore) this.#compact();
				this.#confirm();
			});
		});
	}

	/** The current save state. */
	get state(): SaveState {
		return this.#state;
	}

	/** Calls `listener` on every change of save state; returns the function that stops it. */
	subscribe(listener: (state: SaveState) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Resolves once every change made so far is on disk; rejects as soon as saving fails. */
	flushed(): Promise<void> {
		return untilSaved(this);
	}

	/** Whether a change came from this store (loading what the device held), not from a person. */
	isOwnOrigin(origin: unknown): boolean {
		return origin === this || (origin !== null && origin === this.#provider);
	}

	/** Whether `retry()` can help: not when the database itself is gone. */
	get canRetry(): boolean {
		return this.#state.kind === 'failed' && this.#state.reason !== 'closed' && !!this.#provider?.db;
	}

	/**
	 * After a failed write (for example once space was freed), stores the whole document again, so
	 * that every change made since the failure is kept.
	 */
	retry(): void {
		if (!this.canRetry || !this.#provider) return;
		this.#set({ kind: 'saving' });
		storeState(this.#provider, true).then(
			() => this.#confirm(),
			(error: unknown) => this.#fail(error)
		);
	}

	/** Stops storing and closes the database; the data stays on this device. */
	async destroy(): Promise<void> {
		if (this.#destroyed) return;
		this.#destroyed = true;
		clearTimeout(this.#compaction);
		this.#doc.off('update', this.#onUpdate);
		this.#listeners.clear();
		await this.#provider?.destroy().catch(() => undefined);
	}

	#onUpdate = (update: Uint8Array, origin: unknown) => {
		if (this.isOwnOrigin(origin) || this.#destroyed) return;
		this.#changeCount++;
		if (this.#state.kind === 'failed') return;
		this.#set({ kind: 'saving' });
		// Before the database is open, changes are part of the snapshot y-indexeddb stores on load.
		const db = this.#provider?.db;
		if (!db) return;
		this.#write(db, update);
		this.#confirm();
	};

	/** Appends one change in y-indexeddb's format. */
	#write(db: IDBDatabase, update: Uint8Array) {
		try {
			const tx = wrap(db).transaction(UPDATES, 'readwrite');
			tx.store.add(update).catch(() => undefined); // its failure is the transaction's
			tx.done.catch((error: unknown) => this.#fail(error));
		} catch (error) {
			this.#fail(error);
			return;
		}
		this.#appendedBytes += update.length;
		const many = this.#provider && ++this.#provider._dbsize >= PREFERRED_TRIM_SIZE;
		if (
			many ||
			this.#appendedBytes > Math.max(MIN_APPENDED_BYTES, this.#compactedBytes * APPENDED_SHARE)
		)
			this.#scheduleCompaction();
	}

	/**
	 * Confirms, with one strict (flushed to disk) transaction at a time, that every change so far is
	 * stored. Read-write transactions over the same store run in the order they were created, so
	 * when this one commits, every write started before it has committed too.
	 */
	#confirm() {
		const db = this.#provider?.db;
		if (!db || this.#confirming || this.#destroyed || this.#state.kind === 'failed') return;
		const change = this.#changeCount;
		this.#confirming = true;
		let committed: Promise<void>;
		try {
			const tx = wrap(db).transaction([UPDATES, CUSTOM], 'readwrite', { durability: 'strict' });
			tx.objectStore(CUSTOM)
				.put(change, CONFIRMATION_KEY)
				.catch(() => undefined);
			committed = tx.done;
		} catch (error) {
			this.#confirming = false;
			this.#fail(error);
			return;
		}
		committed.then(
			() => {
				this.#confirming = false;
				if (this.#state.kind === 'failed' || this.#destroyed) return;
				if (change === this.#changeCount) this.#set({ kind: 'saved' });
				else this.#confirm();
			},
			(error: unknown) => {
				this.#confirming = false;
				this.#fail(error);
			}
		);
	}

	/**
	 * Merges the stored changes into one, as y-indexeddb does, a moment after they pass the trim
	 * size. The moment is not put off by further typing: someone who types without a pause for
	 * minutes would otherwise pile up thousands of records, several times the workspace's size.
	 */
	#scheduleCompaction() {
		if (this.#compaction !== undefined) return;
		this.#compaction = setTimeout(() => {
			this.#compaction = undefined;
			this.#compact();
		}, COMPACTION_DELAY_MS);
	}

	#compact() {
		if (this.#destroyed || !this.#provider) return;
		this.#appendedBytes = 0;
		// The snapshot storeState writes is the whole state in version 1; its size sets when the
		// next compaction is due.
		this.#compactedBytes = Y.encodeStateAsUpdate(this.#doc).length;
		storeState(this.#provider, true).catch((e: unknown) => this.#fail(e));
	}

	#watch(db: IDBDatabase) {
		// Transaction failures bubble up to the database object, whoever started the transaction.
		db.addEventListener('abort', (event) => this.#fail((event.target as IDBTransaction).error));
		db.addEventListener('error', (event) => this.#fail((event.target as IDBRequest).error));
		db.addEventListener('close', () => this.#fail(new DOMException('closed', 'InvalidStateError')));
		db.addEventListener('versionchange', () =>
			this.#fail(new DOMException('deleted or upgraded elsewhere', 'InvalidStateError'))
		);
	}

	#fail(error: unknown) {
		if (this.#destroyed) return;
		const failure = classifyStorageError(error);
		this.#rejectLoad?.(new Error(failure.detail));
		if (this.#state.kind !== 'failed') this.#set({ kind: 'failed', ...failure });
	}

	#set(state: SaveState) {
		if (this.#state.kind === state.kind && state.kind !== 'failed') return;
		this.#state = state;
		for (const listener of this.#listeners) listener(state);
	}
}

/** Removes a workspace's data from this device for good, with any set-aside damaged copies. */
export async function deleteLocalData(id: WorkspaceId): Promise<void> {
	await deleteDB(databaseNameFor(id));
	await deleteDB(envelopeDatabaseName(id));
	await deleteSetAsideData(id);
}

/** Every workspace database on this device, by workspace id, for finding leftovers. */
export async function localWorkspaceIds(): Promise<string[]> {
	const prefix = databaseNameFor('' as WorkspaceId);
	const databases = await indexedDB.databases();
	return databases.flatMap((d) =>
		d.name?.startsWith(prefix) ? [d.name.slice(prefix.length)] : []
	);
}
