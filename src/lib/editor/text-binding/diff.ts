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
	if (removed > 0) text.delete(base + prefix, removed);
	let at = base + prefix;
	let start = prefix;
	const end = newLength - suffix;
	while (start < end) {
		let stop = start + 1;
		while (stop < end && after.keys[stop] === after.keys[start]) stop++;
		const chars = after.text.slice(start, stop);
		if (inheritsPlain(after, start)) text.insert(at, chars);
		else text.insert(at, chars, { ...after.attributes[start] });
		at += stop - start;
		start = stop;
	}
}

const PLAIN = JSON.stringify(textAttributes({}));

/**
 * Whether plain text at `start` can be inserted without attributes: after plain text it then
 * takes no format from its neighbours, and Yjs finds the place from its search
 * markers instead of walking the whole body to learn the attributes there (on a long document,
 * the difference between a keystroke that costs microseconds and one that costs milliseconds).
 */
function inheritsPlain(after: Flat, start: number): boolean {
	if (after.keys[start] !== PLAIN) return false;
	// After a line end Yjs may carry the line's format onto the text, depending on where its
	// search markers happen to stand; there the attributes are always written.
	return start > 0 && after.text[start - 1] !== '\n' && after.keys[start - 1] === PLAIN;
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
		text.format(base + oldStart + i, j - i, { ...after.attributes[newStart + i] });
		i = j;
	}
}
