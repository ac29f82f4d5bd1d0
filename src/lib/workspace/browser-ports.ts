import {
	LocalStore,
	databaseNameFor,
	deleteLocalData,
	deviceKeys,
	drafts,
	privateKeys
} from '../persistence';
import { deriveWorkspaceKeys } from '../sync/keys';
import { PeerSync } from '../sync/peer-sync';
import { needsFreshPage } from './connection-policy';
import { FreshPageNeededError } from './errors';
import { deviceIceServers, secretOf, workspaceSignaling } from './network';
import { OpenWorkspaces } from './open-workspaces';
import { NoSync, systemClock } from './ports';
import { currentProfile } from './profile';
import { registry } from './registry';
import type { WorkspacePorts } from './workspace-ports';

/**
 * The browser's: IndexedDB on this device, WebRTC through the signaling servers chosen (once
 * this page's connection policy allows them), the device's listing and profile, the system clock.
 */
export const browserPorts: WorkspacePorts = {
	openStore: (doc, id, options) => new LocalStore(doc, databaseNameFor(id), options),
	checkOpen(entry) {
		if (!entry.readOnly && needsFreshPage(workspaceSignaling(entry)))
			throw new FreshPageNeededError(entry.id);
	},
	async openSync(doc, entry) {
		if (entry.readOnly) return new NoSync(doc);
		const keys = await deriveWorkspaceKeys(secretOf(entry));
		return new PeerSync(doc, {
			roomName: keys.roomName,
			roomPassword: keys.roomPassword,
			signaling: workspaceSignaling(entry),
			iceServers: deviceIceServers(),
			online: entry.online !== false
		});
	},
	async removeData(id) {
		await deleteLocalData(id);
		for (const document of await drafts.documents(id)) await drafts.remove(id, document);
		privateKeys.forget(id);
		await deviceKeys.forget(id);
	},
	listings: registry,
	drafts,
	privateKeys,
	deviceKeys,
	profile: currentProfile,
	clock: systemClock,
	page: new OpenWorkspaces()
};
