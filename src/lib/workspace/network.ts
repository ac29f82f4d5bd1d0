import { fromBase64Url } from '../doc';
import { loadNetworkSettings, type WorkspaceEntry } from '../persistence';
import {
	normalizeIceServer,
	sameOriginSignaling,
	uniqueSignaling,
	type IceServer
} from '../sync/network-config';

/** The signaling servers this device uses: the person's list, or this app server's own relay. */
export function deviceSignaling(): string[] {
	const { signaling } = loadNetworkSettings();
	return signaling ?? [sameOriginSignaling(location)];
}

/**
 * The signaling servers for one workspace: those its invite carried (the group's), then this
 * device's own list as the settings hold it now.
 */
export function workspaceSignaling(entry: WorkspaceEntry): string[] {
	return uniqueSignaling(entry.signaling ?? [], deviceSignaling());
}

/** The STUN and TURN servers this device uses; none unless the person added some. */
export function deviceIceServers(): IceServer[] {
	return loadNetworkSettings().iceServers.flatMap((s) => normalizeIceServer(s) ?? []);
}

/** The workspace secret of an entry, checked. */
export function secretOf(entry: WorkspaceEntry): Uint8Array {
	const secret = fromBase64Url(entry.secret);
	if (!secret || secret.length !== 32)
		throw new Error('This workspace’s key on this device is damaged.');
	return secret;
}
