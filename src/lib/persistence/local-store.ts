import { deleteDB, wrap } from 'idb';
import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import type { WorkspaceId } from '../doc';
import { classifyStorageError, type SaveState } from './save-state';

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
	/** Resolves once what this device held is loaded into the document; rejects if it cannot be. */
	readonly loaded: Promise<void>;

	constructor(doc: Y.Doc, name: string) {
		this.#doc = doc;
		this.#provider = new IndexeddbPersistence(name, doc);
		// y-indexeddb writes each change from its own update handler and would throw into the
		// editor if the database is gone: run that handler guarded, and watch what it started.
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
		this.#doc.off('update', this.#onUpdate);
		this.#listeners.clear();
		await this.#provider.destroy().catch(() => undefined);
	}

	#onUpdate = (update: Uint8Array, origin: unknown) => {
		if (origin === this.#provider || this.#destroyed) return;
		this.#changeCount++;
		if (this.#state.kind === 'failed') return;
		try {
			this.#provider._storeUpdate(update, origin);
		} catch (error) {
			this.#fail(error);
			return;
		}
		this.#set({ kind: 'saving' });
		if (this.#provider.synced) this.#confirm(this.#changeCount);
	};

	/**
	 * Read-write transactions on one store run in the order they were created, so once this empty
	 * one completes, every write y-indexeddb started before it has committed or failed.
	 */
	#confirm(changeCount: number) {
		const db = this.#provider.db;
		if (!db || this.#destroyed || this.#state.kind === 'failed') return;
		let done: Promise<void>;
		try {
			done = wrap(db).transaction('updates', 'readwrite').done;
		} catch (error) {
			this.#fail(error);
			return;
		}
		done.then(
			() => {
				if (changeCount === this.#changeCount && this.#state.kind !== 'failed') {
					this.#set({ kind: 'saved' });
				}
			},
			(error: unknown) => this.#fail(error)
		);
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
