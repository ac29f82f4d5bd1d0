/**
 * The page a browser context opens to run the sync contract against the WebRTC sync: one copy of
 * a workspace with the app's `PeerSync`, driven from the test through `window.copy`.
 */
import * as Y from 'yjs';
import { PeerSync } from '../../../src/lib/sync/peer-sync';
import { localCopy, type SyncCopy } from '../../../src/lib/workspace/ports/sync-contract';

declare global {
	interface Window {
		copy?: SyncCopy;
		openCopy(room: { roomName: string; roomPassword: string; signaling: string[] }): void;
	}
}

window.openCopy = (room) => {
	const doc = new Y.Doc();
	// No STUN or TURN server: peers meet over loopback only.
	window.copy = localCopy(doc, new PeerSync(doc, { ...room, iceServers: [], online: true }));
};
