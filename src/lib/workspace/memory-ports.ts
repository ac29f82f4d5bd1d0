import type { MemberId } from '../doc';
import { MemoryDeviceKeys, MemoryPrivateKeys } from '../persistence';
import { OpenWorkspaces } from './open-workspaces';
import {
	MemoryDisk,
	MemoryDrafts,
	MemoryListings,
	MemoryStore,
	MemorySync,
	NoSync,
	type Clock,
	type DeviceProfile,
	type MemoryNetwork
} from './ports';
import type { WorkspacePorts } from './workspace-ports';

/**
 * A device held in memory: its own disk, listing, profile and page, on a shared in-memory network
 * and clock. A workspace opened with these ports runs as in the app, in one process (unit tests,
 * the convergence campaign); `disk` is exposed so a test can fill it.
 */
export function memoryPorts(
	network: MemoryNetwork,
	clock: Clock,
	person: { memberId: MemberId; name: string; colour: string }
): WorkspacePorts & { readonly disk: MemoryDisk } {
	const disk = new MemoryDisk();
	const profile: DeviceProfile = { ...person };
	const deviceKeys = new MemoryDeviceKeys();
	return {
		disk,
		openStore: (doc, id, options) => new MemoryStore(doc, id, disk, options),
		openSync: async (doc, entry) =>
			entry.readOnly
				? new NoSync(doc)
				: new MemorySync(network, doc, { online: entry.online !== false }),
		checkOpen: () => {},
		removeData: async (id) => {
			disk.delete(id);
			await deviceKeys.forget(id);
		},
		listings: new MemoryListings(),
		drafts: new MemoryDrafts(),
		privateKeys: new MemoryPrivateKeys(),
		deviceKeys,
		profile: () => profile,
		clock,
		page: new OpenWorkspaces()
	};
}
