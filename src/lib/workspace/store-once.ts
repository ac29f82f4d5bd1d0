import type * as Y from 'yjs';
import type { WorkspaceId } from '../doc';
import type { WorkspacePorts } from './workspace-ports';

/**
 * Writes to a workspace's stored data without opening the workspace: loads what the device
 * keeps into `doc`, makes `change`, and resolves once all of it is stored (rejects if it cannot
 * be). The store is closed afterwards, whatever happened; `doc` stays the caller's.
 */
export async function storeOnce(
	ports: Pick<WorkspacePorts, 'openStore'>,
	id: WorkspaceId,
	doc: Y.Doc,
	change: () => void = () => {}
): Promise<void> {
	const store = ports.openStore(doc, id);
	try {
		await store.loaded;
		change();
		await store.flushed();
	} finally {
		await store.destroy();
	}
}
