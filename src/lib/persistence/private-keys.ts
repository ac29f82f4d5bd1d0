import type { WorkspaceId } from '../doc';

/**
 * What this device alone knows of a workspace: the keys of its unnamed answers and which unnamed
 * learning-log entries are its own, so that their writer can still change them. Never synced,
 * never in a workspace file; forgotten with the workspace.
 */
export interface PrivateKeyStore {
	/** The key this device keeps for `of` (say, a round's id) in a workspace, or null. */
	get(workspaceId: WorkspaceId, of: string): string | null;
	put(workspaceId: WorkspaceId, of: string, key: string): void;
	remove(workspaceId: WorkspaceId, of: string): void;
	/** What the device keeps a key for in a workspace whose name starts with `prefix`. */
	list(workspaceId: WorkspaceId, prefix: string): string[];
	/** Forgets every key of a workspace (when the workspace is removed from this device). */
	forget(workspaceId: WorkspaceId): void;
}

const PREFIX = 'concord.private.';

/** The keys of a workspace as a plain record, whatever the storage held. */
function readKeys(workspaceId: WorkspaceId): Record<string, string> {
	try {
		const stored: unknown = JSON.parse(localStorage.getItem(PREFIX + workspaceId) ?? '{}');
		return typeof stored === 'object' && stored !== null ? (stored as Record<string, string>) : {};
	} catch {
		return {};
	}
}

function writeKeys(workspaceId: WorkspaceId, keys: Record<string, string>): void {
	try {
		localStorage.setItem(PREFIX + workspaceId, JSON.stringify(keys));
	} catch {
		// Storage full or refused: what was written stays written; only changing it later is lost.
	}
}

/** The browser's private keys, in local storage (small, read synchronously). */
export const privateKeys: PrivateKeyStore = {
	get(workspaceId, of) {
		const key = readKeys(workspaceId)[of];
		return typeof key === 'string' ? key : null;
	},
	put(workspaceId, of, key) {
		writeKeys(workspaceId, { ...readKeys(workspaceId), [of]: key });
	},
	remove(workspaceId, of) {
		const keys = readKeys(workspaceId);
		delete keys[of];
		writeKeys(workspaceId, keys);
	},
	list(workspaceId, prefix) {
		return Object.keys(readKeys(workspaceId)).filter((of) => of.startsWith(prefix));
	},
	forget(workspaceId) {
		localStorage.removeItem(PREFIX + workspaceId);
	}
};

/** Private keys held in memory, for tests and the convergence campaign. */
export class MemoryPrivateKeys implements PrivateKeyStore {
	readonly #keys = new Map<string, string>();

	get(workspaceId: WorkspaceId, of: string): string | null {
		return this.#keys.get(`${workspaceId}/${of}`) ?? null;
	}

	put(workspaceId: WorkspaceId, of: string, key: string): void {
		this.#keys.set(`${workspaceId}/${of}`, key);
	}

	remove(workspaceId: WorkspaceId, of: string): void {
		this.#keys.delete(`${workspaceId}/${of}`);
	}

	list(workspaceId: WorkspaceId, prefix: string): string[] {
		const start = `${workspaceId}/${prefix}`;
		return [...this.#keys.keys()]
			.filter((k) => k.startsWith(start))
			.map((k) => k.slice(workspaceId.length + 1));
	}

	forget(workspaceId: WorkspaceId): void {
		for (const k of [...this.#keys.keys()])
			if (k.startsWith(`${workspaceId}/`)) this.#keys.delete(k);
	}
}
