import type * as Y from 'yjs';
import type { WorkspaceId } from '../../doc';
import { safeFileName } from '../../export/formats/file-names';
import { encodeWorkspaceFile } from './format';
import type { WorkspaceEntry } from '../../persistence';
import { secretOf, workspaceSignaling } from '../network';

/**
 * A workspace's document as the bytes of a `.concord` file. The invite key (and the signaling
 * servers) go in only when `includeKey` is true, and never from a copy that lacks the key.
 */
export function workspaceFileBytes(
	doc: Y.Doc,
	entry: WorkspaceEntry,
	includeKey: boolean
): Promise<Uint8Array> {
	const withKey = includeKey && !entry.readOnly;
	return encodeWorkspaceFile(doc, {
		workspaceId: entry.id as WorkspaceId,
		key: withKey ? secretOf(entry) : null,
		signaling: withKey ? workspaceSignaling(entry) : [],
		savedAt: new Date()
	});
}

/** The name a workspace's `.concord` file is saved under: its name, what it holds, the day. */
export function workspaceFileName(entry: WorkspaceEntry, holds?: string): string {
	const stamp = new Date().toISOString().slice(0, 10);
	const parts = [safeFileName(entry.name || 'workspace'), ...(holds ? [holds] : []), stamp];
	return `${parts.join('-')}.concord`;
}
