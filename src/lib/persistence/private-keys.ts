import type { WorkspaceId } from '../doc';

/**
 * What this device alone knows of a workspace: the keys under which it wrote unnamed answers, so
 * that their writer can still change them. Never synced, never in a workspace file.
 */
export interface PrivateKeyStore {
	/** The key this device keeps for `of` (say, a round's id) in a workspace, or null. */
	get(workspaceId: WorkspaceId, of: string): string | null;
	put(workspaceId: WorkspaceId, of: string, key: string): void;
	/** Forgets every key of a workspace (when the workspace is removed from this device). */
	forget(workspaceId: WorkspaceId): void;
}

const PREFIX = 'concord.private.';

function readKeys(workspaceId: WorkspaceId): Record<string, string> {
	try {
		const stored: unknown = JSON.parse(localStorage.getItem(PREFIX + workspaceId) ?? '{}');
		return typeof stored === 'object' && stored !== null ? (stored as Record<string, string>) : {};
	} catch {
		return {};
	}
}

/** The browser's private keys, in local storage (small, read synchronously). */
export const privateKeys: PrivateKeyStore = {
	get(workspaceId, of) {
		const key = readKeys(workspaceId)[of];
		return typeof key === 'string' ? key : null;
	},
	put(workspaceId, of, key) {
		localStorage.setItem(
			PREFIX + workspaceId,
			JSON.stringify({ ...readKeys(workspaceId), [of]: key })
		);
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

	forget(workspaceId: WorkspaceId): void {
		for (const k of [...this.#keys.keys()])
			if (k.startsWith(`${workspaceId}/`)) this.#keys.delete(k);
	}
}
