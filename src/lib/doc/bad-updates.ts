/**
 * A generated corpus of bad Yjs updates for tests: truncations at every length class, random
 * bytes, valid updates with garbage appended, one format given as the other, empty, oversized and
 * decoding bombs. Seeded, so a failure replays from its seed. Test support only; the app never
 * imports it.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MAX_UPDATE_BYTES, type UpdateFormat } from './update-check';

/** One bad input: what it is (for the failure message), its bytes and the format it claims. */
export interface BadUpdate {
	label: string;
	bytes: Uint8Array;
	format: UpdateFormat;
}

/** Real updates the corpus is cut from, in each format. */
export interface CorpusBases {
	v1: Uint8Array[];
	v2: Uint8Array[];
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A small document with random edits, for more varied bases. */
export function randomDoc(random: () => number): Y.Doc {
	const doc = new Y.Doc({ gc: false });
	const int = (n: number) => Math.floor(random() * n);
	for (let i = 0, edits = 1 + int(12); i < edits; i++) {
		const text = doc.getText('t');
		if (random() < 0.4) text.insert(int(text.length + 1), 'word'.repeat(1 + int(3)));
		else if (random() < 0.5 && text.length > 0) text.delete(int(text.length), 1);
		else doc.getMap('m').set(`k${int(5)}`, random() < 0.5 ? int(1000) : { nested: [int(9)] });
	}
	return doc;
}

/**
 * A version 2 update whose run-length encoding claims `structs` garbage-collected structs from a
 * few bytes: without a budget, decoding it allocates and loops for as long as the count says.
 */
export function decodingBomb(structs: number): Uint8Array {
	const part = (write: (e: encoding.Encoder) => void) => {
		const e = encoding.createEncoder();
		write(e);
		return encoding.toUint8Array(e);
	};
	const run = (value: number, count: number) =>
		part((e) => {
			encoding.writeVarInt(e, -value);
			encoding.writeVarUint(e, count - 2);
		});
	const e = encoding.createEncoder();
	encoding.writeVarUint(e, 0); // feature flag
	encoding.writeVarUint8Array(e, new Uint8Array()); // key clocks
	encoding.writeVarUint8Array(e, Uint8Array.of(0)); // clients: 0
	encoding.writeVarUint8Array(e, new Uint8Array()); // left clocks
	encoding.writeVarUint8Array(e, new Uint8Array()); // right clocks
	encoding.writeVarUint8Array(e, Uint8Array.of(0)); // infos: GC, repeated without end
	encoding.writeVarUint8Array(e, Uint8Array.of(0)); // strings: none
	encoding.writeVarUint8Array(e, new Uint8Array()); // parent infos
	encoding.writeVarUint8Array(e, new Uint8Array()); // type refs
	encoding.writeVarUint8Array(e, run(1, structs)); // lengths: 1, `structs` times
	encoding.writeVarUint(e, 1); // one client
	encoding.writeVarUint(e, structs); // with this many structs
	encoding.writeVarUint(e, 0); // from clock 0
	encoding.writeVarUint(e, 0); // no deletions
	return encoding.toUint8Array(e);
}

/** Lengths to cut a `size`-byte update at: every short one, powers of two around, and random. */
function cutPoints(size: number, random: () => number, every: number, extra: number): number[] {
	const points = new Set<number>();
	for (let n = 1; n < Math.min(size, every); n++) points.add(n);
	for (let p = 1; p < size; p *= 2)
		for (const n of [p - 1, p, p + 1]) if (n > 0 && n < size) points.add(n);
	for (let i = 0; i < extra && size > 1; i++) points.add(1 + Math.floor(random() * (size - 1)));
	return [...points].sort((a, b) => a - b);
}

function randomBytes(random: () => number, length: number): Uint8Array {
	return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

/**
 * Every bad update of the corpus for `seed`, cut from `bases` (real updates) and from `small`
 * (random small documents' updates, several of each format).
 */
export function badUpdates(seed: number, bases: CorpusBases, small: CorpusBases): BadUpdate[] {
	const random = seededRandom(seed);
	const out: BadUpdate[] = [];
	const formats: UpdateFormat[] = ['v1', 'v2'];
	const other = (f: UpdateFormat): UpdateFormat => (f === 'v1' ? 'v2' : 'v1');
	for (const format of formats) {
		out.push({ label: `empty ${format}`, bytes: new Uint8Array(), format });
		bases[format].forEach((base, b) => {
			for (const n of cutPoints(base.length, random, 256, 100)) {
				out.push({ label: `base ${b} ${format} cut to ${n}`, bytes: base.slice(0, n), format });
			}
			out.push({
				label: `base ${b} ${format} given as ${other(format)}`,
				bytes: base,
				format: other(format)
			});
		});
		small[format].forEach((base, b) => {
			for (const n of cutPoints(base.length, random, 0, 4)) {
				out.push({ label: `small ${b} ${format} cut to ${n}`, bytes: base.slice(0, n), format });
			}
			out.push({
				label: `small ${b} ${format} given as ${other(format)}`,
				bytes: base,
				format: other(format)
			});
			const garbage = randomBytes(random, 1 + Math.floor(random() * 64));
			const appended = Uint8Array.from([...base, ...garbage]);
			out.push({
				label: `small ${b} ${format} + ${garbage.length} bytes`,
				bytes: appended,
				format
			});
		});
		for (let i = 0; i < 300; i++) {
			const length = 1 + Math.floor(random() * (random() < 0.5 ? 32 : 2048));
			out.push({
				label: `random ${length} bytes ${format}`,
				bytes: randomBytes(random, length),
				format
			});
		}
		for (const all of [bases[format], small[format]]) {
			for (let i = 0; i < 150; i++) {
				const base = all[Math.floor(random() * all.length)]!;
				const garbage = randomBytes(random, 1 + Math.floor(random() * 64));
				out.push({
					label: `${format} update + ${garbage.length} bytes`,
					bytes: Uint8Array.from([...base, ...garbage]),
					format
				});
			}
		}
	}
	for (const structs of [1e4, 1e6, 2 ** 31, 2 ** 40, 2 ** 52]) {
		out.push({ label: `bomb of ${structs} structs`, bytes: decodingBomb(structs), format: 'v2' });
	}
	out.push({ label: 'oversized', bytes: new Uint8Array(MAX_UPDATE_BYTES + 1), format: 'v1' });
	return out;
}

/**
 * Updates with a few bits flipped: some stay valid Yjs (a flipped letter of text), so these are
 * expected to be refused or else to apply harmlessly, not always refused.
 */
export function bitFlips(seed: number, all: Uint8Array[], count: number): Uint8Array[] {
	const random = seededRandom(seed ^ 0x5eed);
	return Array.from({ length: count }, () => {
		const bytes = all[Math.floor(random() * all.length)]!.slice();
		for (let i = 0, flips = 1 + Math.floor(random() * 3); i < flips; i++) {
			bytes[Math.floor(random() * bytes.length)]! ^= 1 << Math.floor(random() * 8);
		}
		return bytes;
	});
}

/** A copy of `bytes` with one to three bytes changed (never to themselves), for forgery corpora. */
export function changedBytes(bytes: Uint8Array, random: () => number): Uint8Array {
	const out = Uint8Array.from(bytes);
	for (let i = 0, changes = 1 + Math.floor(random() * 3); i < changes; i++)
		out[Math.floor(random() * out.length)]! ^= 1 + Math.floor(random() * 255);
	return out;
}
