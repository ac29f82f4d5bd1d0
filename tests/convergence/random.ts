import * as prng from 'lib0/prng';

/**
 * A seeded source of randomness for the convergence suite: the same seed gives the same scenario,
 * so every failure replays. Nothing in the suite may use `Math.random`.
 */
export class Random {
	readonly #gen: prng.PRNG;

	constructor(readonly seed: number) {
		this.#gen = prng.create(seed);
	}

	/** A number in [0, 1). */
	next(): number {
		return prng.real53(this.#gen);
	}

	/** An integer from `min` to `max`, both included. */
	int(min: number, max: number): number {
		return prng.int53(this.#gen, min, max);
	}

	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** One element of a non-empty array. */
	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('Nothing to pick from.');
		return items[this.int(0, items.length - 1)] as T;
	}

	/** One key of a table of weights, chosen in proportion to its weight. */
	weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
		const entries = Object.entries(weights) as [K, number][];
		let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
		for (const [key, weight] of entries) {
			roll -= weight;
			if (roll < 0) return key;
		}
		return entries[entries.length - 1]![0];
	}

	/** Fills bytes, in place of `crypto.getRandomValues`, so that random ids repeat with the seed. */
	fill<T extends ArrayBufferView | null>(array: T): T {
		if (!array) return array;
		const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
		for (let i = 0; i < bytes.length; i++) bytes[i] = this.int(0, 255);
		return array;
	}
}
