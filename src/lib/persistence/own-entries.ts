import type { WorkspaceId } from '../doc';

/**
 * Which learning-log entries written without a name are this device's own, so that their writer
 * can still edit them. Kept on this device only: never in the shared workspace, never synced,
 * never in a workspace file.
 */
export interface OwnEntryStore {
	/** The ids of this device's unnamed entries in a workspace. */
	list(workspaceId: WorkspaceId): string[];
	add(workspaceId: WorkspaceId, entryId: string): void;
	remove(workspaceId: WorkspaceId, entryId: string): void;
	/** Forgets every entry of a workspace (when the workspace is removed from this device). */
	forget(workspaceId: WorkspaceId): void;
}

const KEY = 'concord.own-unnamed-entries';

/** The device's own unnamed entries in the browser's local storage, by workspace id. */
export class LocalOwnEntries implements OwnEntryStore {
	#read(): Record<string, string[]> {
		try {
			const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
			return typeof stored === 'object' && stored !== null
				? (stored as Record<string, string[]>)
				: {};
		} catch {
			return {};
		}
	}

	#write(all: Record<string, string[]>): void {
		try {
			localStorage.setItem(KEY, JSON.stringify(all));
		} catch {
			// Storage full or refused: the entry stays written; only editing it later is lost.
		}
	}

	list(workspaceId: WorkspaceId): string[] {
		const ids = this.#read()[workspaceId];
		return Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
	}

	add(workspaceId: WorkspaceId, entryId: string): void {
		const all = this.#read();
		all[workspaceId] = [...new Set([...this.list(workspaceId), entryId])];
		this.#write(all);
	}

	remove(workspaceId: WorkspaceId, entryId: string): void {
		const all = this.#read();
		all[workspaceId] = this.list(workspaceId).filter((id) => id !== entryId);
		this.#write(all);
	}

	forget(workspaceId: WorkspaceId): void {
		const all = this.#read();
		delete all[workspaceId];
		this.#write(all);
	}
}

/** A device's own unnamed entries held in memory, for tests that run workspaces in one process. */
export class MemoryOwnEntries implements OwnEntryStore {
	readonly #ids = new Map<string, Set<string>>();

	list(workspaceId: WorkspaceId): string[] {
		return [...(this.#ids.get(workspaceId) ?? [])];
	}

	add(workspaceId: WorkspaceId, entryId: string): void {
		const ids = this.#ids.get(workspaceId) ?? new Set();
		this.#ids.set(workspaceId, ids.add(entryId));
	}

	remove(workspaceId: WorkspaceId, entryId: string): void {
		this.#ids.get(workspaceId)?.delete(entryId);
	}

	forget(workspaceId: WorkspaceId): void {
		this.#ids.delete(workspaceId);
	}
}

/** This device's own unnamed entries, for the app. */
export const ownEntries: OwnEntryStore = new LocalOwnEntries();
