import type * as Y from 'yjs';
import {
	checkSchema,
	createWorkspaceDoc,
	initializeWorkspace,
	observeMeta,
	readMeta,
	toBase64Url,
	type SchemaCheck,
	type WorkspaceId
} from '../doc';
import { deleteLocalData, LocalStore, databaseNameFor, WorkspaceRegistry } from '../persistence';
import type { WorkspaceEntry } from '../persistence';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../sync/keys';

/** The list of workspaces kept on this device, shared by the whole app. */
export const registry = new WorkspaceRegistry();

/** Thrown when a workspace is asked for that this device does not keep. */
export class WorkspaceNotFoundError extends Error {
	constructor(readonly id: string) {
		super(`No workspace ${id} on this device.`);
		this.name = 'WorkspaceNotFoundError';
	}
}

/**
 * One workspace opened on this device: its document, kept in IndexedDB. The composition root that
 * wires the schema to persistence (and, later, to peers); `destroy()` releases all of it.
 */
export class Workspace {
	readonly #stopWatchingName: () => void;

	private constructor(
		readonly id: WorkspaceId,
		readonly doc: Y.Doc,
		readonly store: LocalStore,
		readonly schema: SchemaCheck
	) {
		// Keep the home page's copy of the name in step with renames, wherever they come from.
		let lastName = readMeta(doc).name;
		this.#stopWatchingName = observeMeta(doc, () => {
			const { name } = readMeta(doc);
			if (name && name !== lastName) {
				lastName = name;
				void registry.update(id, { name });
			}
		});
	}

	/** Creates a workspace on this device from the templates of `locale`, and returns its id. */
	static async create(init: { name: string; locale: string }): Promise<WorkspaceId> {
		const secret = newWorkspaceSecret();
		const { workspaceId } = await deriveWorkspaceKeys(secret);
		const doc = createWorkspaceDoc();
		const now = Date.now();
		initializeWorkspace(doc, { name: init.name, locale: init.locale, now });
		const store = new LocalStore(doc, databaseNameFor(workspaceId));
		try {
			await store.loaded;
			await store.flushed();
		} finally {
			await store.destroy();
			doc.destroy();
		}
		const entry: WorkspaceEntry = {
			id: workspaceId,
			name: readMeta(doc).name,
			secret: toBase64Url(secret),
			createdAt: now,
			lastOpenedAt: now
		};
		await registry.put(entry);
		return workspaceId;
	}

	/** Opens a workspace this device keeps; writes nothing into it. */
	static async open(id: WorkspaceId): Promise<Workspace> {
		const entry = await registry.get(id);
		if (!entry) throw new WorkspaceNotFoundError(id);
		const doc = createWorkspaceDoc();
		const store = new LocalStore(doc, databaseNameFor(id));
		try {
			await store.loaded;
		} catch (error) {
			await store.destroy();
			doc.destroy();
			throw error;
		}
		void registry.update(id, { lastOpenedAt: Date.now() });
		return new Workspace(id, doc, store, checkSchema(doc));
	}

	/** Closes the workspace: stops storing and releases the document. Its data stays on the device. */
	async destroy(): Promise<void> {
		this.#stopWatchingName();
		await this.store.destroy();
		this.doc.destroy();
	}
}

/** Every workspace kept on this device, the most recently opened first. */
export function listWorkspaces(): Promise<WorkspaceEntry[]> {
	return registry.list();
}

/** Removes a workspace and all its data from this device (other members keep their copies). */
export async function deleteWorkspace(id: WorkspaceId): Promise<void> {
	await deleteLocalData(id);
	await registry.remove(id);
}
