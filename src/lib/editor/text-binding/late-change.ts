import type * as Y from 'yjs';
import { insertRun } from './diff';
import type { Flat } from './flatten';
import { mapOffset, type Side, type TextDelta } from './offsets';

/*
 * A late change: what the person did that the editor read only as someone else's change to the
 * text was beginning (typing still in the page when a peer's change arrived). It cannot be written
 * inside that change, which Yjs would then take for another device's, so it is written right
 * after, where it was made: beside the characters it was typed next to, whatever the other change
 * put around them, and deleting only characters the person saw.
 */

/** Where each character of `from`–`to` of the text before a change is after it, if still there. */
export function survivingOffsets(delta: TextDelta, from: number, to: number): number[] {
	const result: number[] = [];
	let oldIndex = 0;
	let newIndex = 0;
	const keep = (length: number) => {
		for (let k = Math.max(from, oldIndex); k < Math.min(to, oldIndex + length); k++)
			result.push(newIndex + k - oldIndex);
	};
	for (const op of delta) {
		if (op.retain !== undefined) {
			keep(op.retain);
			oldIndex += op.retain;
			newIndex += op.retain;
		} else if (op.insert !== undefined)
			newIndex += typeof op.insert === 'string' ? op.insert.length : 1;
		else if (op.delete !== undefined) oldIndex += op.delete;
	}
	keep(Infinity);
	return result;
}

/**
 * Writes the change from `before` to `after` (flat forms of the whole body) into the text as it
 * is after `delta`, which was made on `before`. Returns where an offset of `after` lies now
 * (keeping to the character on `side` where text was inserted exactly there).
 */
export function writeLateChange(
	text: Y.Text,
	before: Flat,
	after: Flat,
	delta: TextDelta
): (offset: number, side: Side) => number {
	const same = (i: number, j: number) =>
		before.text[i] === after.text[j] && before.keys[i] === after.keys[j];
	const shortest = Math.min(before.text.length, after.text.length);
	let prefix = 0;
	while (prefix < shortest && same(prefix, prefix)) prefix++;
	let suffix = 0;
	while (
		suffix < shortest - prefix &&
		same(before.text.length - 1 - suffix, after.text.length - 1 - suffix)
	)
		suffix++;
	const removedTo = before.text.length - suffix;
	const insertedTo = after.text.length - suffix;
	const kept = survivingOffsets(delta, prefix, removedTo);
	for (let i = kept.length - 1; i >= 0; i--) {
		let first = i;
		while (first > 0 && kept[first - 1] === kept[first]! - 1) first--;
		text.applyDelta([{ retain: kept[first]! }, { delete: i - first + 1 }]);
		i = first;
	}
	const at = mapOffset(prefix, delta);
	insertRun(text, at - prefix, after, prefix, insertedTo);
	const inserted = insertedTo - prefix;
	return (offset, side) => {
		if (offset <= prefix) return mapOffset(offset, delta, side);
		if (offset <= insertedTo) return at + offset - prefix;
		const old = offset - inserted + (removedTo - prefix);
		return mapOffset(old, delta, side) - kept.length + inserted;
	};
}
