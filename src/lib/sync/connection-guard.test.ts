import { EventEmitter } from 'node:events';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as decoding from 'lib0/decoding';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
	ConnectionGuard,
	MAX_WAITING_MESSAGES,
	PEER_RATES,
	PRESENCE_ARRIVALS,
	type GuardedPeer
} from './connection-guard';
import { PassedUpdates } from './passed-updates';
import { parsePeerMessage } from './peer-message';
import { inlineUpdateValidator } from './update-validator';

/** A stand-in for simple-peer: an emitter of `data` with `destroy`. */
class FakePeer extends EventEmitter {
	destroyed = false;
	destroy() {
		this.destroyed = true;
	}
}

function message(write: (e: encoding.Encoder) => void): Uint8Array {
	const e = encoding.createEncoder();
	write(e);
	return encoding.toUint8Array(e);
}

/** A decoder past a message's type byte. */
function withType(data: Uint8Array): decoding.Decoder {
	const decoder = decoding.createDecoder(data);
	decoding.readVarUint(decoder);
	return decoder;
}

const updateMessage = (update: Uint8Array) =>
	message((e) => {
		encoding.writeVarUint(e, 0);
		syncProtocol.writeUpdate(e, update);
	});

function awarenessMessage(name: string): Uint8Array {
	const awareness = new Awareness(new Y.Doc());
	awareness.setLocalState({ user: { name, color: '#1f5f5b' } });
	return message((e) => {
		encoding.writeVarUint(e, 1);
		encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, [awareness.clientID]));
	});
}

/** Consecutive small updates from one writer: each builds on the one before. */
function typing(count: number): Uint8Array[] {
	const doc = new Y.Doc();
	const updates: Uint8Array[] = [];
	doc.on('update', (u: Uint8Array) => updates.push(u));
	for (let i = 0; i < count; i++) doc.getText('t').insert(i, 'ab'[i % 2]!);
	return updates;
}

function setup(rates?: ConstructorParameters<typeof ConnectionGuard>[1]['rates']) {
	const peer = new FakePeer();
	const received: Uint8Array[] = [];
	peer.on('data', (data: Uint8Array) => received.push(data));
	const guard = new ConnectionGuard(peer as unknown as GuardedPeer, {
		validator: inlineUpdateValidator,
		rates,
		now: () => Date.now()
	});
	return { peer, received, guard };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('a guarded connection', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.spyOn(console, 'warn').mockImplementation(() => {});
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});

	it('passes valid updates on in the order they arrived', async () => {
		const { peer, received } = setup();
		const updates = typing(50).map(updateMessage);
		for (const u of updates) peer.emit('data', u);
		await settle();
		expect(received).toEqual(updates);
		const doc = new Y.Doc();
		for (const data of received) {
			const parsed = parsePeerMessage(data);
			if (parsed.ok && parsed.message.update) Y.applyUpdate(doc, parsed.message.update);
		}
		expect(doc.getText('t').toString()).toBe('ab'.repeat(25));
	});

	it('drops malformed messages with a logged reason and keeps passing good ones', async () => {
		const { peer, received } = setup();
		const [good] = typing(1).map(updateMessage);
		const bad = [
			new Uint8Array(),
			Uint8Array.of(0, 2, 3, 1, 2),
			updateMessage(Uint8Array.of(7, 7, 7)),
			Uint8Array.of(4, 1, 3, 97, 98, 99),
			Uint8Array.of(9)
		];
		for (const b of bad) peer.emit('data', b);
		peer.emit('data', good);
		await settle();
		expect(received).toEqual([good]);
		expect(console.warn).toHaveBeenCalledTimes(bad.length);
		expect(vi.mocked(console.warn).mock.calls[0]![0]).toMatch(/ignored a message from a peer: /);
	});

	it('holds messages beyond the rate and passes them on later, none lost', async () => {
		const { peer, received } = setup({
			update: { perSecond: 10, burst: 5 },
			'sync-step-1': { perSecond: 1, burst: 1 },
			'sync-step-2': { perSecond: 1, burst: 1 },
			awareness: { perSecond: 1, burst: 1 },
			'query-awareness': { perSecond: 1, burst: 1 }
		});
		const updates = typing(25).map(updateMessage);
		for (const u of updates) peer.emit('data', u);
		await settle();
		expect(received.length).toBe(5);
		await vi.advanceTimersByTimeAsync(1000);
		expect(received.length).toBe(15);
		await vi.advanceTimersByTimeAsync(1000);
		expect(received).toEqual(updates);
		expect(peer.destroyed).toBe(false);
	});

	it('disconnects a peer that floods presence, passing on only what its rate allows', async () => {
		const { peer, received, guard } = setup();
		const flood = awarenessMessage('Mallory');
		for (let i = 0; i <= MAX_WAITING_MESSAGES + 200; i++) peer.emit('data', flood);
		await settle();
		expect(guard.blocked).toBe(true);
		expect(peer.destroyed).toBe(true);
		expect(received.length).toBeLessThanOrEqual(100);
		expect(console.warn).toHaveBeenCalledWith(
			expect.stringMatching(/disconnected a peer: .*faster/)
		);
	});

	it('spots a presence flood by its pace however quickly the page keeps up, and lets a large room relay', async () => {
		// A large room: a peer relays 50 people's carets, five moves a second each, for ten seconds.
		const relaying = setup();
		const carets = Array.from({ length: 50 }, (_, i) => awarenessMessage(`Member ${i}`));
		for (let tenth = 0; tenth < 100; tenth++) {
			for (const caret of carets.slice(0, 25)) relaying.peer.emit('data', caret);
			await vi.advanceTimersByTimeAsync(100);
		}
		expect(relaying.guard.blocked).toBe(false);

		// A flood, with the page passing presence on between every few messages.
		const flooded = setup();
		const flood = awarenessMessage('Mallory');
		for (let i = 0; i < 2 * PRESENCE_ARRIVALS.burst && !flooded.guard.blocked; i++) {
			flooded.peer.emit('data', flood);
			if (i % 10 === 0) await vi.advanceTimersByTimeAsync(1);
		}
		expect(flooded.guard.blocked).toBe(true);
		expect(console.warn).toHaveBeenCalledWith(
			expect.stringMatching(/disconnected a peer: .*presence faster than allowed/)
		);
	});

	it("never holds changes behind presence, and merges presence that waits to each person's latest", async () => {
		const { peer, received } = setup();
		const people = ['Amina', 'Bea', 'Chidi'].map((name) => {
			const awareness = new Awareness(new Y.Doc());
			return { name, awareness };
		});
		const presenceOf = (awareness: Awareness, caret: number) => {
			awareness.setLocalState({ user: { name: 'x' }, caret });
			return message((e) => {
				encoding.writeVarUint(e, 1);
				encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, [awareness.clientID]));
			});
		};
		// 300 caret moves, ten times what the rate lets through in a second, then a line typed.
		for (let caret = 0; caret < 100; caret++) {
			for (const { awareness } of people) peer.emit('data', presenceOf(awareness, caret));
		}
		const updates = typing(20).map(updateMessage);
		for (const u of updates) peer.emit('data', u);
		await settle();
		const kinds = received.map(
			(data) => (parsePeerMessage(data) as { message: { kind: string } }).message.kind
		);
		expect(kinds.filter((k) => k === 'update')).toHaveLength(20);
		await vi.advanceTimersByTimeAsync(1000);
		const seen = new Awareness(new Y.Doc());
		for (const data of received) {
			const parsed = parsePeerMessage(data);
			if (parsed.ok && parsed.message.kind === 'awareness') {
				applyAwarenessUpdate(seen, decoding.readVarUint8Array(withType(data)), 'peer');
			}
		}
		for (const { awareness } of people) {
			expect(seen.getStates().get(awareness.clientID)).toMatchObject({ caret: 99 });
		}
		// The first burst passes as it came; the rest waited and went as one message.
		expect(kinds.filter((k) => k === 'awareness').length).toBeLessThanOrEqual(31);
		expect(peer.destroyed).toBe(false);
	});

	it('says when it refused a change, so that the copy can ask for it again', async () => {
		const onChangeRefused = vi.fn();
		const peer = new FakePeer();
		new ConnectionGuard(peer as unknown as GuardedPeer, {
			validator: inlineUpdateValidator,
			onChangeRefused
		});
		peer.emit('data', updateMessage(Uint8Array.of(7, 7, 7)));
		peer.emit('data', awarenessMessage('Mallory').subarray(0, 5));
		await settle();
		expect(onChangeRefused).toHaveBeenCalledTimes(1);
	});

	it('checks and applies a change relayed by several peers once, and a refused one every time', async () => {
		const passed = new PassedUpdates();
		const check = vi.spyOn(inlineUpdateValidator, 'check');
		const received: Uint8Array[] = [];
		// The last peer may send one change a second: what it relays waits, and meanwhile comes
		// through the first.
		const slow = { ...PEER_RATES, update: { perSecond: 1, burst: 1 } };
		const peers = [PEER_RATES, PEER_RATES, slow].map((rates) => {
			const peer = new FakePeer();
			peer.on('data', (data: Uint8Array) => received.push(data));
			new ConnectionGuard(peer as unknown as GuardedPeer, {
				validator: inlineUpdateValidator,
				passed,
				rates,
				now: () => Date.now()
			});
			return peer;
		});
		const updates = typing(5).map(updateMessage);
		const forged = updateMessage(Uint8Array.of(7, 7, 7));
		for (const u of updates) peers[2]!.emit('data', u);
		await settle();
		for (const u of [...updates, forged]) peers[0]!.emit('data', u);
		await settle();
		for (const u of [...updates, forged]) peers[1]!.emit('data', u);
		await vi.advanceTimersByTimeAsync(10_000);
		expect(received).toEqual(updates);
		expect(check).toHaveBeenCalledTimes(updates.length + 2);
		expect(passed.size).toBe(updates.length);
	});

	it('refuses presence that is too large or not JSON', () => {
		const huge = awarenessMessage('x'.repeat(70_000));
		expect(parsePeerMessage(huge)).toMatchObject({ ok: false });
		const notJson = message((e) => {
			encoding.writeVarUint(e, 1);
			encoding.writeVarUint8Array(
				e,
				message((p) => {
					encoding.writeVarUint(p, 1);
					encoding.writeVarUint(p, 5);
					encoding.writeVarUint(p, 1);
					encoding.writeVarString(p, '{not json');
				})
			);
		});
		expect(parsePeerMessage(notJson)).toMatchObject({ ok: false });
		expect(parsePeerMessage(awarenessMessage('Amina'))).toEqual({
			ok: true,
			message: { kind: 'awareness' }
		});
	});
});
