/*
 * Messages larger than a WebRTC data channel carries in one piece (Chromium refuses more than
 * 256 KiB, and y-webrtc swallows the error) are sent as numbered pieces and put back together on
 * arrival. Without this, a workspace's first sync stops arriving once its history passes that size.
 */

/** Marks a piece of a larger message; y-webrtc's own messages begin with a type below 5. */
export const PIECE_MESSAGE = 126;

/** The most a piece carries: well under every browser's limit for one data-channel message. */
export const PIECE_BYTES = 64 * 1024;

/**
 * The pieces to send for one message: the message itself when it fits, otherwise pieces whose
 * second byte says whether more follow. The channel is ordered and reliable, so pieces need no
 * numbers, and one message's pieces are all sent before the next message.
 */
export function splitMessage(data: Uint8Array, pieceBytes = PIECE_BYTES): Uint8Array[] {
	if (data.length <= pieceBytes) return [data];
	const pieces: Uint8Array[] = [];
	for (let start = 0; start < data.length; start += pieceBytes) {
		const payload = data.subarray(start, start + pieceBytes);
		const piece = new Uint8Array(payload.length + 2);
		piece[0] = PIECE_MESSAGE;
		piece[1] = start + pieceBytes < data.length ? 1 : 0;
		piece.set(payload, 2);
		pieces.push(piece);
	}
	return pieces;
}

/** What a reassembler makes of one arriving piece of data. */
export type Reassembled =
	{ kind: 'message'; data: Uint8Array } | { kind: 'pending' } | { kind: 'refused'; reason: string };

/** Puts one peer's pieces back together, refusing malformed or oversized messages. */
export class Reassembler {
	readonly #maxBytes: number;
	#pieces: Uint8Array[] = [];
	#bytes = 0;
	/** After a refusal, the rest of the refused message's pieces are passed over. */
	#skipping = false;

	constructor(maxBytes: number) {
		this.#maxBytes = maxBytes;
	}

	/** Takes what arrived: a whole message, a piece (pending until the last), or a refusal. */
	take(data: Uint8Array): Reassembled {
		if (this.#skipping && data[0] === PIECE_MESSAGE) {
			if (data[1] !== 1) this.#skipping = false;
			return { kind: 'pending' };
		}
		this.#skipping = false;
		if (data[0] !== PIECE_MESSAGE) {
			if (this.#pieces.length === 0) return { kind: 'message', data };
			this.#reset();
			return { kind: 'refused', reason: 'a message arrived in the middle of another one' };
		}
		if (data.length < 3 || (data[1] !== 0 && data[1] !== 1)) {
			this.#reset();
			this.#skipping = data[1] === 1;
			return { kind: 'refused', reason: 'a malformed piece of a message' };
		}
		this.#bytes += data.length - 2;
		if (this.#bytes > this.#maxBytes) {
			this.#reset();
			this.#skipping = data[1] === 1;
			return { kind: 'refused', reason: `a message larger than ${this.#maxBytes} bytes` };
		}
		this.#pieces.push(data.subarray(2));
		if (data[1] === 1) return { kind: 'pending' };
		const whole = new Uint8Array(this.#bytes);
		let offset = 0;
		for (const piece of this.#pieces) {
			whole.set(piece, offset);
			offset += piece.length;
		}
		this.#reset();
		return { kind: 'message', data: whole };
	}

	#reset() {
		this.#pieces = [];
		this.#bytes = 0;
	}
}
