import { createWorkspaceDoc, toBase64Url, type WorkspaceId } from '../doc';
import { LocalStore, databaseNameFor } from '../persistence';
import { safeFileName } from '../export/bundle';
import {
	WorkspaceFileError,
	decodeWorkspaceFile,
	encodeWorkspaceFile,
	mergeWorkspaceFile
} from '../export/workspace-file';
import { deriveWorkspaceKeys } from '../sync/keys';
import { secretOf, workspaceSignaling } from './network';
import { registry } from './registry';
import { FILE_ORIGIN } from './origins';
import { liveWorkspace, writeOnce, type Workspace } from './workspace';

export { WorkspaceFileError, type WorkspaceFileProblem } from '../export/workspace-file';

/** Thrown for a file without its invite key, for a workspace this device does not have. */
export class WorkspaceFileNeedsKeyError extends Error {
	constructor() {
		super('This file has no invite key, and its workspace is not on this device.');
		this.name = 'WorkspaceFileNeedsKeyError';
	}
}

/** What opening a workspace file did. */
export interface OpenedWorkspaceFile {
	/** 'merged' into a workspace this device had, or 'added' as a new one. */
	outcome: 'merged' | 'added';
	id: WorkspaceId;
	name: string;
}

/**
 * The whole workspace as a `.concord` file, to carry on a USB stick or by e-mail. The invite key
 * is inside only when `includeKey` is true; without it the file cannot be used to join the room.
 */
export async function saveWorkspaceFile(
	workspace: Workspace,
	includeKey: boolean
): Promise<{ fileName: string; bytes: Uint8Array }> {
	const entry = (await registry.get(workspace.id)) ?? workspace.entry;
	const bytes = await encodeWorkspaceFile(workspace.doc, {
		workspaceId: workspace.id,
		key: includeKey ? secretOf(entry) : null,
		signaling: includeKey ? workspaceSignaling(entry) : [],
		savedAt: new Date()
	});
	const stamp = new Date().toISOString().slice(0, 10);
	return { fileName: `${safeFileName(entry.name || 'workspace')}-${stamp}.concord`, bytes };
}

/**
 * Opens a workspace file: merges it into the copy this device has (nothing of either side is
 * lost), or adds it as a new workspace when it carries its invite key. A bad file changes nothing
 * and throws a `WorkspaceFileError` saying what is wrong.
 */
export async function openWorkspaceFile(bytes: Uint8Array): Promise<OpenedWorkspaceFile> {
	const { header, update } = await decodeWorkspaceFile(bytes);
	const id = header.workspaceId as WorkspaceId;
	if (header.key) {
		const { workspaceId } = await deriveWorkspaceKeys(header.key);
		if (workspaceId !== id) throw new WorkspaceFileError('damaged', 'the key does not match');
	}
	const entry = await registry.get(id);
	if (entry) {
		const live = liveWorkspace(id);
		if (live) {
			live.away.record(() => mergeWorkspaceFile(live.doc, update, FILE_ORIGIN));
			await live.store.flushed();
		} else {
			const doc = createWorkspaceDoc();
			const store = new LocalStore(doc, databaseNameFor(id));
			try {
				await store.loaded;
				mergeWorkspaceFile(doc, update, FILE_ORIGIN);
				await store.flushed();
			} finally {
				await store.destroy();
				doc.destroy();
			}
		}
		return { outcome: 'merged', id, name: entry.name || header.name };
	}
	if (!header.key) throw new WorkspaceFileNeedsKeyError();
	const now = Date.now();
	await registry.put({
		id,
		name: header.name,
		secret: toBase64Url(header.key),
		createdAt: now,
		lastOpenedAt: now,
		signaling: header.signaling,
		online: true
	});
	const doc = createWorkspaceDoc();
	mergeWorkspaceFile(doc, update, FILE_ORIGIN);
	await writeOnce(id, doc);
	return { outcome: 'added', id, name: header.name };
}
