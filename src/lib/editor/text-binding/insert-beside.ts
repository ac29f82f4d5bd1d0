import * as Y from 'yjs';

/**
 * The visible item holding the character at `offset`, where in it that character is, and the
 * attributes that character has.
 */
function itemAt(
	text: Y.Text,
	offset: number
): { item: Y.Item; index: number; attributes: Map<string, unknown> } {
	const attributes = new Map<string, unknown>();
	let at = 0;
	for (let item = text._start; item !== null; item = item.right) {
		if (item.deleted) continue;
		if (item.content instanceof Y.ContentFormat) {
			const { key, value } = item.content;
			if (value === null) attributes.delete(key);
			else attributes.set(key, value);
		}
		if (!item.countable) continue;
		if (offset < at + item.length) return { item, index: offset - at, attributes };
		at += item.length;
	}
	throw new RangeError(`No character at ${offset} of a text of ${at}.`);
}

/**
 * Inserts `chars` at `offset`, right beside one neighbour: after the character before it
 * (`left`), or before the character after it (`right`), and nothing else in between.
 * `Y.Text.insert` first moves right over deleted items and matching format items: its text can
 * then hang on a format item that another member's change deleted (a line's format, when they
 * made the line a heading) and land beyond what others typed there meanwhile. Here only deleted
 * characters are passed (with any format items among them), as one plain text passes them. The inserted text takes the attributes of
 * its neighbour, which are returned; format it afterwards where it should differ.
 */
export function insertBeside(
	text: Y.Text,
	offset: number,
	chars: string,
	neighbour: 'left' | 'right'
): Map<string, unknown> {
	const doc = text.doc;
	if (!doc) throw new Error('The text is not in a document.');
	let attributes = new Map<string, unknown>();
	doc.transact((transaction) => {
		let left: Y.Item | null = null;
		let right: Y.Item | null;
		if (neighbour === 'right') {
			const { item, index, attributes: found } = itemAt(text, offset);
			attributes = found;
			const id = Y.createID(item.id.client, item.id.clock + index);
			right = Y.getItemCleanStart(transaction, id);
			left = right.left;
		} else {
			if (offset > 0) {
				const { item, index, attributes: found } = itemAt(text, offset - 1);
				attributes = found;
				const id = Y.createID(item.id.client, item.id.clock + index);
				left = Y.getItemCleanEnd(transaction, doc.store, id) as Y.Item;
			}
			// Past the characters deleted right after it, as one plain text goes (it has no format
			// items, so it passes every deleted character up to the next one shown), and never to
			// stop on a format item: the attributes are those in force after the last one passed.
			const after = (item: Y.Item | null) => (item ? item.right : text._start);
			const passing = new Map(attributes);
			for (let next = after(left); next && (next.deleted || !next.countable); next = next.right) {
				if (next.content instanceof Y.ContentFormat) {
					if (next.deleted) continue;
					const { key, value } = next.content;
					if (value === null) passing.delete(key);
					else passing.set(key, value);
				} else if (next.deleted) {
					left = next;
					attributes = new Map(passing);
				}
			}
			right = after(left);
		}
		const client = doc.clientID;
		const inserted = new Y.Item(
			Y.createID(client, Y.getState(doc.store, client)),
			left,
			left?.lastId ?? null,
			right,
			right?.id ?? null,
			text,
			null,
			new Y.ContentString(chars)
		);
		inserted.integrate(transaction, 0);
		// Yjs's search markers point at offsets this insert has moved; they are rebuilt as needed.
		text._searchMarker?.splice(0);
	});
	return attributes;
}
