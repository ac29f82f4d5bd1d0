import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { changedBytes, seededRandom } from '../doc/bad-updates';
import { createDeviceKeys, restoreDeviceKeys } from './device-keys';
import {
	laneClientId,
	readEnvelope,
	signatureHolds,
	signEnvelope,
	type Envelope
} from './envelope';

const WORKSPACE = 'ws-3f9a';

function keystroke(): Uint8Array {
	const doc = new Y.Doc();
	doc.getText('body').insert(0, 'We agree.');
	return Y.encodeStateAsUpdate(doc);
}

describe('the client id of a lane', () => {
	it('is a safe integer of the signer and lane, different for each', async () => {
		const one = await createDeviceKeys({ library: true });
		const two = await createDeviceKeys({ library: true });
		const ids = [
			laneClientId(one.signingPublic, 0),
			laneClientId(one.signingPublic, 1),
			laneClientId(two.signingPublic, 0)
		];
		expect(new Set(ids).size).toBe(3);
		for (const id of ids) expect(Number.isSafeInteger(id) && id >= 0).toBe(true);
		expect(laneClientId(one.signingPublic, 1)).toBe(ids[1]);
	});
});

describe('a signed envelope', () => {
	for (const library of [false, true]) {
		it(`carries a change whose signature holds, with ${library ? 'the library' : 'WebCrypto'} keys`, async () => {
			const keys = await createDeviceKeys({ library });
			const update = keystroke();
			const read = readEnvelope(await signEnvelope(keys, WORKSPACE, { lane: 7, seq: 1 }, update));
			expect(read.ok).toBe(true);
			const { envelope } = read as { envelope: Envelope };
			expect(envelope.signer).toEqual(keys.signingPublic);
			expect(envelope.seq).toBe(1);
			expect(envelope.lane).toBe(7);
			expect(envelope.update).toEqual(update);
			expect(signatureHolds(envelope, WORKSPACE)).toBe(true);
			// Keys put back from storage sign as the same device.
			const again = restoreDeviceKeys(keys.stored);
			const second = readEnvelope(
				await signEnvelope(again, WORKSPACE, { lane: 7, seq: 2 }, update)
			);
			expect(second.ok && second.envelope.signer).toEqual(keys.signingPublic);
			expect(second.ok && signatureHolds(second.envelope, WORKSPACE)).toBe(true);
		});
	}

	it('is read only in its one encoding: a padded number is another copy of the signature', async () => {
		const keys = await createDeviceKeys({ library: true });
		const good = await signEnvelope(keys, WORKSPACE, { lane: 7, seq: 1 }, keystroke());
		expect(good[33]).toBe(7);
		const padded = Uint8Array.of(...good.subarray(0, 33), 0x87, 0x00, ...good.subarray(34));
		expect(readEnvelope(padded)).toEqual({ ok: false, reason: 'not in its one encoding' });
	});

	it('does not hold once any part is changed, or in another workspace', async () => {
		const keys = await createDeviceKeys();
		const other = await createDeviceKeys();
		const read = readEnvelope(
			await signEnvelope(keys, WORKSPACE, { lane: 0, seq: 7 }, keystroke())
		);
		const envelope = (read as { envelope: Envelope }).envelope;
		const changedUpdate = Uint8Array.from(envelope.update);
		changedUpdate[changedUpdate.length - 2]! ^= 1;
		const forgeries: [string, Envelope, string][] = [
			['another workspace', envelope, 'ws-other'],
			['a changed update', { ...envelope, update: changedUpdate }, WORKSPACE],
			['a replayed number', { ...envelope, seq: 8 }, WORKSPACE],
			['another lane', { ...envelope, lane: 1 }, WORKSPACE],
			['someone else as signer', { ...envelope, signer: other.signingPublic }, WORKSPACE],
			['a zero signature', { ...envelope, signature: new Uint8Array(64) }, WORKSPACE]
		];
		for (const [what, forged, workspace] of forgeries)
			expect(signatureHolds(forged, workspace), what).toBe(false);
	});

	it('refuses bytes that are not exactly one envelope, never throwing (seeded corpus)', async () => {
		const seed = Number(process.env.CONCORD_FUZZ_SEED) || 170_017;
		console.log(`envelope corpus: seed ${seed} (CONCORD_FUZZ_SEED=${seed} replays)`);
		const next = seededRandom(seed);
		const keys = await createDeviceKeys();
		const good = await signEnvelope(keys, WORKSPACE, { lane: 0xffff_ffff, seq: 3 }, keystroke());
		expect(readEnvelope(Uint8Array.of(...good, 0))).toEqual({
			ok: false,
			reason: 'bytes after the signature'
		});
		expect(readEnvelope(Uint8Array.of(2, ...good.subarray(1))).ok).toBe(false);
		for (let length = 0; length < good.length; length++)
			expect(readEnvelope(good.subarray(0, length)).ok, `cut to ${length} bytes`).toBe(false);

		let accepted = 0;
		for (let i = 0; i < 2000; i++) {
			const bytes = changedBytes(good, next);
			const read = readEnvelope(bytes);
			if (read.ok && signatureHolds(read.envelope, WORKSPACE)) accepted++;
		}
		expect(accepted, 'changed envelopes whose signature still held').toBe(0);
	});
});
