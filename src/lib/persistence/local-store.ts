import { deleteDB, wrap } from 'idb';
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import type * as Y from 'yjs';
import type { WorkspaceId } from '../doc';
import { classifyStorageError, type SaveState } from './save-state';

const COMPACTION_DELAY_MS = 1000;

/** The IndexedDB database that holds one workspace on this device. */
export function databaseNameFor(id: WorkspaceId): string {
	return `concord-ws-${id}`;
}

/**
 * Keeps one workspace document on this device with y-indexeddb, and tells the truth about it:
 * `saved` only once IndexedDB has committed every change made so far, `failed` as soon as a write
 * fails (quota exceeded, database closed or deleted under us) instead of losing it silently.
 */
export class LocalStore {
	readonly #provider: IndexeddbPersistence;
	readonly #doc: Y.Doc;
	readonly #listeners = new Set<(state: SaveState) => void>();
	#state: SaveState = { kind: 'loading' };
	#changeCount = 0;
	#destroyed = false;
	#compaction: ReturnType<typeof setTimeout> | undefined;
	/** Resolves once what this device held is loaded into the document; rejects if it cannot be. */
	readonly loaded: Promise<void>;

	constructor(doc: Y.Doc, name: string) {
		this.#doc = doc;
		this.#provider = new IndexeddbPersistence(name, doc);
		// y-indexeddb loads and compacts the document; each change is written here instead of by
		// its own handler, which neither reports when a write commits nor when it fails.
		doc.off('update', this.#provider._storeUpdate);
		doc.on('update', this.#onUpdate);
		this.loaded = new Promise<void>((resolve, reject) => {
			this.#provider._db.then(
				(db) => this.#watch(db),
				(error: unknown) => {
					this.#fail(error);
					reject(error instanceof Error ? error : new Error(String(error)));
				}
			);
			void this.#provider.whenSynced.then(() => {
				resolve();
				this.#confirm(this.#changeCount);
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
		return new Promise((resolve, reject) => {
			const check = (state: SaveState) => {
				if (state.kind === 'saved') resolve();
				else if (state.kind === 'failed') reject(new Error(state.detail));
				else return;
				stop();
			};
			const stop = this.subscribe(check);
			check(this.#state);
		});
	}

	/** Stops storing and closes the database; the data stays on this device. */
	async destroy(): Promise<void> {
		if (this.#destroyed) return;
		this.#destroyed = true;
		clearTimeout(this.#compaction);
		this.#doc.off('update', this.#onUpdate);
		this.#listeners.clear();
		await this.#provider.destroy().catch(() => undefined);
	}

	#onUpdate = (update: Uint8Array, origin: unknown) => {
		if (origin === this.#provider || this.#destroyed) return;
		const change = ++this.#changeCount;
		if (this.#state.kind === 'failed') return;
		this.#set({ kind: 'saving' });
		// Before the database is open, changes are part of the snapshot y-indexeddb stores on load.
		const db = this.#provider.db;
		if (db) this.#write(db, update, change);
	};

	/** Appends one change in y-indexeddb's format; read-write transactions commit in order. */
	#write(db: IDBDatabase, update: Uint8Array, change: number) {
		let committed: Promise<void>;
		try {
			const tx = wrap(db).transaction('updates', 'readwrite');
			tx.store.add(update).catch(() => undefined); // its failure is the transaction's
			committed = tx.done;
		} catch (error) {
			this.#fail(error);
			return;
		}
		committed.then(
			() => this.#settled(change),
			(error: unknown) => this.#fail(error)
		);
		if (++this.#provider._dbsize >= PREFERRED_TRIM_SIZE) this.#scheduleCompaction();
	}

	/** Merges the stored changes into one, as y-indexeddb does, a moment after a burst of typing. */
	#scheduleCompaction() {
		clearTimeout(this.#compaction);
		this.#compaction = setTimeout(() => {
			if (!this.#destroyed) storeState(this.#provider, false).catch((e: unknown) => this.#fail(e));
		}, COMPACTION_DELAY_MS);
	}

	/** After loading: an empty read-write transaction completes once the load's writes have. */
	#confirm(change: number) {
		const db = this.#provider.db;
		if (!db || this.#destroyed || this.#state.kind === 'failed') return;
		try {
			wrap(db)
				.transaction('updates', 'readwrite')
				.done.then(
					() => this.#settled(change),
					(error: unknown) => this.#fail(error)
				);
		} catch (error) {
			this.#fail(error);
		}
	}

	#settled(change: number) {
		if (change === this.#changeCount && this.#state.kind !== 'failed') this.#set({ kind: 'saved' });
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
		if (this.#destroyed || this.#state.kind === 'failed') return;
		this.#set({ kind: 'failed', ...classifyStorageError(error) });
	}

	#set(state: SaveState) {
		if (this.#state.kind === state.kind && state.kind !== 'failed') return;
		this.#state = state;
		for (const listener of this.#listeners) listener(state);
	}
}

/** Removes a workspace's data from this device for good. */
export async function deleteLocalData(id: WorkspaceId): Promise<void> {
	await deleteDB(databaseNameFor(id));
}
