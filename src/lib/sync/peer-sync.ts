import { WebrtcProvider } from 'y-webrtc';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { waitsForMissingChanges } from '../doc';
import type { IceServer } from './network-config';
import { guardPeers, type PeerGuard } from './peer-guard';
import { createUpdateValidator, type UpdateValidator } from './update-validator';
import { isRoomOrigin, roomPeers } from './webrtc-room';

/** What a person should know about their connection to the group. */
export type ConnectionStatus =
	| { kind: 'offline' }
	| { kind: 'looking' }
	/** `synced`: every connected peer has sent what this copy lacked. */
	| { kind: 'connected'; peers: number; synced: boolean };

/** How to reach the group: an opaque room, its password, and the servers that introduce peers. */
export interface PeerSyncOptions {
	roomName: string;
	roomPassword: string;
	/** Always explicit: the library's default is a public host nobody chose. */
	signaling: string[];
	iceServers: IceServer[];
	online: boolean;
	/**
	 * A WebRTC implementation for where none is built in (Node, in tests of large rooms): handed to
	 * simple-peer as its `wrtc`. Browsers leave it out and use their own.
	 */
	webrtc?: object;
	/**
	 * The most WebRTC connections this copy opens itself (y-webrtc's `maxConns`; it still answers
	 * every peer that calls). Left out, the library's default of 20 to 34 applies.
	 */
	maxConns?: number;
}

const STATUS_POLL_MS = 1000;
/** How long changes may wait on a missing one before peers are asked for it, and asked again. */
const MISSING_ASK_AFTER_MS = 2000;
const MISSING_ASK_AGAIN_MS = 15_000;

/**
 * Syncs one workspace document with the other members' copies over WebRTC (and with this
 * browser's other tabs), and carries presence. Signaling messages are encrypted with the room
 * password; data channels are encrypted by the browser; what peers send passes the peer guard.
 */
export class PeerSync {
	readonly #provider: WebrtcProvider;
	readonly #validator: UpdateValidator;
	readonly #guard: PeerGuard;
	readonly #listeners = new Set<(status: ConnectionStatus) => void>();
	#status: ConnectionStatus = { kind: 'offline' };
	#presence: Record<string, unknown> | null = null;
	#poll: ReturnType<typeof setInterval> | undefined;
	#missingSince: number | null = null;
	#missingAsked = -Infinity;

	constructor(doc: Y.Doc, options: PeerSyncOptions) {
		// Offline from the start: no server is contacted until the person goes online.
		this.#provider = new WebrtcProvider(options.roomName, doc, {
			signaling: options.online ? options.signaling : [],
			password: options.roomPassword,
			...(options.maxConns ? { maxConns: options.maxConns } : {}),
			peerOpts: {
				config: { iceServers: options.iceServers },
				...(options.webrtc ? { wrtc: options.webrtc } : {})
			}
		});
		// Whatever peers send is checked and rate-limited before y-webrtc reads it.
		this.#validator = createUpdateValidator();
		this.#guard = guardPeers(this.#provider, { validator: this.#validator });
		if (!options.online) {
			this.#provider.disconnect();
			this.#provider.signalingUrls = options.signaling;
		}
		const update = () => this.#update();
		this.#provider.on('status', update);
		this.#provider.on('peers', update);
		this.#provider.on('synced', update);
		// Peers become connected without an event of their own: look again every second.
		this.#poll = setInterval(() => {
			update();
			this.#askForMissing(doc);
		}, STATUS_POLL_MS);
		this.#update();
	}

	/** Presence of everyone in the room (names, colours, carets), this copy included. */
	get awareness(): Awareness {
		return this.#provider.awareness;
	}

	/** The current connection status. */
	get status(): ConnectionStatus {
		return this.#status;
	}

	/** Calls `listener` on every status change; returns the function that stops it. */
	subscribe(listener: (status: ConnectionStatus) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Connects to the group, or disconnects to work offline (edits merge on reconnection). */
	setOnline(online: boolean): void {
		if (online === this.#provider.shouldConnect) return;
		if (online) {
			this.#provider.connect();
			// Disconnecting withdrew this copy's presence; announce it again.
			if (this.#presence) this.awareness.setLocalState(this.#presence);
		} else {
			this.#provider.disconnect();
		}
		this.#update();
	}

	/**
	 * Sets some of what this copy tells others about itself (kept across going offline and back),
	 * leaving the rest, such as the editor's caret, as it is.
	 */
	setPresence(fields: Record<string, unknown>): void {
		this.#presence = { ...this.#presence, ...fields };
		if (!this.#provider.shouldConnect) return;
		this.awareness.setLocalState({ ...this.awareness.getLocalState(), ...fields });
	}

	/** Whether a change came from a peer or another tab (the origin of its transaction). */
	isRemote(origin: unknown): boolean {
		return isRoomOrigin(this.#provider, origin);
	}

	/** Leaves the room and stops syncing; needed before the same workspace opens again. */
	destroy(): void {
		clearInterval(this.#poll);
		this.#listeners.clear();
		// destroy() alone leaves the signaling connection subscribed to this room.
		this.#provider.disconnect();
		this.#provider.destroy();
		this.#guard.destroy();
		this.#validator.destroy();
	}

	/**
	 * Changes that wait on a missing one (lost on the way, or refused) are never shown until it
	 * comes: when they have waited a while, ask the connected peers for what this copy lacks.
	 */
	#askForMissing(doc: Y.Doc) {
		if (!waitsForMissingChanges(doc)) {
			this.#missingSince = null;
			return;
		}
		const now = performance.now();
		this.#missingSince ??= now;
		if (now - this.#missingSince < MISSING_ASK_AFTER_MS) return;
		if (now - this.#missingAsked < MISSING_ASK_AGAIN_MS) return;
		this.#missingAsked = now;
		this.#guard.askForMissing();
	}

	#update() {
		const next = this.#compute();
		const same =
			next.kind === this.#status.kind &&
			(next.kind !== 'connected' ||
				(this.#status.kind === 'connected' &&
					this.#status.peers === next.peers &&
					this.#status.synced === next.synced));
		if (same) return;
		this.#status = next;
		for (const listener of this.#listeners) {
			try {
				listener(next);
			} catch (error) {
				console.error('Concord: a connection status listener failed', error);
			}
		}
	}

	#compute(): ConnectionStatus {
		const provider = this.#provider;
		if (!provider.shouldConnect) return { kind: 'offline' };
		const room = roomPeers(provider);
		if (!room) return { kind: 'looking' };
		const { peers, synced } = room;
		return peers > 0 ? { kind: 'connected', peers, synced } : { kind: 'looking' };
	}
}
