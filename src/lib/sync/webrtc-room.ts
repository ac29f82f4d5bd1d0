/*
 * The one place that reaches into y-webrtc's room, which the library does not offer as an API:
 * its connection map (to put a guard before each peer), who is connected and in step, and the
 * origin of the changes the room applies. y-webrtc's version is pinned; `webrtc-room.test.ts`
 * fails if a new version moves any of these.
 */
import type { WebrtcConn, WebrtcProvider } from 'y-webrtc';

type Room = NonNullable<WebrtcProvider['room']>;

/** Who a provider is connected to: other tabs and WebRTC peers, and whether all are in step. */
export interface RoomPeers {
	peers: number;
	/** Every connected WebRTC peer has sent what this copy lacked. */
	synced: boolean;
}

/**
 * Calls `onConnection` for every WebRTC connection the provider's room adds from when the room
 * opens (once its key is derived; no connection exists before). Resolves to whether the seam was
 * found; `stopped()` stops it taking effect on a room that opens late.
 */
export function onEachConnection(
	provider: WebrtcProvider,
	onConnection: (conn: WebrtcConn) => void,
	stopped: () => boolean
): Promise<boolean> {
	const install = (room: Room) => {
		class WatchedConnections extends Map<string, WebrtcConn> {
			override set(key: string, conn: WebrtcConn): this {
				if (!stopped()) onConnection(conn);
				return super.set(key, conn);
			}
		}
		room.webrtcConns = new WatchedConnections(room.webrtcConns);
		return true;
	};
	// y-webrtc opens its room once the key is derived, in a callback registered before this one.
	return Promise.resolve(provider.key).then(() =>
		stopped() || !provider.room ? false : install(provider.room)
	);
}

/** Who the provider's room is connected to now, or null while it has no room. */
export function roomPeers(provider: WebrtcProvider): RoomPeers | null {
	const room = provider.room;
	if (!room) return null;
	let peers = room.bcConns.size;
	let synced = true;
	for (const conn of room.webrtcConns.values()) {
		if (!conn.connected) continue;
		peers++;
		synced &&= conn.synced;
	}
	return { peers, synced };
}

/** Whether a change's transaction origin is the provider's room (a peer's or a tab's change). */
export function isRoomOrigin(provider: WebrtcProvider, origin: unknown): boolean {
	return origin !== null && origin !== undefined && origin === provider.room;
}
