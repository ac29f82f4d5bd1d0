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

/** The pieces of a stretch of the shadow: plain runs, and places where blocks may come in any order. */
function piecesOf(
	entries: readonly Entry[],
	from: number,
	to: number,
	places: Map<string, number[]>,
	starts: Map<string, number>
): Piece[] {
	const pieces: Piece[] = [];
	let i = from;
	while (i < to) {
		const { item } = entries[i]!;
		const siblings = places.get(`${key(item.origin)}>${key(item.rightOrigin)}`);
		if (!siblings || siblings[0] !== i) {
			pieces.push({ text: entries[i]!.visible });
			i++;
			continue;
		}
		// The blocks end where the place does: at its right origin (or the end of this stretch).
		const right = item.rightOrigin ? indexOf(entries, item.rightOrigin, starts) : undefined;
		const end = right !== undefined && right > i && right <= to ? right : to;
		const heads = siblings.filter((s) => s < end);
		const blocks = heads.map((head, k) => [
			{ text: entries[head]!.visible },
			...piecesOf(entries, head + 1, heads[k + 1] ?? end, places, starts)
		]);
		pieces.push({ blocks });
		i = end;
	}
	return pieces;
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
		const place = `${key(item.origin)}>${key(item.rightOrigin)}`;
		byPlace.set(place, [...(byPlace.get(place) ?? []), i]);
	});
	// A place counts when copies that had not seen each other's insertions both inserted there.
	const places = new Map(
		[...byPlace].filter(([, at]) => new Set(at.map((i) => entries[i]!.item.id.client)).size > 1)
	);
	const budget = { left: 100_000 };
	return ends(piecesOf(entries, 0, entries.length, places, starts), target, 0, budget).has(
		target.length
	);
}
