import type * as Y from 'yjs';
import type { WorkspaceId } from '../doc';
import type { OpenWorkspaces } from './open-workspaces';
import type {
	Clock,
	DeviceProfile,
	DraftStore,
	DeviceKeyStore,
	PrivateKeyStore,
	GroupSync,
	WorkspaceEntry,
	WorkspaceListings,
	WorkspaceStore
} from './ports';

/**
 * Everything a workspace is given by the device it runs on: where its document is stored, what
 * connects it to its group, the listing of workspaces, who this person is, the time, and the
 * page it is open in. The app's are `browserPorts`; tests give in-memory ones.
 */
export interface WorkspacePorts {
	/** The store of a workspace's document on this device. */
	openStore(doc: Y.Doc, id: WorkspaceId, options?: { mustExist?: boolean }): WorkspaceStore;
	/**
	 * Throws when this device cannot open a workspace now, before anything is read (a page whose
	 * connection policy does not allow the workspace's servers yet).
	 */
	checkOpen(entry: WorkspaceEntry): void;
	/** What connects a workspace's document to its group (nothing for a copy without its key). */
	openSync(doc: Y.Doc, entry: WorkspaceEntry): Promise<GroupSync>;
	/** Removes what `openStore` kept of a workspace. */
	removeData(id: WorkspaceId): Promise<void>;
	readonly listings: WorkspaceListings;
	/** This device's draft amendments, kept until submitted or discarded. */
	readonly drafts: DraftStore;
	/** What this device alone knows of its workspaces (the keys of its unnamed answers and entries). */
	readonly privateKeys: PrivateKeyStore;
	/** This device's signing and sealing keys for each workspace it keeps. */
	readonly deviceKeys: DeviceKeyStore;
	/** This person's name, colour and member id on this device, as they are now. */
	profile(): DeviceProfile;
	readonly clock: Clock;
	/** The workspaces open in this page. */
	readonly page: OpenWorkspaces<unknown>;
}
