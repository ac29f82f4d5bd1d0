import * as Y from 'yjs';

/*
 * Two people who type at the same place without having seen each other's typing have no order
 * between them: any is right. Yjs picks one, and in a body it may pick the other than in the
 * plain shadow, since the format items around a run of bold text or a line end (which the shadow
 * does not have) are places of their own for it. So a body must read as its shadow up to the
 * order of such insertions. In the shadow (plain text, no format items) they are exactly the items
 * Yjs had to order among themselves: the same left origin and the same right origin, from copies
 * that had not seen one another's. Each such item heads a block (it, and everything typed into it
 * later) and the blocks of one place may come in any order.
 */

type Piece = { text: string } | { blocks: Piece[][] };

interface Entry {
	item: Y.Item;
	visible: string;
}

const key = (id: Y.ID | null) => (id ? `${id.client}:${id.clock}` : '-');

/** The character an id names (an item's own, or one inside an item merged since). */
function charAt(entries: readonly Entry[], id: Y.ID, starts: Map<string, number>): string {
	const at = indexOf(entries, id, starts);
	const content = at === undefined ? null : entries[at]!.item.content;
	if (!(content instanceof Y.ContentString)) return '';
	return content.str[id.clock - entries[at!]!.item.id.clock] ?? '';
}

/**
 * Where an item was inserted, as its left end: the start of a line counts as one place whatever
 * ended the line before (two people typing at the start of one line, one of whom had not yet seen
 * a line inserted before it, typed at the same place).
 */
function leftEnd(entries: readonly Entry[], item: Y.Item, starts: Map<string, number>): string {
	const origin = item.origin === null ? null : visibleAtOrBefore(entries, item.origin, starts);
	if (origin === null || charAt(entries, origin, starts) === '\n') return 'line start';
	return key(origin);
}

/**
 * The last visible character at or before an id: text typed right after deleted characters was
 * typed at the place after the visible one before them (Yjs passes deleted characters when it
 * inserts, so whether an origin is one of them depends only on what its writer had received).
 */
function visibleAtOrBefore(
	entries: readonly Entry[],
	id: Y.ID,
	starts: Map<string, number>
): Y.ID | null {
	const at = indexOf(entries, id, starts);
	if (at === undefined || !entries[at]!.item.deleted) return id;
	for (let i = at - 1; i >= 0; i--) {
		const { item } = entries[i]!;
		if (!item.deleted && item.countable)
			return { client: item.id.client, clock: item.id.clock + item.length - 1 };
	}
	return null;
}

function entriesOf(text: Y.Text): Entry[] {
	const entries: Entry[] = [];
	for (let item = text._start; item !== null; item = item.right) {
		const content = item.content;
		entries.push({
			item,
			visible: !item.deleted && content instanceof Y.ContentString ? content.str : ''
		});
	}
	return entries;
}

/** The entry holding the item with an id (an item's start, or inside one merged since). */
function indexOf(
	entries: readonly Entry[],
	id: Y.ID,
	starts: Map<string, number>
): number | undefined {
	const start = starts.get(key(id));
	if (start !== undefined) return start;
	const found = entries.findIndex(
		({ item }) =>
			item.id.client === id.client &&
			item.id.clock <= id.clock &&
			id.clock < item.id.clock + item.length
	);
	return found < 0 ? undefined : found;
}

/** A place where blocks may come in any order: the entries heading them, in shadow order. */
type Place = number[];

interface Places {
	byKey: Map<string, number[]>;
	/** Places by where their first block begins. */
	byStart: Map<number, Place[]>;
}

/**
 * Where an item was inserted, as its right end: its right origin, except for text typed at the
 * start of a block, right before its head and from the same left end, which was typed at the
 * head's place (a copy that had not seen that text may have typed there too, and Yjs orders the
 * two as siblings): its right end is the head's.
 */
function rightEnd(
	entries: readonly Entry[],
	item: Y.Item,
	starts: Map<string, number>
): Y.ID | null {
	const left = leftEnd(entries, item, starts);
	let right = item.rightOrigin;
	for (let hops = 0; right !== null && hops < entries.length; hops++) {
		const at = indexOf(entries, right, starts);
		const next = at === undefined ? null : entries[at]!.item;
		if (next === null || next.id.clock !== right.clock) break;
		if (leftEnd(entries, next, starts) !== left) break;
		right = next.rightOrigin;
	}
	return right;
}

/** The place an item was inserted at. */
function placeKey(entries: readonly Entry[], item: Y.Item, starts: Map<string, number>): string {
	return `${leftEnd(entries, item, starts)}>${key(rightEnd(entries, item, starts))}`;
}

/** Where a place's blocks end: at its right end, or at the end of the stretch. */
function placeEnd(
	entries: readonly Entry[],
	head: number,
	to: number,
	starts: Map<string, number>
): number {
	const end = rightEnd(entries, entries[head]!.item, starts);
	const right = end ? indexOf(entries, end, starts) : undefined;
	return right !== undefined && right > head && right <= to ? right : to;
}

/** The pieces of a stretch of the shadow: plain runs, and places where blocks may come in any order. */
function piecesOf(
	entries: readonly Entry[],
	from: number,
	to: number,
	places: Places,
	starts: Map<string, number>
): Piece[] {
	const pieces: Piece[] = [];
	let i = from;
	while (i < to) {
		// Of the places whose first block begins here, the outermost (the others lie inside it).
		const beginning = (places.byStart.get(i) ?? []).filter((p) => p[0]! < to);
		const outer = beginning.sort((a, b) => b[0]! - a[0]!)[0];
		// Or a place whose first block was not found to begin earlier.
		const own = places.byKey.get(placeKey(entries, entries[i]!.item, starts));
		const siblings = outer ?? (own?.[0] === i ? own : undefined);
		if (!siblings) {
			pieces.push({ text: entries[i]!.visible });
			i++;
			continue;
		}
		const first = siblings[0]!;
		const end = placeEnd(entries, first, to, starts);
		const heads = siblings.filter((s) => s < end);
		const placeOrigin = leftEnd(entries, entries[first]!.item, starts);
		const blockStarts = heads.map((head, k) =>
			k === 0
				? i
				: blockStart(entries, heads[k - 1]!, head, heads[k + 1] ?? end, placeOrigin, starts)
		);
		const blocks = heads.map((head, k) => [
			...piecesOf(entries, blockStarts[k]!, head, places, starts),
			{ text: entries[head]!.visible },
			...piecesOf(entries, head + 1, blockStarts[k + 1] ?? end, places, starts)
		]);
		pieces.push({ blocks });
		i = end;
	}
	return pieces;
}

/**
 * Where the block of a head begins. Text typed at the start of a block (before its head, once
 * the head was there) sits just before it, after whatever came before the block; its items are
 * anchored at the place's left end or on one another, and on their right inside the block: they
 * belong to it and move with it.
 */
function blockStart(
	entries: readonly Entry[],
	after: number,
	head: number,
	blockEnd: number,
	placeOrigin: string,
	starts: Map<string, number>
): number {
	let low = head;
	while (low - 1 > after) {
		const { item } = entries[low - 1]!;
		const right = item.rightOrigin ? indexOf(entries, item.rightOrigin, starts) : undefined;
		if (right === undefined || right < low || right >= blockEnd) break;
		low--;
	}
	for (let s = low; s < head; s++) {
		let all = true;
		for (let t = s; t < head && all; t++) {
			const { item } = entries[t]!;
			if (leftEnd(entries, item, starts) === placeOrigin) continue;
			const left = item.origin ? indexOf(entries, item.origin, starts) : undefined;
			all = left !== undefined && left >= s && left < t;
		}
		if (all) return s;
	}
	return head;
}

/** Where matching `pieces` against `target` from `at` can end (a bounded number of ways). */
function ends(
	pieces: readonly Piece[],
	target: string,
	at: number,
	budget: { left: number }
): Set<number> {
	let positions = new Set([at]);
	for (const piece of pieces) {
		const next = new Set<number>();
		for (const position of positions) {
			if ('text' in piece) {
				if (target.startsWith(piece.text, position)) next.add(position + piece.text.length);
			} else {
				for (const end of orders(piece.blocks, target, position, budget)) next.add(end);
			}
		}
		if (next.size === 0 || --budget.left < 0) return new Set();
		positions = next;
	}
	return positions;
}

function orders(
	blocks: readonly Piece[][],
	target: string,
	at: number,
	budget: { left: number }
): Set<number> {
	if (blocks.length === 0) return new Set([at]);
	const result = new Set<number>();
	blocks.forEach((block, i) => {
		const rest = blocks.filter((_, j) => j !== i);
		for (const end of ends(block, target, at, budget))
			for (const last of orders(rest, target, end, budget)) result.add(last);
	});
	return result;
}

/** Whether `target` reads as the shadow text up to the order of concurrent insertions at one place. */
export function readsAsUpToConcurrentOrder(shadow: Y.Text, target: string): boolean {
	if (shadow.toString() === target) return true;
	const entries = entriesOf(shadow);
	const starts = new Map(entries.map((e, i) => [key(e.item.id), i]));
	const byPlace = new Map<string, number[]>();
	entries.forEach(({ item }, i) => {
		const place = placeKey(entries, item, starts);
		byPlace.set(place, [...(byPlace.get(place) ?? []), i]);
	});
	// A place counts when copies that had not seen each other's insertions both inserted there.
	const byKey = new Map(
		[...byPlace].filter(([, at]) => new Set(at.map((i) => entries[i]!.item.id.client)).size > 1)
	);
	const byStart = new Map<number, Place[]>();
	for (const siblings of byKey.values()) {
		const first = siblings[0]!;
		const end = placeEnd(entries, first, entries.length, starts);
		const origin = leftEnd(entries, entries[first]!.item, starts);
		const start = blockStart(entries, -1, first, siblings[1] ?? end, origin, starts);
		byStart.set(start, [...(byStart.get(start) ?? []), siblings]);
	}
	const places: Places = { byKey, byStart };
	const budget = { left: 100_000 };
	return ends(piecesOf(entries, 0, entries.length, places, starts), target, 0, budget).has(
		target.length
	);
}
