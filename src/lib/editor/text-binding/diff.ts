import type * as Y from 'yjs';
import type { Flat } from './flatten';
import { insertBeside } from './insert-beside';

/**
 * Where the editor says the change was, in the new flat form: characters before `start` and the
 * last `after` characters are untouched. Equal characters next to a change (a space before and
 * after a deleted phrase) are then kept on the side the person left them, which decides where
 * others' concurrent typing beside them ends up.
 */
export interface EditedStretch {
	start: number;
	after: number;
}

/**
 * Writes the difference between two flat forms of one stretch of a body into its `Y.Text`, at
 * `base`: the characters both share at the start and at the end stay (their attributes are
 * reformatted where they changed), and only what lies between is deleted and inserted. A split is
 * thus one inserted "\n", a join one deleted "\n", and typing a few inserted characters.
 */
export function writeDifference(
	text: Y.Text,
	base: number,
	before: Flat,
	after: Flat,
	edited?: EditedStretch
): void {
	const oldLength = before.text.length;
	const newLength = after.text.length;
	const shortest = Math.min(oldLength, newLength);
	const maxPrefix = Math.min(shortest, edited?.start ?? shortest);
	let prefix = 0;
	while (prefix < maxPrefix && before.text[prefix] === after.text[prefix]) prefix++;
	const maxSuffix = Math.min(shortest - prefix, edited?.after ?? shortest);
	let suffix = 0;
	while (
		suffix < maxSuffix &&
		before.text[oldLength - 1 - suffix] === after.text[newLength - 1 - suffix]
	)
		suffix++;
	// Inside the stretch the editor changed, what both sides still share at its edges stays too:
	// a block that changed type or was lifted out of a list keeps its characters, and only its
	// line end is reformatted.
	while (
		suffix < oldLength - prefix &&
		suffix < newLength - prefix &&
		before.text[oldLength - 1 - suffix] === after.text[newLength - 1 - suffix]
	)
		suffix++;
	while (
		prefix < oldLength - suffix &&
		prefix < newLength - suffix &&
		before.text[prefix] === after.text[prefix]
	)
		prefix++;

	// Attributes of kept characters, in the old coordinates (formatting does not move anything).
	reformat(text, base, before, after, 0, 0, prefix);
	reformat(text, base, before, after, oldLength - suffix, newLength - suffix, suffix);

	const removed = oldLength - prefix - suffix;
	if (removed > 0) deleteStretch(text, base, before, prefix, removed);
	insertRun(text, base, after, prefix, newLength - suffix);
}

/**
 * Deletes `length` characters of `before` from `start`. Yjs's own delete starts from its nearest
 * search marker without knowing the attributes in force before it, and then tidies the format
 * items next to the gap by what it thinks they were: where a format changes at the gap, that can
 * delete the item ending a link or bold, which then runs on over the following text (on this copy
 * and every peer). There the deletion walks from the start of the text instead.
 */
function deleteStretch(text: Y.Text, base: number, before: Flat, start: number, length: number) {
	const end = start + length;
	const key = before.keys[start - 1];
	let uniform = start > 0 && end < before.keys.length && before.keys[end] === key;
	for (let i = start; uniform && i < end; i++) uniform = before.keys[i] === key;
	if (uniform) text.delete(base + start, length);
	else text.applyDelta([{ retain: base + start }, { delete: length }]);
}

/**
 * Inserts the characters of `after` from `start` to `end` (at `base + start`) as one run, then
 * formats every part whose attributes differ. The run takes the attributes of a neighbour, so that
 * Yjs places it right beside that neighbour, as one plain text would: with any other attributes
 * Yjs moves it past the format items there, or puts it after a format item its own formatting
 * deleted, a place others' concurrent typing can take too. The neighbour is the character before,
 * except in two cases where it is the one after:
 * - text typed at the start of a line that holds text goes right before the line's first
 *   character, after the format items that end the line before;
 * - the line end Enter inserts at the end of a line goes right before that line's own line end,
 *   after its format items, with no format item made or deleted: the text typed on the new line
 *   then hangs on the new line end alone, so that the lines of two people who press Enter at the
 *   end of one line never run together, and typing at the end of that line stays on it.
 * The attributes are always written: text inserted without them takes what Yjs finds in force
 * from its nearest search marker, which may stand just after a format item.
 */
export function insertRun(
	text: Y.Text,
	base: number,
	after: Flat,
	start: number,
	end: number
): void {
	if (start >= end) return;
	const chars = after.text.slice(start, end);
	const startsLine = start === 0 || after.text[start - 1] === '\n';
	const next = end < after.text.length ? after.text[end] : null;
	const typedAtLineStart = startsLine && next !== null && next !== '\n' && !chars.includes('\n');
	const newLineEnd = chars === '\n' && next === '\n';
	const neighbour = typedAtLineStart || newLineEnd ? end : start - 1;
	const given = insertBeside(text, base + start, chars, neighbour === end ? 'right' : 'left');
	let from = start;
	while (from < end) {
		let stop = from + 1;
		while (stop < end && after.keys[stop] === after.keys[from]) stop++;
		if (!sameAttributes(after.attributes[from]!, given))
			formatAt(text, base + from, stop - from, withEnds(after.attributes[from]!, given.keys()));
		from = stop;
	}
}

/** Whether attributes a character should have are those it has (a key it lacks is null). */
function sameAttributes(wanted: Record<string, unknown>, has: Map<string, unknown>): boolean {
	const keys = new Set([...Object.keys(wanted), ...has.keys()]);
	for (const key of keys)
		if (JSON.stringify(wanted[key] ?? null) !== JSON.stringify(has.get(key) ?? null)) return false;
	return true;
}

/*
 * Inserting and formatting find their offset by walking from the start of the text. Yjs's own
 * `insert` and `format` start from its nearest search marker, which does not know the attributes
 * in force there: from a marker standing just before a line end, text typed at the end of the
 * line before goes in after that line end's format item, without the format it should end, and
 * hangs on the same item as the line ends others add there at once (it then joins one of their
 * lines on every copy).
 */

/**
 * The attributes to format with: those wanted, and an end (null) to every other key the text has
 * there. The fixed keys are always written, but a comment thread's key is one of many: text
 * that leaves a thread, or is typed beside one, must end it explicitly or it stays in it.
 */
function withEnds(wanted: Record<string, unknown>, has: Iterable<string>): Record<string, unknown> {
	const attributes = { ...wanted };
	for (const key of has) if (!(key in attributes)) attributes[key] = null;
	return attributes;
}

function formatAt(text: Y.Text, offset: number, length: number, attributes: object): void {
	text.applyDelta([...(offset > 0 ? [{ retain: offset }] : []), { retain: length, attributes }]);
}

function reformat(
	text: Y.Text,
	base: number,
	before: Flat,
	after: Flat,
	oldStart: number,
	newStart: number,
	length: number
): void {
	let i = 0;
	while (i < length) {
		if (before.keys[oldStart + i] === after.keys[newStart + i]) {
			i++;
			continue;
		}
		let j = i + 1;
		while (
			j < length &&
			before.keys[oldStart + j] !== after.keys[newStart + j] &&
			after.keys[newStart + j] === after.keys[newStart + i]
		)
			j++;
		// Every key any of these characters had, not only the first's: a thread may cover a part.
		const had = new Set<string>();
		for (let k = i; k < j; k++) for (const key in before.attributes[oldStart + k]) had.add(key);
		formatAt(text, base + oldStart + i, j - i, withEnds(after.attributes[newStart + i]!, had));
		i = j;
	}
}
