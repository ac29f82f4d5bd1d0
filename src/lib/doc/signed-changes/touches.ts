import * as Y from 'yjs';

/**
 * One place an update writes: the path from a root type down through map keys to where the
 * content goes (`['decisions', 'd-1', 'answers', 'm-2']`; text and list content ends at its
 * type), whether it adds there or deletes, and for text formatting the attribute it sets.
 */
export interface Touch {
	path: string[];
	kind: 'add' | 'delete';
	/** The formatting attribute an added text format sets (a comment's mark), or null. */
	format: string | null;
	/** The bytes an added map value holds when they are bytes (a roster entry), else absent. */
	binary?: Uint8Array;
}

/** What an update touches, the Yjs client ids whose items it adds, or that it needs more first. */
export type Touches =
	| {
			ok: true;
			touches: Touch[];
			/** Each client id it adds items under, with the first clock. */
			clients: Map<number, number>;
			/** Whether it skips clocks within a client (Yjs would park what follows). */
			gaps: boolean;
	  }
	| { ok: false; reason: string };

/** Said of a struct whose place cannot be read: history the collector removed, or garbage. */
const UNPLACED = ['*'];

type Placed = Y.Item | Y.AbstractStruct;

interface Lookup {
	/** The item holding `id`, from the update first and then the document; null if in neither. */
	(id: Y.ID): Placed | null;
}

function lookupIn(doc: Y.Doc, structs: readonly Placed[]): Lookup {
	const byClient = new Map<number, Placed[]>();
	for (const struct of structs) {
		const list = byClient.get(struct.id.client) ?? [];
		list.push(struct);
		byClient.set(struct.id.client, list);
	}
	return (id) => {
		const own = byClient.get(id.client) ?? [];
		let low = 0;
		let high = own.length - 1;
		while (low <= high) {
			const mid = (low + high) >>> 1;
			const s = own[mid]!;
			if (id.clock < s.id.clock) high = mid - 1;
			else if (id.clock >= s.id.clock + s.length) low = mid + 1;
			else return s;
		}
		const state = doc.store.clients.get(id.client);
		const last = state?.[state.length - 1];
		if (!last || last.id.clock + last.length <= id.clock) return null;
		return Y.getItem(doc.store, id);
	};
}

type Place = { container: string[]; key: string | null };

/** Finds where items go, each once: a typed line in one update is a long chain of neighbours. */
class Placer {
	readonly #known = new Map<Placed, Place | null>();
	constructor(private readonly lookup: Lookup) {}

	/** The path of an item itself: the type it lives in, and its key there when in a map. */
	pathOf(struct: Placed, depth = 0): string[] | null {
		const place = this.placeOf(struct, depth);
		if (!place) return null;
		return place.key === null ? place.container : [...place.container, place.key];
	}

	/** Where an item goes: the path of its type, and its key when the type is a map. */
	placeOf(struct: Placed, depth = 0): Place | null {
		const chain: Placed[] = [];
		let at: Placed | null = struct;
		let place: Place | null = null;
		// Items placed only by a neighbour take the neighbour's place; follow them to one that says.
		// A forged update can make neighbours a loop: then nothing places them.
		const visited = new Set<Placed>();
		while (at) {
			if (visited.has(at)) break;
			visited.add(at);
			if (this.#known.has(at)) {
				place = this.#known.get(at)!;
				break;
			}
			chain.push(at);
			const direct = this.#direct(at, depth);
			if (direct !== undefined) {
				place = direct;
				break;
			}
			const item = at as Y.Item;
			const neighbour = item.origin ?? item.rightOrigin;
			at = neighbour && this.lookup(neighbour);
		}
		for (const link of chain) this.#known.set(link, place);
		return place;
	}

	/** The place an item names itself, or undefined when it names only a neighbour. */
	#direct(struct: Placed, depth: number): Place | null | undefined {
		if (!(struct instanceof Y.Item) || depth > 32) return { container: UNPLACED, key: null };
		const parent = struct.parent as unknown;
		const key = struct.parentSub;
		if (parent instanceof Y.AbstractType) {
			const container = this.#typePath(parent, depth);
			return container && { container, key };
		}
		if (typeof parent === 'string') return { container: [parent], key };
		if (parent instanceof Y.ID) {
			const holder = this.lookup(parent);
			const container = holder && this.pathOf(holder, depth + 1);
			return container && { container, key };
		}
		return undefined;
	}

	#typePath(type: Y.AbstractType<unknown>, depth: number): string[] | null {
		const item = type._item;
		return item === null ? [Y.findRootTypeKey(type)] : this.pathOf(item, depth + 1);
	}
}

/**
 * Reads where `update` (version 1, already checked as well-formed) writes in `doc` as it stands:
 * every item it adds and every item it deletes, by path. An update that builds on items this copy
 * does not have yet cannot be placed: it waits for them.
 */
export function touchesOf(doc: Y.Doc, update: Uint8Array): Touches {
	const { structs, ds } = Y.decodeUpdate(update);
	const lookup = lookupIn(doc, structs);
	const placer = new Placer(lookup);
	const seen = new Map<string, Touch>();
	const clients = new Map<number, number>();
	let gaps = false;
	const note = (
		path: string[],
		kind: Touch['kind'],
		format: string | null,
		binary?: Uint8Array
	) => {
		const touch: Touch = binary ? { path, kind, format, binary } : { path, kind, format };
		seen.set(JSON.stringify([path, kind, format, binary && Array.from(binary)]), touch);
	};
	for (const struct of structs) {
		if (struct instanceof Y.Skip) {
			gaps = true;
			continue;
		}
		const first = clients.get(struct.id.client);
		clients.set(struct.id.client, Math.min(first ?? Infinity, struct.id.clock));
		const place = placer.placeOf(struct);
		if (!place) return { ok: false, reason: 'it builds on changes this copy does not have' };
		const path = place.key === null ? place.container : [...place.container, place.key];
		const content = struct instanceof Y.Item ? struct.content : null;
		// A format counts as one only inside text; as a map's value it is just a value.
		const format = content instanceof Y.ContentFormat && place.key === null ? content.key : null;
		const binary = content instanceof Y.ContentBinary ? content.content : undefined;
		note(path, 'add', format, binary);
		// A map value written after the current one replaces it: a deletion of that key.
		if (place.key !== null && struct instanceof Y.Item && struct.origin !== null)
			note(path, 'delete', null);
	}
	for (const [client, deletions] of ds.clients) {
		for (const { clock, len } of deletions) {
			for (let at = clock; at < clock + len;) {
				const struct = lookup(Y.createID(client, at));
				if (!struct) return { ok: false, reason: 'it deletes what this copy does not have' };
				const path = placer.pathOf(struct);
				if (!path) return { ok: false, reason: 'it deletes what this copy cannot place' };
				note(path, 'delete', null);
				at = struct.id.clock + struct.length;
			}
		}
	}
	return { ok: true, touches: [...seen.values()], clients, gaps };
}
