import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { WorkspaceId } from '../doc';

/** What this device remembers about one workspace it keeps, for the home page and for reopening. */
export interface WorkspaceEntry {
	id: WorkspaceId;
	name: string;
	/** The workspace secret (base64url); kept only on this device, shared only in invite fragments. */
	secret: string;
	createdAt: number;
	lastOpenedAt: number;
	/** The signaling servers the group uses, from the invite this device joined by. */
	signaling?: string[];
	/** False while this person chose to work offline in this workspace. */
	online?: boolean;
	/** True for a copy opened from a workspace file without its invite key: it cannot sync. */
	readOnly?: boolean;
}

interface RegistrySchema extends DBSchema {
	workspaces: { key: string; value: WorkspaceEntry; indexes: { lastOpenedAt: number } };
}

/** The name of the database listing the workspaces kept on this device. */
export const REGISTRY_DB_NAME = 'concord-registry';

/** The list of workspaces kept on this device, stored in its own IndexedDB database. */
export class WorkspaceRegistry {
	#db: Promise<IDBPDatabase<RegistrySchema>> | null = null;

	constructor(private readonly dbName = REGISTRY_DB_NAME) {}

	#open(): Promise<IDBPDatabase<RegistrySchema>> {
		if (this.#db) return this.#db;
		const opening = openDB<RegistrySchema>(this.dbName, 1, {
			upgrade(db) {
				const store = db.createObjectStore('workspaces', { keyPath: 'id' });
				store.createIndex('lastOpenedAt', 'lastOpenedAt');
			},
			// Another tab upgrading or deleting this database, or the browser closing it: let go,
			// and open it again on next use.
			blocking: () => this.close(),
			terminated: () => this.close()
		});
		this.#db = opening;
		opening.catch(() => {
			if (this.#db === opening) this.#db = null;
		});
		return opening;
	}

	/** Every workspace on this device, the most recently opened first. */
	async list(): Promise<WorkspaceEntry[]> {
		const all = await (await this.#open()).getAllFromIndex('workspaces', 'lastOpenedAt');
		return all.reverse();
	}

	/** One workspace, or undefined when this device does not keep it. */
	async get(id: WorkspaceId): Promise<WorkspaceEntry | undefined> {
		return (await this.#open()).get('workspaces', id);
	}

	/** Adds a workspace, or replaces what is remembered about it. */
	async put(entry: WorkspaceEntry): Promise<void> {
		await (await this.#open()).put('workspaces', entry);
	}

	/** Updates some fields of a remembered workspace; does nothing for an unknown one. */
	async update(id: WorkspaceId, change: Partial<Omit<WorkspaceEntry, 'id'>>): Promise<void> {
		const db = await this.#open();
		const tx = db.transaction('workspaces', 'readwrite');
		const entry = await tx.store.get(id);
		if (entry) await tx.store.put({ ...entry, ...change, id });
		await tx.done;
	}

	/** Forgets a workspace (its data is removed separately, by its local store). */
	async remove(id: WorkspaceId): Promise<void> {
		await (await this.#open()).delete('workspaces', id);
	}

	/** Closes the connection; the next call opens it again. */
	close(): void {
		const db = this.#db;
		this.#db = null;
		void db?.then((d) => d.close()).catch(() => undefined);
	}
}
