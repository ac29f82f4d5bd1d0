import { FILE_ORIGIN } from '../origins';
import type { GroupSync, WorkspaceStore } from './ports';

/** Where a change to a workspace came from. */
export type ChangeSource = 'this device' | 'peer' | 'file' | 'store';

/**
 * Tells where a change came from by its Yjs transaction origin: loaded from the store, arrived
 * from a peer, merged from a workspace file, or made on this device (by a person, an undo or a
 * keeper of this copy).
 */
export function changeSource(
	origin: unknown,
	{
		store,
		sync
	}: { store?: Pick<WorkspaceStore, 'isOwnOrigin'>; sync: Pick<GroupSync, 'isRemote'> }
): ChangeSource {
	if (store?.isOwnOrigin(origin)) return 'store';
	if (sync.isRemote(origin)) return 'peer';
	if (origin === FILE_ORIGIN) return 'file';
	return 'this device';
}
