import type { WorkspaceId } from '../../doc';
import type { WorkspaceEntry, WorkspaceListings } from './ports';

/** A device's listing of workspaces held in memory, for tests that run workspaces in one process. */
export class MemoryListings implements WorkspaceListings {
	readonly #entries = new Map<WorkspaceId, WorkspaceEntry>();

	async get(id: WorkspaceId): Promise<WorkspaceEntry | undefined> {
		const entry = this.#entries.get(id);
		return entry && { ...entry };
	}

	async put(entry: WorkspaceEntry): Promise<void> {
		this.#entries.set(entry.id, { ...entry });
	}

	async update(id: WorkspaceId, change: Partial<Omit<WorkspaceEntry, 'id'>>): Promise<void> {
		const entry = this.#entries.get(id);
		if (entry) this.#entries.set(id, { ...entry, ...change, id });
	}

	async remove(id: WorkspaceId): Promise<void> {
		this.#entries.delete(id);
	}
}
