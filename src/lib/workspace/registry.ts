import type { WorkspaceId } from '../doc';
import {
	WorkspaceRegistry,
	deleteLocalData,
	localWorkspaceIds,
	type WorkspaceEntry
} from '../persistence';

/** The list of workspaces kept on this device, shared by the whole app. */
export const registry = new WorkspaceRegistry();

/** A handler that logs a failure of background bookkeeping, which never stops the person. */
export function warn(what: string) {
	return (error: unknown) => console.warn(`Concord: ${what}`, error);
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
