/* Shared by the app and the relay server: neither imports the other, both may import this folder. */

/** A token bucket: how many messages of one kind a sender may send, on average and in a burst. */
export class TokenBucket {
	readonly #perSecond: number;
	readonly #burst: number;
	#tokens: number;
	#at: number;

	/** Allows `perSecond` on average and up to `burst` at once; `now` is in milliseconds. */
	constructor(perSecond: number, burst: number, now: number) {
		this.#perSecond = perSecond;
		this.#burst = burst;
		this.#tokens = burst;
		this.#at = now;
	}

	/** Takes one token if there is one; false when the sender is over its rate. */
	take(now: number): boolean {
		this.#refill(now);
		if (this.#tokens < 1) return false;
		this.#tokens -= 1;
		return true;
	}

	/** How long until a token is available, in milliseconds (0 when one is). */
	wait(now: number): number {
		this.#refill(now);
		return this.#tokens >= 1 ? 0 : Math.ceil(((1 - this.#tokens) / this.#perSecond) * 1000);
	}

	#refill(now: number) {
		const elapsed = Math.max(0, now - this.#at);
		this.#tokens = Math.min(this.#burst, this.#tokens + (elapsed / 1000) * this.#perSecond);
		this.#at = now;
	}
}
