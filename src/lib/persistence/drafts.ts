import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DocumentId, WorkspaceId } from '../doc';

/** A draft amendment kept on this device until it is submitted or discarded. */
export interface KeptDraft {
	workspaceId: WorkspaceId;
	documentId: DocumentId;
	/** The passage it began on (may be empty). */
	quote: string;
	rationale: string;
	/** The workspace snapshot it started from, and its change so far (see `AmendmentFork`). */
	base: Uint8Array;
	change: Uint8Array | null;
	savedAt: number;
}

/** Where a device keeps its draft amendments: one per document of a workspace. */
export interface DraftStore {
	get(workspaceId: WorkspaceId, documentId: DocumentId): Promise<KeptDraft | undefined>;
	/** The documents of a workspace that have a draft on this device. */
	documents(workspaceId: WorkspaceId): Promise<DocumentId[]>;
	put(draft: KeptDraft): Promise<void>;
	remove(workspaceId: WorkspaceId, documentId: DocumentId): Promise<void>;
}

interface DraftSchema extends DBSchema {
	drafts: { key: [string, string]; value: KeptDraft; indexes: { workspaceId: string } };
}

/** The name of the database holding this device's draft amendments. */
export const DRAFTS_DB_NAME = 'concord-drafts';

/**
 * Draft amendments in their own IndexedDB database: never synced, never in a workspace file,
 * gone when discarded or submitted.
 */
export class IndexedDbDrafts implements DraftStore {
	#db: Promise<IDBPDatabase<DraftSchema>> | null = null;

	constructor(private readonly dbName = DRAFTS_DB_NAME) {}

	#open(): Promise<IDBPDatabase<DraftSchema>> {
		if (this.#db) return this.#db;
		const opening = openDB<DraftSchema>(this.dbName, 1, {
			upgrade(db) {
				const store = db.createObjectStore('drafts', { keyPath: ['workspaceId', 'documentId'] });
				store.createIndex('workspaceId', 'workspaceId');
			},
			blocking: () => this.#close(),
			terminated: () => this.#close()
		});
		this.#db = opening;
		opening.catch(() => {
			if (this.#db === opening) this.#db = null;
		});
		return opening;
	}

	#close() {
		const db = this.#db;
		this.#db = null;
		db?.then((open) => open.close()).catch(() => {});
	}

	async get(workspaceId: WorkspaceId, documentId: DocumentId): Promise<KeptDraft | undefined> {
		return (await this.#open()).get('drafts', [workspaceId, documentId]);
	}

	async documents(workspaceId: WorkspaceId): Promise<DocumentId[]> {
		const all = await (await this.#open()).getAllFromIndex('drafts', 'workspaceId', workspaceId);
		return all.map((draft) => draft.documentId);
	}

	async put(draft: KeptDraft): Promise<void> {
		await (await this.#open()).put('drafts', draft);
	}

	async remove(workspaceId: WorkspaceId, documentId: DocumentId): Promise<void> {
		await (await this.#open()).delete('drafts', [workspaceId, documentId]);
	}
}

/** This device's drafts, for the app. */
export const drafts = new IndexedDbDrafts();
