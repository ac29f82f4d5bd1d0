import { createWorkspaceDoc, toBase64Url, type WorkspaceId } from '../../doc';
import { WorkspaceFileError, decodeWorkspaceFile, mergeWorkspaceFile } from './format';
import { deriveWorkspaceKeys } from '../../sync/keys';
import { workspaceFileBytes, workspaceFileName } from './bytes';
import { registry } from '../registry';
import { storeOnce } from '../store-once';
import { FILE_ORIGIN } from '../origins';
import { browserPorts } from '../browser-ports';
import { writeOnce } from '../create';
import { liveWorkspace, type Workspace } from '../workspace';

export { WorkspaceFileError, type WorkspaceFileProblem } from './format';

/** What opening a workspace file did. */
export interface OpenedWorkspaceFile {
	/**
	 * 'merged' into a workspace this device had, 'added' as a new one, 'read-only': added as a
	 * copy that shows the text but cannot sync, because the file has no invite key, or 'upgraded':
	 * a read-only copy that got its key (reopen it to take part).
	 */
	outcome: 'merged' | 'added' | 'read-only' | 'upgraded';
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
	const bytes = await workspaceFileBytes(workspace.doc, entry, includeKey);
	return { fileName: workspaceFileName(entry), bytes };
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
	// Only the key proves the file comes from a member: without it, a file is evidence to read,
	// and it may not change a member's copy of the group's workspace.
	if (entry && !entry.readOnly && !header.key) throw new WorkspaceFileError('needs-key');
	if (entry?.readOnly && header.key) {
		// The key arrived: the read-only copy becomes a full member's copy.
		await registry.update(id, {
			readOnly: false,
			secret: toBase64Url(header.key),
			signaling: header.signaling
		});
	}
	if (entry) {
		const live = liveWorkspace(id);
		if (live) {
			live.away.record(() => mergeWorkspaceFile(live.doc, update, FILE_ORIGIN));
			await live.flushed();
		} else {
			const doc = createWorkspaceDoc();
			try {
				await storeOnce(browserPorts, id, doc, () => mergeWorkspaceFile(doc, update, FILE_ORIGIN));
			} finally {
				doc.destroy();
			}
		}
		const upgraded = entry.readOnly === true && header.key !== null;
		return { outcome: upgraded ? 'upgraded' : 'merged', id, name: entry.name || header.name };
	}
	const now = Date.now();
	await registry.put({
		id,
		name: header.name,
		secret: header.key ? toBase64Url(header.key) : '',
		createdAt: now,
		lastOpenedAt: now,
		signaling: header.signaling,
		online: true,
		readOnly: !header.key
	});
	const doc = createWorkspaceDoc();
	mergeWorkspaceFile(doc, update, FILE_ORIGIN);
	await writeOnce(id, doc, browserPorts);
	return { outcome: header.key ? 'added' : 'read-only', id, name: header.name };
}
