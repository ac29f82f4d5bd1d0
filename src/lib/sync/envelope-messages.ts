/**
 * The two messages signed changes travel in between peers, beside y-webrtc's own (whose first
 * byte is 0 to 4): a batch of envelopes, passed on byte for byte, and a copy's lane vector, which
 * asks the peer for what the copy lacks.
 *
 *   envelopes: 120 · count (varuint) · envelope (varuint8array) each
 *   lanes:     121 · count (varuint) · signer (32 bytes) · lane (varuint) · counted (varuint) each
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { fromHexString, toHexString } from 'lib0/buffer';
import { KEY_BYTES } from '../trust/device-keys';
import { MAX_LANE } from '../trust/envelope';

const MESSAGE_ENVELOPES = 120;
const MESSAGE_LANES = 121;
/** The most envelopes one message carries; more go in several. */
export const MAX_ENVELOPES_PER_MESSAGE = 512;
/** The most lanes a vector names (a workspace's sessions over years stay far below). */
export const MAX_LANES = 100_000;

/** A message of signed changes, read. */
export type EnvelopeMessage =
	| { kind: 'envelopes'; envelopes: Uint8Array[] }
	/** How far a copy has counted each lane, by `signer-hex:lane`. */
	| { kind: 'lanes'; vector: Map<string, number> };

/** Whether a message is one of these two (the rest are y-webrtc's). */
export function isEnvelopeMessage(data: Uint8Array): boolean {
	return data[0] === MESSAGE_ENVELOPES || data[0] === MESSAGE_LANES;
}

/** Messages carrying `envelopes`, at most `MAX_ENVELOPES_PER_MESSAGE` each. */
export function envelopesMessages(envelopes: readonly Uint8Array[]): Uint8Array[] {
	const out: Uint8Array[] = [];
	for (let i = 0; i < envelopes.length; i += MAX_ENVELOPES_PER_MESSAGE) {
		const batch = envelopes.slice(i, i + MAX_ENVELOPES_PER_MESSAGE);
		const e = encoding.createEncoder();
		encoding.writeUint8(e, MESSAGE_ENVELOPES);
		encoding.writeVarUint(e, batch.length);
		for (const envelope of batch) encoding.writeVarUint8Array(e, envelope);
		out.push(encoding.toUint8Array(e));
	}
	return out;
}

/** The message telling a peer how far this copy has counted each lane. */
export function lanesMessage(vector: ReadonlyMap<string, number>): Uint8Array {
	const e = encoding.createEncoder();
	encoding.writeUint8(e, MESSAGE_LANES);
	encoding.writeVarUint(e, vector.size);
	for (const [key, counted] of vector) {
		const [signer, lane] = key.split(':');
		encoding.writeUint8Array(e, fromHexString(signer!));
		encoding.writeVarUint(e, Number(lane));
		encoding.writeVarUint(e, counted);
	}
	return encoding.toUint8Array(e);
}

/** Reads one of these messages exactly, or says why not. Never throws. */
export function readEnvelopeMessage(
	data: Uint8Array
): { ok: true; message: EnvelopeMessage } | { ok: false; reason: string } {
	try {
		const d = decoding.createDecoder(data);
		const kind = decoding.readUint8(d);
		const count = decoding.readVarUint(d);
		if (kind === MESSAGE_ENVELOPES) {
			if (count > MAX_ENVELOPES_PER_MESSAGE) return { ok: false, reason: 'too many envelopes' };
			const envelopes: Uint8Array[] = [];
			for (let i = 0; i < count; i++) envelopes.push(decoding.readVarUint8Array(d));
			if (decoding.hasContent(d)) return { ok: false, reason: 'bytes after the envelopes' };
			return { ok: true, message: { kind: 'envelopes', envelopes } };
		}
		if (kind !== MESSAGE_LANES) return { ok: false, reason: 'not a message of signed changes' };
		if (count > MAX_LANES) return { ok: false, reason: 'too many lanes' };
		const vector = new Map<string, number>();
		for (let i = 0; i < count; i++) {
			if (d.arr.length - d.pos < KEY_BYTES) return { ok: false, reason: 'cut short' };
			const signer = toHexString(decoding.readUint8Array(d, KEY_BYTES));
			const lane = decoding.readVarUint(d);
			const counted = decoding.readVarUint(d);
			if (lane > MAX_LANE || !Number.isSafeInteger(counted))
				return { ok: false, reason: 'a lane out of range' };
			vector.set(`${signer}:${lane}`, counted);
		}
		if (decoding.hasContent(d)) return { ok: false, reason: 'bytes after the lanes' };
		return { ok: true, message: { kind: 'lanes', vector } };
	} catch {
		return { ok: false, reason: 'cut short' };
	}
}
