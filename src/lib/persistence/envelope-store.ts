import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { WorkspaceId } from '../doc';

/**
 * The signed changes this device counted for one workspace, kept as they came so that they can
 * be passed on to any copy that lacks them, and read back on opening without checking their
 * signatures again (this device checked them when they came). In a database of its own per
 * workspace, beside the document's.
 */
interface EnvelopeSchema extends DBSchema {
	envelopes: { key: number; value: Uint8Array };
}

/** The name of the database keeping a workspace's signed changes. */
export function envelopeDatabaseName(id: WorkspaceId): string {
	return `concord-envelopes-${id}`;
}

/** Why a workspace's signed changes could not be kept on this device. */
export class EnvelopeStoreError extends Error {
	constructor(detail: string) {
		super(`This device could not keep the workspace's signed changes: ${detail}`);
		this.name = 'EnvelopeStoreError';
	}
}

/**
 * Appends counted envelopes in the order they were counted (so each lane reads back in order)
 * and reads them all back. Appends are batched into one transaction per task.
 */
export class EnvelopeStore {
	#db: Promise<IDBPDatabase<EnvelopeSchema>> | null = null;
	#queued: Uint8Array[] = [];
	#writing: Promise<void> = Promise.resolve();

	constructor(private readonly dbName: string) {}

	#open(): Promise<IDBPDatabase<EnvelopeSchema>> {
		this.#db ??= openDB<EnvelopeSchema>(this.dbName, 1, {
			upgrade: (db) => void db.createObjectStore('envelopes', { autoIncrement: true }),
			blocking: () => this.close(),
			terminated: () => this.close()
		});
		return this.#db;
	}

	/** Keeps an envelope after those before it; `saved()` says when it is on disk. */
	append(envelope: Uint8Array): void {
		this.#queued.push(envelope);
		if (this.#queued.length > 1) return;
		// A write that failed does not stop the next: `saved()` tells of the latest.
		this.#writing = this.#writing
			.catch(() => undefined)
			.then(async () => {
				await Promise.resolve();
				const batch = this.#queued;
				this.#queued = [];
				try {
					const tx = (await this.#open()).transaction('envelopes', 'readwrite');
					for (const bytes of batch) void tx.store.add(bytes);
					await tx.done;
				} catch (error) {
					throw new EnvelopeStoreError(error instanceof Error ? error.message : String(error));
				}
			});
	}

	/** Resolves once everything appended so far is on disk; rejects if it could not be written. */
	saved(): Promise<void> {
		return this.#writing;
	}

	/** Every envelope kept, in the order it was counted; values that are not bytes are left out. */
	async load(): Promise<Uint8Array[]> {
		const all: unknown[] = await (await this.#open()).getAll('envelopes');
		const envelopes = all.filter((value): value is Uint8Array => value instanceof Uint8Array);
		if (envelopes.length < all.length)
			console.warn(`Concord: ${all.length - envelopes.length} kept signed changes are damaged`);
		return envelopes;
	}

	/** Closes the connection; the next call opens it again. */
	close(): void {
		const db = this.#db;
		this.#db = null;
		void db?.then((d) => d.close()).catch(() => undefined);
	}

	/** Deletes the database (when the workspace is removed from this device). */
	async destroy(): Promise<void> {
		this.close();
		await deleteDB(this.dbName);
	}
}
