/**
 * One member of a large room, as a Node process of its own: a Y.Doc synced by Concord's PeerSync
 * (peer guard and update check included) over node-datachannel's WebRTC, through the real relay.
 * The harness (`room.ts`) tells it when to edit over IPC; it reports when it joined and what it holds.
 */
import { nodeWebrtc } from './node-webrtc';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { PeerSync } from '../../src/lib/sync/peer-sync';

/** What the harness sends a member. */
export type ToMember =
	{ kind: 'edit'; line: string; expected: string[] } | { kind: 'report' } | { kind: 'leave' };
/** What a member sends the harness; `complete` once its copy holds every expected line. */
export type FromMember =
	| { kind: 'joined'; at: number }
	| { kind: 'complete'; at: number }
	| { kind: 'state'; lines: number; text: string; stateVector: string; at: number };

// Node 20 has no WebSocket of its own; y-webrtc's signaling client looks for the global one.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

// A page lives on after an unhandled rejection, and so does a member: y-webrtc throws one when a
// peer's answer arrives for a connection it has already closed (a race in a large room).
process.on('unhandledRejection', (reason) =>
	console.error('member', process.pid, 'unhandled rejection:', reason)
);

const [relayUrl, roomName, roomPassword, maxConns] = process.argv.slice(2);
const doc = new Y.Doc({ gc: false });
const body = doc.getText('body');
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
const send = (message: FromMember) => process.send!(message);

const unsubscribe = sync.subscribe((status) => {
	if (process.env.ROOMS_DEBUG) console.error('member', process.pid, JSON.stringify(status));
	if (status.kind === 'connected') {
		unsubscribe();
		send({ kind: 'joined', at: Date.now() });
		if (process.env.ROOMS_DEBUG)
			console.error(
				'member',
				process.pid,
				'joined after',
				Math.round(performance.now()),
				'ms of its life'
			);
	}
});

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
		body.insert(body.length, message.line + '\n');
		watchFor(message.expected);
	} else if (message.kind === 'report') {
		const text = body.toString();
		send({
			kind: 'state',
			lines: text.split('\n').filter(Boolean).length,
			text,
			stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
			at: Date.now()
		});
	} else {
		sync.destroy();
		setTimeout(() => process.exit(0), 200);
	}
});
