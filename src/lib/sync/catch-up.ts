/**
 * Asking a peer again for what this copy lacks. A change refused on the way in (or lost in any
 * other way) leaves later changes that build on it waiting, unseen, until the copy reconnects;
 * a first sync step sent to the peer brings everything missing at once.
 */
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** The message asking a peer for what `doc` lacks: a first sync step with its state vector. */
export function requestForMissing(doc: Y.Doc): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	syncProtocol.writeSyncStep1(encoder, doc);
	return encoding.toUint8Array(encoder);
}

/** Options of `CatchUp`; the defaults are what the app uses, the clock is for tests. */
export interface CatchUpOptions {
	/** How long to wait after the first sign of a gap, so that several become one request. */
	delayMs?: number;
	/** The least time between two requests to the same peer. */
	intervalMs?: number;
	/** Requests in a row the peer may leave unanswered (its answer refused too) before giving up. */
	maxUnanswered?: number;
	now?: () => number;
}

/**
 * When to ask one peer for what this copy lacks: soon after a gap appears, at most every few
 * seconds, and not forever when the peer's answers are refused as well (a peer whose own copy
 * holds what was refused would otherwise be asked again and again).
 */
export class CatchUp {
	readonly #ask: () => void;
	readonly #delay: number;
	readonly #interval: number;
	readonly #maxUnanswered: number;
	readonly #now: () => number;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#lastAsked = -Infinity;
	#unanswered = 0;

	/** `ask` sends the request to the peer. */
	constructor(ask: () => void, options: CatchUpOptions = {}) {
		this.#ask = ask;
		this.#delay = options.delayMs ?? 250;
		this.#interval = options.intervalMs ?? 3000;
		this.#maxUnanswered = options.maxUnanswered ?? 3;
		this.#now = options.now ?? (() => performance.now());
	}

	/** This copy may lack something the peer has: ask, unless a request is already on its way. */
	request(): void {
		if (this.#timer !== undefined || this.#unanswered >= this.#maxUnanswered) return;
		const wait = Math.max(this.#delay, this.#lastAsked + this.#interval - this.#now());
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			this.#lastAsked = this.#now();
			this.#unanswered++;
			try {
				this.#ask();
			} catch (error) {
				console.warn('Concord: could not ask a peer for missing changes', error);
			}
		}, wait);
	}

	/** The peer's answer came through: later gaps may be asked about again. */
	answered(): void {
		this.#unanswered = 0;
	}

	/** Stops any request on its way (the connection closed). */
	stop(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
