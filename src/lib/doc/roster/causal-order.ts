import { compareBytes, type RosterEntry } from '../../trust/roster-entry';

/**
 * The one order in which every copy walks a roster log: an entry after the entries it names as
 * parents; of the entries ready at a time, removals first, then the lowest hash. Entries whose
 * parents are not all at hand wait outside the order. `before(a, b)` says whether entry `a` is in
 * entry `b`'s past (its signer had seen it); two entries where neither is are concurrent.
 */
export interface CausalOrder {
	/** Indexes into the entries given, in walking order. */
	order: number[];
	/** Indexes of the entries that wait for a parent not at hand (directly or through another). */
	waiting: number[];
	before(a: number, b: number): boolean;
	/** Indexes of the walked entries no walked entry names as parent: the log's heads. */
	heads: number[];
}

/** Lays out `entries` (distinct by hash) in causal order, with each one's past. */
export function causalOrder(entries: readonly RosterEntry[], key: (hash: Uint8Array) => string) {
	const index = new Map(entries.map((entry, i) => [key(entry.hash), i]));
	const children: number[][] = entries.map(() => []);
	const missing = entries.map(() => 0);
	const unknownParent = entries.map(() => false);
	entries.forEach((entry, i) => {
		for (const parent of entry.parents) {
			const p = index.get(key(parent));
			if (p === undefined || p === i) unknownParent[i] = true;
			else {
				children[p]!.push(i);
				missing[i]!++;
			}
		}
	});
	const words = Math.ceil(entries.length / 32);
	const past = entries.map(() => new Uint32Array(words));
	const first = (i: number) => (entries[i]!.action.kind === 'remove' ? 0 : 1);
	const precedes = (a: number, b: number) =>
		first(a) - first(b) || compareBytes(entries[a]!.hash, entries[b]!.hash);
	let ready = entries.map((_, i) => i).filter((i) => missing[i] === 0 && !unknownParent[i]);
	const order: number[] = [];
	while (ready.length > 0) {
		const next = ready.reduce((best, i) => (precedes(i, best) < 0 ? i : best));
		ready = ready.filter((i) => i !== next);
		order.push(next);
		for (const child of children[next]!) {
			const bits = past[child]!;
			bits.forEach((_, w) => (bits[w]! |= past[next]![w]!));
			bits[next >>> 5]! |= 1 << (next & 31);
			if (--missing[child]! === 0 && !unknownParent[child]) ready.push(child);
		}
	}
	const walked = new Set(order);
	const before = (a: number, b: number) => (past[b]![a >>> 5]! & (1 << (a & 31))) !== 0;
	return {
		order,
		waiting: entries.map((_, i) => i).filter((i) => !walked.has(i)),
		before,
		heads: order.filter((i) => !children[i]!.some((child) => walked.has(child)))
	} satisfies CausalOrder;
}
