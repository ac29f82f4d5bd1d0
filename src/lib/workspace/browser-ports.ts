import type * as Y from 'yjs';
import type { WorkspaceId } from '../doc';
import { LocalStore, databaseNameFor, type WorkspaceEntry } from '../persistence';
import type { WorkspaceKeys } from '../sync/keys';
import { PeerSync } from '../sync/peer-sync';
import { deviceIceServers, workspaceSignaling } from './network';
import { NoSync, type GroupSync, type WorkspaceStore } from './ports';

/** How a workspace gets its store and its sync; the app's are `browserPorts`. */
export interface WorkspacePorts {
	/** The store of a workspace's document on this device. */
	openStore(doc: Y.Doc, id: WorkspaceId, options?: { mustExist?: boolean }): WorkspaceStore;
	/** What connects a workspace's document to its group; `keys` is null for a copy without its key. */
	openSync(doc: Y.Doc, entry: WorkspaceEntry, keys: WorkspaceKeys | null): GroupSync;
}

/** The browser's: IndexedDB on this device, and WebRTC through the signaling servers chosen. */
export const browserPorts: WorkspacePorts = {
	openStore: (doc, id, options) => new LocalStore(doc, databaseNameFor(id), options),
	openSync: (doc, entry, keys) =>
		keys
			? new PeerSync(doc, {
					roomName: keys.roomName,
					roomPassword: keys.roomPassword,
					signaling: workspaceSignaling(entry),
					iceServers: deviceIceServers(),
					online: entry.online !== false
				})
			: new NoSync(doc)
};
