/**
 * Seeds every random id of a scenario: Concord's own (documents, members, secrets) and Yjs's client
 * ids, so that a replay breaks ties between copies the same way. Import this module before any
 * other: lib0 keeps the `crypto.getRandomValues` it finds when it loads.
 */
interface Filler {
	fill<T extends ArrayBufferView | null>(array: T): T;
}

let source: Filler | null = null;
const system = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
Object.defineProperty(globalThis.crypto, 'getRandomValues', {
	configurable: true,
	writable: true,
	value: <T extends ArrayBufferView | null>(array: T): T =>
		source ? source.fill(array) : (system(array as never) as T)
});

/** Runs `fn` with every random id drawn from `random`. */
export async function withSeededCrypto<T>(random: Filler, fn: () => Promise<T>): Promise<T> {
	if (source) throw new Error('Only one scenario at a time can draw seeded ids.');
	source = random;
	try {
		return await fn();
	} finally {
		source = null;
	}
}
