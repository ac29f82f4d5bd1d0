/** One change of a `Y.Text` as its observers see it. */
export type TextDelta = readonly { retain?: number; insert?: unknown; delete?: number }[];

/** Which character an offset keeps to when text is inserted exactly there. */
export type Side = 'left' | 'right';

/**
 * Where an offset of the text before a change lies after it. The offset keeps to the character
 * on its left: text inserted exactly there goes after it, as it does for a caret that has just
 * typed that character, so a person typing goes on where they were whatever others insert there.
 * At the start of a line that holds text it keeps to the line's first character instead
 * (`right`), as text typed there does: a line others add before it goes before it.
 */
export function mapOffset(offset: number, delta: TextDelta, side: Side = 'left'): number {
	let index = 0;
	let shift = 0;
	for (const op of delta) {
		if (index > offset) break;
		if (op.retain !== undefined) index += op.retain;
		else if (op.insert !== undefined) {
			const length = typeof op.insert === 'string' ? op.insert.length : 1;
			if (index < offset || (side === 'right' && index === offset)) shift += length;
		} else if (op.delete !== undefined) {
			shift -= Math.max(0, Math.min(op.delete, offset - index));
			index += op.delete;
		}
	}
	return Math.max(0, offset + shift);
}

/** The offset, after a change, just past its last insertion or at its last deletion. */
export function lastChangeOffset(delta: TextDelta): number | null {
	let index = 0;
	let last: number | null = null;
	for (const op of delta) {
		if (op.retain !== undefined) index += op.retain;
		else if (op.insert !== undefined) {
			index += typeof op.insert === 'string' ? op.insert.length : 1;
			last = index;
		} else if (op.delete !== undefined) last = index;
	}
	return last;
}
