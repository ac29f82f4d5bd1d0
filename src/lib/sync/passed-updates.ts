/**
 * The changes recently passed on from any peer of one room. y-webrtc sends every change it
 * receives on to all its other peers (so that a room where not everyone is connected to everyone
 * still hears everything): in a room of n members each change arrives n - 1 times, byte for
 * byte the same. Only the first needs checking and applying; the others are dropped on arrival.
 */

/** Changes larger than this are not remembered: they are rare (pastes, imports) and costly to keep. */
export const MAX_REMEMBERED_BYTES = 4096;
/** How many changes are remembered; a change arrives again within moments, so the newest suffice. */
export const REMEMBERED_UPDATES = 4096;

/** A message's key (FNV-1a over its bytes): cheap and well spread; equal keys are confirmed byte by byte. */
export function keyOf(bytes: Uint8Array): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
	return h >>> 0;
}

function same(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/**
 * The newest messages carrying a change that passed the checks, shared by the guards of one
 * room. Only messages that passed are remembered, so a message seen again is known to be harmless
 * and already applied.
 */
export class PassedUpdates {
	readonly #byHash = new Map<number, Uint8Array[]>();
	readonly #order: { key: number; message: Uint8Array }[] = [];
	readonly #capacity: number;

	/** Remembers at most `capacity` messages, forgetting the oldest first. */
	constructor(capacity = REMEMBERED_UPDATES) {
		this.#capacity = capacity;
	}

	/** How many messages are remembered. */
	get size(): number {
		return this.#order.length;
	}

	/** Whether exactly this message passed before. */
	has(message: Uint8Array): boolean {
		if (message.length > MAX_REMEMBERED_BYTES) return false;
		return this.#byHash.get(keyOf(message))?.some((seen) => same(seen, message)) ?? false;
	}

	/** Notes that `message` passed the checks and was applied. */
	add(message: Uint8Array): void {
		if (message.length > MAX_REMEMBERED_BYTES || this.has(message)) return;
		const key = keyOf(message);
		const bucket = this.#byHash.get(key);
		// A copy: the received bytes may be a view on a buffer that is reused.
		const kept = message.slice();
		if (bucket) bucket.push(kept);
		else this.#byHash.set(key, [kept]);
		this.#order.push({ key, message: kept });
		if (this.#order.length > this.#capacity) this.#forget(this.#order.shift()!);
	}

	#forget({ key, message }: { key: number; message: Uint8Array }) {
		const bucket = this.#byHash.get(key);
		if (!bucket) return;
		const rest = bucket.filter((seen) => seen !== message);
		if (rest.length > 0) this.#byHash.set(key, rest);
		else this.#byHash.delete(key);
	}
}
