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
import {
	LocalStore,
	WorkspaceRegistry,
	databaseNameFor,
	deleteLocalData,
	localWorkspaceIds,
	type WorkspaceEntry
} from '../persistence';
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

function warn(what: string) {
	return (error: unknown) => console.warn(`Concord: ${what}`, error);
}

/**
 * One workspace opened on this device: its document, kept in IndexedDB. The composition root that
 * wires the schema to persistence (and, later, to peers); `destroy()` releases all of it.
 */
export class Workspace {
	readonly #stopWatchingName: () => void;
	#destroyed = false;

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
				registry.update(id, { name }).catch(warn('could not remember the new name'));
			}
		});
	}

	/**
	 * Creates a workspace on this device from the templates of `locale`, and returns its id. It is
	 * listed before its data is written, so that data without a listing is always a leftover.
	 */
	static async create(init: { name: string; locale: string }): Promise<WorkspaceId> {
		const secret = newWorkspaceSecret();
		const { workspaceId: id } = await deriveWorkspaceKeys(secret);
		const doc = createWorkspaceDoc();
		const now = Date.now();
		initializeWorkspace(doc, { name: init.name, locale: init.locale, now });
		const name = readMeta(doc).name;
		await registry.put({
			id,
			name,
			secret: toBase64Url(secret),
			createdAt: now,
			lastOpenedAt: now
		});
		const store = new LocalStore(doc, databaseNameFor(id));
		try {
			await store.loaded;
			await store.flushed();
		} catch (error) {
			await store.destroy();
			await deleteWorkspace(id).catch(warn('could not clean up after a failed create'));
			throw error;
		} finally {
			await store.destroy();
			doc.destroy();
		}
		return id;
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
		registry.update(id, { lastOpenedAt: Date.now() }).catch(warn('could not note the visit'));
		return new Workspace(id, doc, store, checkSchema(doc));
	}

	/** Closes the workspace: stops storing and releases the document. Its data stays on the device. */
	async destroy(): Promise<void> {
		if (this.#destroyed) return;
		this.#destroyed = true;
		this.#stopWatchingName();
		await this.store.destroy();
		this.doc.destroy();
	}
}

/** Every workspace kept on this device, the most recently opened first. */
export function listWorkspaces(): Promise<WorkspaceEntry[]> {
	return registry.list();
}

/**
 * Removes a workspace and all its data from this device (other members keep their copies). It
 * is unlisted first, and if that fails nothing has changed; `beforeDataRemoval` closes what has
 * it open. If removing the data then fails, the leftover is cleared on a later visit.
 */
export async function deleteWorkspace(
	id: WorkspaceId,
	beforeDataRemoval: () => Promise<void> = async () => undefined
): Promise<void> {
	await registry.remove(id);
	await beforeDataRemoval();
	await deleteLocalData(id).catch(warn('could not remove the data yet; it is cleared later'));
}

/** Deletes workspace data that no listing points to: what a failed create or delete left. */
export async function removeLeftoverData(): Promise<void> {
	const listed = new Set((await registry.list()).map((entry) => entry.id as string));
	for (const id of await localWorkspaceIds()) {
		if (!listed.has(id)) await deleteLocalData(id as WorkspaceId);
	}
}
