/**
 * The signed envelope a device's change travels and is stored in: the change (a Yjs update), the
 * signer's public key, the lane it was written in (one per session of the device: tabs write
 * apart), its number in the lane, and a signature over them and the workspace. Peers pass
 * envelopes on byte for byte, so any copy can check any change, however it arrived.
 *
 *   version (1 byte, 1) · signer (32 bytes) · lane (varuint, 32 bits) · seq (varuint, from 1) ·
 *   update (varuint8array) · signature (64 bytes) over
 *   "concord/envelope/v1" · workspace id · signer · lane · seq · update
 *
 * The workspace id is signed so that an envelope cannot be replayed into another workspace. A
 * lane writes under one Yjs client id, derived from the signer and the lane (`laneClientId`), so
 * every copy can tell whose items are whose without asking anyone.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { KEY_BYTES, SIGNATURE_BYTES, verifySignature, type DeviceKeys } from './device-keys';

/** The envelope format this code writes and reads. */
export const ENVELOPE_VERSION = 1;
const DOMAIN = 'concord/envelope/v1';

/** The largest lane number (lanes are 32-bit, chosen at random per session). */
export const MAX_LANE = 0xffff_ffff;

/** One device's change as it travels: who signed it, its place in their sequence, and what. */
export interface Envelope {
	signer: Uint8Array;
	/** The session of the device it was written in. */
	lane: number;
	/** 1 for a lane's first change, one more for each after. */
	seq: number;
	update: Uint8Array;
	signature: Uint8Array;
}

/** An envelope that could be read, or why not. */
export type ReadEnvelope = { ok: true; envelope: Envelope } | { ok: false; reason: string };

/**
 * The Yjs client id a lane writes under: 53 bits of SHA-256 over the signer and the lane, so
 * nobody can take another device's id without a key that hashes to it.
 */
export function laneClientId(signer: Uint8Array, lane: number): number {
	const e = encoding.createEncoder();
	encoding.writeVarString(e, 'concord/client/v1');
	encoding.writeUint8Array(e, signer);
	encoding.writeVarUint(e, lane);
	const hash = sha256(encoding.toUint8Array(e));
	// 21 bits of the first word and 32 of the second: every id a safe integer.
	const view = new DataView(hash.buffer, hash.byteOffset, 8);
	return (view.getUint32(0) & 0x1f_ffff) * 2 ** 32 + view.getUint32(4);
}

/** The bytes an envelope's signature is over: its parts, the workspace and the format's name. */
export function signedBytes(workspaceId: string, envelope: Omit<Envelope, 'signature'>) {
	const { signer, lane, seq, update } = envelope;
	const e = encoding.createEncoder();
	encoding.writeVarString(e, DOMAIN);
	encoding.writeVarString(e, workspaceId);
	encoding.writeUint8Array(e, signer);
	encoding.writeVarUint(e, lane);
	encoding.writeVarUint(e, seq);
	encoding.writeVarUint8Array(e, update);
	return encoding.toUint8Array(e);
}

/** `update` signed by this device as change number `seq` of its lane `lane`, ready to send. */
export async function signEnvelope(
	keys: DeviceKeys,
	workspaceId: string,
	at: { lane: number; seq: number },
	update: Uint8Array
): Promise<Uint8Array> {
	const { lane, seq } = at;
	if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`bad sequence number ${seq}`);
	if (!Number.isInteger(lane) || lane < 0 || lane > MAX_LANE)
		throw new RangeError(`bad lane ${lane}`);
	const signer = keys.signingPublic;
	const signature = await keys.sign(signedBytes(workspaceId, { signer, lane, seq, update }));
	return encodeEnvelope({ signer, lane, seq, update, signature });
}

/** An envelope's bytes: its one encoding, so that nobody can make another of the same signature. */
function encodeEnvelope({ signer, lane, seq, update, signature }: Envelope): Uint8Array {
	const e = encoding.createEncoder();
	encoding.writeUint8(e, ENVELOPE_VERSION);
	encoding.writeUint8Array(e, signer);
	encoding.writeVarUint(e, lane);
	encoding.writeVarUint(e, seq);
	encoding.writeVarUint8Array(e, update);
	encoding.writeUint8Array(e, signature);
	return encoding.toUint8Array(e);
}

/** Reads an envelope's parts, exactly framed, without checking its signature. Never throws. */
export function readEnvelope(data: Uint8Array): ReadEnvelope {
	try {
		const d = decoding.createDecoder(data);
		const version = decoding.readUint8(d);
		if (version !== ENVELOPE_VERSION) return { ok: false, reason: `unknown version ${version}` };
		// lib0 hands back what is there when bytes run out, so each length is looked at.
		const signer = decoding.readUint8Array(d, KEY_BYTES);
		if (signer.length !== KEY_BYTES) return { ok: false, reason: 'cut short' };
		const lane = decoding.readVarUint(d);
		if (lane > MAX_LANE) return { ok: false, reason: 'bad lane' };
		const seq = decoding.readVarUint(d);
		if (!Number.isSafeInteger(seq) || seq < 1) return { ok: false, reason: 'bad sequence number' };
		const update = decoding.readVarUint8Array(d);
		const signature = decoding.readUint8Array(d, SIGNATURE_BYTES);
		if (signature.length !== SIGNATURE_BYTES) return { ok: false, reason: 'cut short' };
		if (decoding.hasContent(d)) return { ok: false, reason: 'bytes after the signature' };
		const envelope = { signer, lane, seq, update, signature };
		// Numbers padded with extra bytes read the same: such bytes are a second copy, refused.
		const canonical = encodeEnvelope(envelope);
		if (canonical.length !== data.length) return { ok: false, reason: 'not in its one encoding' };
		return { ok: true, envelope };
	} catch {
		return { ok: false, reason: 'cut short' };
	}
}

/** Whether the envelope was signed, as it stands, by its signer for this workspace. */
export function signatureHolds(envelope: Envelope, workspaceId: string): boolean {
	return verifySignature(envelope.signer, signedBytes(workspaceId, envelope), envelope.signature);
}
