import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toHexString } from 'lib0/buffer';
import * as Y from 'yjs';
import { ChangeLedger } from '../doc';
import { createDeviceKeys, type DeviceKeys } from '../trust/device-keys';
import { laneClientId, readEnvelope, signatureHolds, type Envelope } from '../trust/envelope';
import { LaneWriter } from './lane-writer';

const WORKSPACE = 'ws-lane';
const PEER = Symbol('peer');

let keys: DeviceKeys;
beforeEach(async () => {
	keys = await createDeviceKeys({ library: true });
	vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function session(doc = new Y.Doc()) {
	const sent: Envelope[] = [];
	const writer = new LaneWriter({
		doc,
		keys,
		workspaceId: WORKSPACE,
		lane: 42,
		isLocal: (origin) => origin !== PEER,
		send: (bytes) => {
			const read = readEnvelope(bytes);
			if (!read.ok) throw new Error(read.reason);
			sent.push(read.envelope);
		}
	});
	return { doc, writer, sent, text: doc.getText('body') };
}

/** What a copy reads after taking in every envelope's change. */
function replayed(sent: Envelope[], before?: Y.Doc): string {
	const copy = new Y.Doc();
	if (before) Y.applyUpdate(copy, Y.encodeStateAsUpdate(before));
	for (const envelope of sent) Y.applyUpdate(copy, envelope.update);
	return copy.getText('body').toString();
}

describe("a session's lane", () => {
	it('signs a burst of typing as one envelope once typing pauses, under the lane’s client id', async () => {
		const { doc, writer, sent, text } = session();
		expect(doc.clientID).toBe(laneClientId(keys.signingPublic, 42));
		for (const char of 'We agree') {
			text.insert(text.length, char);
			await vi.advanceTimersByTimeAsync(60);
		}
		expect(sent).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(250);
		expect(sent.map((e) => [e.lane, e.seq])).toEqual([[42, 1]]);
		expect(signatureHolds(sent[0]!, WORKSPACE)).toBe(true);
		expect(replayed(sent)).toBe('We agree');
		expect(writer.count).toBe(1);
	});

	it('sends at least every second while someone types on, in order', async () => {
		const { sent, text } = session();
		for (let i = 0; i < 25; i++) {
			text.insert(text.length, 'x');
			await vi.advanceTimersByTimeAsync(100);
		}
		await vi.advanceTimersByTimeAsync(300);
		expect(sent.map((e) => e.seq)).toEqual([1, 2, 3]);
		expect(replayed(sent)).toBe('x'.repeat(25));
	});

	it('leaves what peers wrote out of its envelopes', async () => {
		const { doc, sent, text } = session();
		text.insert(0, 'Our charter.');
		await vi.advanceTimersByTimeAsync(300);
		const peer = new Y.Doc();
		Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
		peer.getText('body').insert(0, 'Draft: ');
		text.insert(text.length, ' Agreed');
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), PEER);
		text.insert(text.length, '.');
		await vi.advanceTimersByTimeAsync(300);
		expect(sent).toHaveLength(2);
		const clients = new Set(
			sent.flatMap((e) => Y.decodeUpdate(e.update).structs.map((s) => s.id.client))
		);
		expect([...clients]).toEqual([doc.clientID]);
		// A copy with the peer's change and these envelopes reads what this session reads.
		expect(replayed(sent, peer)).toBe(text.toString());
	});

	it("writes envelopes another copy's ledger applies, the root's device being a facilitator", async () => {
		const bytes: Uint8Array[] = [];
		const doc = new Y.Doc();
		const writer = new LaneWriter({
			doc,
			keys,
			workspaceId: WORKSPACE,
			isLocal: () => true,
			send: (envelope) => bytes.push(envelope)
		});
		const text = doc.getText('body');
		text.insert(0, 'Article 1. ');
		await vi.advanceTimersByTimeAsync(300);
		text.insert(text.length, 'Members meet monthly.');
		text.delete(0, 8);
		await writer.close();
		const copyDoc = new Y.Doc();
		const copy = new ChangeLedger(copyDoc, WORKSPACE, keys.signingPublic);
		const verdicts = bytes.flatMap((envelope) => copy.receive(envelope).map((j) => j.verdict.kind));
		expect(verdicts).toEqual(['applied', 'applied']);
		expect(copyDoc.getText('body').toString()).toBe('1. Members meet monthly.');
		expect(copy.vector()).toEqual(
			new Map([[`${toHexString(keys.signingPublic)}:${writer.lane}`, 2]])
		);
	});

	it('sends what is pending when the session closes, and nothing after', async () => {
		const { sent, text, writer } = session();
		text.insert(0, 'Last words');
		await writer.close();
		expect(sent).toHaveLength(1);
		text.insert(0, 'Unsent ');
		await vi.advanceTimersByTimeAsync(2000);
		expect(sent).toHaveLength(1);
	});
});
