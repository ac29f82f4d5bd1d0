/**
 * Reading the envelope of a message a peer sends over a data channel (y-webrtc's framing over
 * y-protocols' sync and awareness messages), without acting on it, so that the guard can check
 * and rate-limit it before the sync library sees it.
 */
import * as decoding from 'lib0/decoding';
import { checkStateVector, type UpdateVerdict } from '../doc';

/** The largest presence message accepted from a peer: presence is a name, a colour and a caret. */
export const MAX_AWARENESS_BYTES = 64 * 1024;

/** The kinds of message a peer may send over a data channel. */
export type PeerMessageKind =
	'sync-step-1' | 'sync-step-2' | 'update' | 'awareness' | 'query-awareness';

/** A message as the guard sees it: its kind, and the Yjs update inside when it carries one. */
export interface PeerMessage {
	kind: PeerMessageKind;
	update?: Uint8Array;
}

/** A message that can be read, or why it cannot. */
export type ParsedPeerMessage = { ok: true; message: PeerMessage } | { ok: false; reason: string };

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;
const SYNC_KINDS = ['sync-step-1', 'sync-step-2', 'update'] as const;

/** Whether a message this copy sends carries a change (a sync update), read from its first bytes. */
export function carriesUpdate(data: Uint8Array): boolean {
	return data[0] === MESSAGE_SYNC && data[1] === SYNC_KINDS.indexOf('update');
}

function refused(reason: string): ParsedPeerMessage {
	return { ok: false, reason };
}

function checkAwareness(bytes: Uint8Array): string | null {
	if (bytes.length > MAX_AWARENESS_BYTES) return `presence of ${bytes.length} bytes`;
	const decoder = decoding.createDecoder(bytes);
	const count = decoding.readVarUint(decoder);
	if (count > bytes.length) return `presence claims ${count} people`;
	for (let i = 0; i < count; i++) {
		decoding.readVarUint(decoder);
		decoding.readVarUint(decoder);
		JSON.parse(decoding.readVarString(decoder));
	}
	return decoding.hasContent(decoder) ? 'bytes after the presence' : null;
}

/**
 * Reads a peer's message: a sync message (step 1 with a well-formed state vector, step 2 or an
 * update, whose update the caller checks), presence, or a query for presence. Anything else, such
 * as the tab-to-tab announcement sent over a data channel, is refused with a reason. Never throws.
 */
export function parsePeerMessage(data: unknown): ParsedPeerMessage {
	if (!(data instanceof Uint8Array)) return refused('not binary');
	if (data.length === 0) return refused('empty message');
	try {
		const decoder = decoding.createDecoder(data);
		const type = decoding.readVarUint(decoder);
		if (type === MESSAGE_QUERY_AWARENESS) {
			if (decoding.hasContent(decoder)) return refused('bytes after a presence query');
			return { ok: true, message: { kind: 'query-awareness' } };
		}
		if (type === MESSAGE_AWARENESS) {
			const payload = decoding.readVarUint8Array(decoder);
			if (decoding.hasContent(decoder)) return refused('bytes after the presence');
			const problem = checkAwareness(payload);
			return problem ? refused(problem) : { ok: true, message: { kind: 'awareness' } };
		}
		if (type !== MESSAGE_SYNC) return refused(`unknown message type ${type}`);
		const kind = SYNC_KINDS[decoding.readVarUint(decoder)];
		if (!kind) return refused('unknown sync message');
		const payload = decoding.readVarUint8Array(decoder);
		if (decoding.hasContent(decoder)) return refused('bytes after the sync message');
		if (kind === 'sync-step-1') {
			const verdict: UpdateVerdict = checkStateVector(payload);
			return verdict.ok
				? { ok: true, message: { kind } }
				: refused(`state vector ${verdict.reason}`);
		}
		return { ok: true, message: { kind, update: payload } };
	} catch (error) {
		return refused(error instanceof Error ? error.message : 'unreadable');
	}
}
