import * as Y from 'yjs';

/*
 * Twins: each character a body edit wrote, paired with the character its replay wrote into the
 * plain-text shadow. Where a copy's body and shadow took different orders for concurrent
 * insertions (both right), a later edit's line and column mean other characters in the two; the
 * shadow then replays the edit beside the twins of the characters the writer saw around it.
 */

/** Body character ids ("client:clock") and the shadow characters written for them, shared by copies. */
export type Twins = Map<string, string>;

const idOf = (client: number, clock: number) => `${client}:${clock}`;

/** The ids of a text's visible characters, in order, with the text they spell. */
export function visibleIds(text: Y.Text): { ids: string[]; text: string } {
	const ids: string[] = [];
	let spelled = '';
	for (let item = text._start; item !== null; item = item.right) {
		if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
		const { str } = item.content;
		for (let i = 0; i < str.length; i++) ids.push(idOf(item.id.client, item.id.clock + i));
		spelled += str;
	}
	return { ids, text: spelled };
}

/** The offset of the visible character with an id, or -1 when it is gone. */
export function offsetOfId(text: Y.Text, id: string): number {
	const [client, clock] = id.split(':').map(Number) as [number, number];
	let offset = 0;
	for (let item = text._start; item !== null; item = item.right) {
		if (item.deleted || !item.countable) continue;
		if (item.id.client === client && item.id.clock <= clock && clock < item.id.clock + item.length)
			return offset + clock - item.id.clock;
		offset += item.length;
	}
	return -1;
}

/** The visible characters of `text` this doc's client wrote since `clock`, in the order written. */
function writtenSince(doc: Y.Doc, text: Y.Text, clock: number): { ids: string[]; text: string } {
	const structs = doc.store.clients.get(doc.clientID) ?? [];
	const ids: string[] = [];
	let spelled = '';
	if (Y.getState(doc.store, doc.clientID) <= clock) return { ids, text: spelled };
	for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
		const struct = structs[i]!;
		if (!(struct instanceof Y.Item)) continue;
		if (struct.parent !== text || struct.deleted) continue;
		if (!(struct.content instanceof Y.ContentString)) continue;
		const { str } = struct.content;
		for (let k = Math.max(0, clock - struct.id.clock); k < str.length; k++) {
			ids.push(idOf(struct.id.client, struct.id.clock + k));
			spelled += str[k];
		}
	}
	return { ids, text: spelled };
}

/**
 * Pairs what the current transaction wrote into a body with what it wrote into its shadow, when
 * both spell the same characters (an edit the binding wrote as it meant). Call it inside the
 * transaction.
 */
export function pairWritten(twins: Twins, doc: Y.Doc, body: Y.Text, shadow: Y.Text): void {
	const transaction = doc._transaction;
	if (!transaction) return;
	const since = transaction.beforeState.get(doc.clientID) ?? 0;
	const inBody = writtenSince(doc, body, since);
	const inShadow = writtenSince(doc, shadow, since);
	if (inBody.text !== inShadow.text) return;
	inBody.ids.forEach((id, i) => twins.set(id, inShadow.ids[i]!));
}

/** Pairs every visible character of a body with its shadow's, when they spell the same. */
export function pairAll(twins: Twins, body: Y.Text, shadow: Y.Text): void {
	const a = visibleIds(body);
	const b = visibleIds(shadow);
	if (a.text === b.text) a.ids.forEach((id, i) => twins.set(id, b.ids[i]!));
}
