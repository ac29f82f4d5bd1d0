import type * as Y from 'yjs';
import { textAttributes } from '../../doc';
import type { Flat } from './flatten';

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
	insertStretch(text, base, after, prefix, newLength - suffix);
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
 * Inserts the new characters of `after` from `start` to `end` as one run with the attributes of
 * the character before them, then formats every part that differs. Yjs then places the run right
 * after that character, where one plain text would place it: with any other attributes it moves
 * the run past the format items on its right (the start of the next line), and someone else's
 * typing there would land on the other side of it, or between a new line's text and its line end.
 * The attributes are always written: text inserted without them takes what Yjs finds in force from
 * its nearest search marker, which may stand just after a format item: the text then lands after
 * that item, with its format and beside others' concurrent typing rather than after its neighbour.
 */
function insertStretch(text: Y.Text, base: number, after: Flat, start: number, end: number): void {
	if (start >= end) return;
	const chars = after.text.slice(start, end);
	const left = start > 0 ? after.keys[start - 1] : PLAIN;
	text.insert(
		base + start,
		chars,
		start > 0 ? { ...after.attributes[start - 1] } : textAttributes({})
	);
	let from = start;
	while (from < end) {
		let stop = from + 1;
		while (stop < end && after.keys[stop] === after.keys[from]) stop++;
		if (after.keys[from] !== left)
			text.format(base + from, stop - from, { ...after.attributes[from] });
		from = stop;
	}
}

const PLAIN = JSON.stringify(textAttributes({}));

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
		text.format(base + oldStart + i, j - i, { ...after.attributes[newStart + i] });
		i = j;
	}
}
