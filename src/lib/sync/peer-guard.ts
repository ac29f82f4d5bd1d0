/**
 * The guarded entry point for everything peers send: y-webrtc reads each peer's messages itself
 * and offers no hook, so the guard takes over the `data` listener of every connection as y-webrtc
 * adds it to its room (the seam, `webrtc-room.ts`, is the room's connection map).
 *
 * Tabs of this browser talk over a BroadcastChannel encrypted with the room key: only this app,
 * from this origin and with the key, can write there, and such a script already has the whole
 * workspace, so that path is left as y-webrtc has it.
 */
import type { WebrtcConn, WebrtcProvider } from 'y-webrtc';
import { CatchUp, requestForMissing } from './catch-up';
import { splitMessage } from './chunks';
import { ConnectionGuard, type ConnectionGuardOptions, type GuardedPeer } from './connection-guard';
import type { UpdateValidator } from './update-validator';
import { PassedUpdates } from './passed-updates';
import { carriesUpdate } from './peer-message';
import { onEachConnection } from './webrtc-room';

/** Options of the peer guard; the rates are for tests. */
export type PeerGuardOptions = Pick<ConnectionGuardOptions, 'rates' | 'now'> & {
	validator: UpdateValidator;
};

/** The guard over one provider's peers; `destroy` stops it with the provider. */
export interface PeerGuard {
	/** Whether the guard is in place (y-webrtc opened its room and the seam was found). */
	readonly active: boolean;
	/** Connections disconnected for what they sent, by the peer's signaling id. */
	readonly blocked: ReadonlySet<string>;
	/** Asks every connected peer for what this copy lacks (changes wait on a missing one). */
	askForMissing(): void;
	destroy(): void;
}

/**
 * Puts every present and future data-channel connection of `provider` behind a
 * `ConnectionGuard`. A peer disconnected for flooding or bad messages is not let back in for the
 * rest of the session (under the same signaling id).
 */
export function guardPeers(provider: WebrtcProvider, options: PeerGuardOptions): PeerGuard {
	const blocked = new Set<string>();
	const guards = new Map<WebrtcConn, { guard: ConnectionGuard; catchUp: CatchUp }>();
	const passed = new PassedUpdates();
	let active = false;
	let destroyed = false;

	const guard = (conn: WebrtcConn) => {
		if (guards.has(conn)) return;
		const peerId = conn.remotePeerId;
		// Large messages (a first sync of a long history) go in pieces the channel can carry.
		const peer = conn.peer as { send(data: Uint8Array): void };
		const send = peer.send.bind(peer);
		peer.send = (data: Uint8Array) => {
			// Every peer passes this copy's own changes back to it: known, so never checked again.
			if (carriesUpdate(data)) passed.add(data);
			for (const piece of splitMessage(data)) send(piece);
		};
		// A refused change leaves what builds on it waiting: ask the peer again for what is missing.
		const catchUp = new CatchUp(() => {
			if (conn.connected) peer.send(requestForMissing(provider.doc));
		});
		const connectionGuard = new ConnectionGuard(conn.peer as GuardedPeer, {
			...options,
			label: `peer ${peerId.slice(0, 8)}`,
			passed,
			onBlocked: () => blocked.add(peerId),
			onChangeRefused: () => catchUp.request(),
			onCaughtUp: () => catchUp.answered()
		});
		guards.set(conn, { guard: connectionGuard, catchUp });
		(conn.peer as { once(event: 'close', f: () => void): void }).once('close', () => {
			connectionGuard.stop();
			catchUp.stop();
			guards.delete(conn);
		});
		// Logged when it was first disconnected; it may keep knocking, which costs a handshake each time.
		if (blocked.has(peerId)) connectionGuard.block('disconnected earlier in this session', false);
	};

	void onEachConnection(provider, guard, () => destroyed).then((found) => (active = found));

	return {
		get active() {
			return active;
		},
		blocked,
		askForMissing() {
			for (const [conn, { catchUp }] of guards) if (conn.connected) catchUp.request();
		},
		destroy() {
			destroyed = true;
			for (const { guard, catchUp } of guards.values()) {
				guard.stop();
				catchUp.stop();
			}
			guards.clear();
		}
	};
}
