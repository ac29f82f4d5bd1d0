import { createWorkspaceDoc, schemaVersionOf, type WorkspaceId } from '../doc';
import {
	LocalDataError,
	databaseNameFor,
	discardDamagedDatabase,
	rescueStoredChanges,
	setAsideDamagedData,
	type RescuedData
} from '../persistence';
import { browserPorts } from './browser-ports';
import { workspaceFileBytes, workspaceFileName } from './concord-file/bytes';
import { registry } from './registry';
import { storeOnce } from './store-once';
import { WorkspaceNotFoundError } from './workspace';

/** Thrown when not one stored change of a damaged workspace could be read. */
export class NothingReadableError extends Error {
	constructor() {
		super('Nothing of this workspace could be read on this device.');
		this.name = 'NothingReadableError';
	}
}

/**
 * Reads what can still be read of a workspace whose data on this device is damaged, and returns
 * it as a `.concord` file (with the invite key only if `includeKey`), and how much was read.
 * Changes nothing on this device.
 */
export async function exportReadableData(
	id: WorkspaceId,
	includeKey: boolean
): Promise<{ fileName: string; bytes: Uint8Array; rescued: RescuedData }> {
	const entry = await registry.get(id);
	if (!entry) throw new WorkspaceNotFoundError(id);
	const doc = createWorkspaceDoc();
	try {
		const rescued = await rescueStoredChanges(databaseNameFor(id), doc);
		if (schemaVersionOf(doc) < 1) throw new NothingReadableError();
		const bytes = await workspaceFileBytes(doc, entry, includeKey);
		return { fileName: workspaceFileName(entry, 'readable'), bytes, rescued };
	} finally {
		doc.destroy();
	}
}

/** What re-syncing a damaged workspace did. */
export interface ResyncOutcome {
	/** The database the damaged data was copied to, or null when there was none left to copy. */
	setAside: string | null;
	/** How much of the damaged data was read into the fresh copy; null when there was none. */
	rescued: RescuedData | null;
}

/**
 * Replaces a workspace's damaged data on this device with a fresh copy that fills from the
 * members who are online. The damaged data is first copied aside into a database of its own (if
 * that fails, nothing changes); the fresh copy starts with every stored change that could be
 * read, so nothing readable is lost even if no member is online. Sets the workspace online.
 */
export async function resyncFromPeers(id: WorkspaceId): Promise<ResyncOutcome> {
	const entry = await registry.get(id);
	if (!entry) throw new WorkspaceNotFoundError(id);
	const name = databaseNameFor(id);
	const doc = createWorkspaceDoc();
	try {
		let outcome: ResyncOutcome = { setAside: null, rescued: null };
		try {
			const rescued = await rescueStoredChanges(name, doc);
			outcome = { setAside: await setAsideDamagedData(name, id), rescued };
		} catch (error) {
			if (!(error instanceof LocalDataError && error.problem === 'missing')) throw error;
		}
		await discardDamagedDatabase(name);
		await storeOnce(browserPorts, id, doc);
		await registry.update(id, { online: true });
		return outcome;
	} finally {
		doc.destroy();
	}
}
