/**
 * One member of a large room, as a Node process of its own: a Y.Doc synced by Concord's PeerSync
 * (peer guard and update check included) over node-datachannel's WebRTC, through the real relay.
 * In `raw` mode, for the benchmark's baseline, y-webrtc alone syncs it, unguarded.
 * The harness (`room.ts`) tells it when to edit over IPC; it reports when it joined and what it holds.
 */
import { messagesReceived, nodeWebrtc } from './node-webrtc';
import { WebSocket } from 'ws';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { PeerSync } from '../../src/lib/sync/peer-sync';
import { roomPeers } from '../../src/lib/sync/webrtc-room';

/** What the harness sends a member. */
export type ToMember =
	{ kind: 'edit'; line: string; expected: string[] } | { kind: 'report' } | { kind: 'leave' };
/** What a member sends the harness; `complete` once its copy holds every expected line. */
export type FromMember =
	| { kind: 'joined'; at: number }
	| { kind: 'complete'; at: number }
	| {
			kind: 'state';
			lines: number;
			text: string;
			stateVector: string;
			at: number;
			/** Data-channel messages received since the edit. */
			messages: number;
	  };

// Node 20 has no WebSocket of its own; y-webrtc's signaling client looks for the global one.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

// A page lives on after an unhandled rejection, and so does a member: y-webrtc throws one when a
// peer's answer arrives for a connection it has already closed (a race in a large room).
process.on('unhandledRejection', (reason) =>
	console.error('member', process.pid, 'unhandled rejection:', reason)
);

const [relayUrl, roomName, roomPassword, maxConns, mode] = process.argv.slice(2);
const doc = new Y.Doc({ gc: false });
const body = doc.getText('body');
const send = (message: FromMember) => process.send!(message);

/** Concord's sync, or y-webrtc alone; either calls `onJoined` once a peer is connected. */
function connect(onJoined: () => void): { destroy(): void } {
	if (mode === 'raw') {
		const provider = new WebrtcProvider(roomName!, doc, {
			signaling: [relayUrl!],
			password: roomPassword!,
			...(Number(maxConns) ? { maxConns: Number(maxConns) } : {}),
			peerOpts: { config: { iceServers: [] }, wrtc: nodeWebrtc }
		});
		const poll = setInterval(() => {
			if ((roomPeers(provider)?.peers ?? 0) === 0) return;
			clearInterval(poll);
			onJoined();
		}, 50);
		return { destroy: () => (clearInterval(poll), provider.destroy()) };
	}
	const sync = new PeerSync(doc, {
		roomName: roomName!,
		roomPassword: roomPassword!,
		signaling: [relayUrl!],
		iceServers: [],
		online: true,
		webrtc: nodeWebrtc,
		maxConns: Number(maxConns) || undefined
	});
	if (process.env.ROOMS_DEBUG)
		setInterval(
			() => console.error('member', process.pid, JSON.stringify(sync.status)),
			2000
		).unref();
	const unsubscribe = sync.subscribe((status) => {
		if (process.env.ROOMS_DEBUG) console.error('member', process.pid, JSON.stringify(status));
		if (status.kind !== 'connected') return;
		unsubscribe();
		onJoined();
	});
	return sync;
}

const sync = connect(() => {
	send({ kind: 'joined', at: Date.now() });
	if (process.env.ROOMS_DEBUG)
		console.error('member', process.pid, 'joined after', Math.round(performance.now()), 'ms');
});
let messagesAtEdit = 0;

/** Tells the harness, once, when this copy holds every line of `expected`. */
function watchFor(expected: string[]) {
	const check = () => {
		const text = body.toString();
		if (!expected.every((line) => text.includes(line))) return;
		body.unobserve(check);
		send({ kind: 'complete', at: Date.now() });
	};
	body.observe(check);
	check();
}

process.on('message', (message: ToMember) => {
	if (message.kind === 'edit') {
		messagesAtEdit = messagesReceived();
		body.insert(body.length, message.line + '\n');
		watchFor(message.expected);
	} else if (message.kind === 'report') {
		const text = body.toString();
		send({
			kind: 'state',
			lines: text.split('\n').filter(Boolean).length,
			text,
			stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
			at: Date.now(),
			messages: messagesReceived() - messagesAtEdit
		});
	} else {
		sync.destroy();
		setTimeout(() => process.exit(0), 200);
	}
});
