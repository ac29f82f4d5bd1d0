/**
 * The signed envelope a device's change travels and is stored in: the change (a Yjs update), the
 * signer's public key, the signer's sequence number and a signature over them and the workspace.
 * Peers pass envelopes on byte for byte, so any copy can check any change, however it arrived.
 *
 *   version (1 byte, 1) · signer (32 bytes) · seq (varuint, from 1) · update (varuint8array) ·
 *   signature (64 bytes) over "concord/envelope/v1" · workspace id · signer · seq · update
 *
 * The workspace id is signed so that an envelope cannot be replayed into another workspace.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { KEY_BYTES, SIGNATURE_BYTES, verifySignature, type DeviceKeys } from './device-keys';

/** The envelope format this code writes and reads. */
export const ENVELOPE_VERSION = 1;
const DOMAIN = 'concord/envelope/v1';

/** One device's change as it travels: who signed it, its place in their sequence, and what. */
export interface Envelope {
	signer: Uint8Array;
	/** 1 for a device's first change in the workspace, one more for each after. */
	seq: number;
	update: Uint8Array;
	signature: Uint8Array;
}

/** An envelope that could be read, or why not. */
export type ReadEnvelope = { ok: true; envelope: Envelope } | { ok: false; reason: string };

function signedBytes(workspaceId: string, signer: Uint8Array, seq: number, update: Uint8Array) {
	const e = encoding.createEncoder();
	encoding.writeVarString(e, DOMAIN);
	encoding.writeVarString(e, workspaceId);
	encoding.writeUint8Array(e, signer);
	encoding.writeVarUint(e, seq);
	encoding.writeVarUint8Array(e, update);
	return encoding.toUint8Array(e);
}

/** `update` signed by this device as its change number `seq` in the workspace, ready to send. */
export async function signEnvelope(
	keys: DeviceKeys,
	workspaceId: string,
	seq: number,
	update: Uint8Array
): Promise<Uint8Array> {
	if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`bad sequence number ${seq}`);
	const signature = await keys.sign(signedBytes(workspaceId, keys.signingPublic, seq, update));
	const e = encoding.createEncoder();
	encoding.writeUint8(e, ENVELOPE_VERSION);
	encoding.writeUint8Array(e, keys.signingPublic);
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
		const seq = decoding.readVarUint(d);
		if (!Number.isSafeInteger(seq) || seq < 1) return { ok: false, reason: 'bad sequence number' };
		const update = decoding.readVarUint8Array(d);
		const signature = decoding.readUint8Array(d, SIGNATURE_BYTES);
		if (signature.length !== SIGNATURE_BYTES) return { ok: false, reason: 'cut short' };
		if (decoding.hasContent(d)) return { ok: false, reason: 'bytes after the signature' };
		return { ok: true, envelope: { signer, seq, update, signature } };
	} catch {
		return { ok: false, reason: 'cut short' };
	}
}

/** Whether the envelope was signed, as it stands, by its signer for this workspace. */
export function signatureHolds(envelope: Envelope, workspaceId: string): boolean {
	const { signer, seq, update, signature } = envelope;
	return verifySignature(signer, signedBytes(workspaceId, signer, seq, update), signature);
}
