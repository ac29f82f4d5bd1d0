import type { Node } from '@tiptap/pm/model';
import { flatLength, isContainer, isTextBlock } from './flatten';

/**
 * Positions in the editor's document and offsets in the body's `Y.Text` correspond one to one
 * inside text; a position between blocks corresponds to the start of the next line.
 */

/** The body offset of an editor position. */
export function positionToOffset(doc: Node, pos: number): number {
	let offset = 0;
	let parent = doc;
	let start = 0; // position of the parent's first child
	for (;;) {
		let found: { child: Node; at: number } | null = null;
		let childStart = start;
		for (let i = 0; i < parent.childCount; i++) {
			const child = parent.child(i);
			const end = childStart + child.nodeSize;
			if (pos >= end) {
				offset += flatLength(child);
				childStart = end;
				continue;
			}
			if (pos > childStart) found = { child, at: childStart };
			break;
		}
		if (!found) return offset;
		if (isTextBlock(found.child))
			return offset + Math.min(pos - found.at - 1, found.child.content.size);
		if (!isContainer(found.child)) return offset;
		parent = found.child;
		start = found.at + 1;
	}
}

/** The editor position inside text for a body offset (the end of the last line past the end). */
export function offsetToPosition(doc: Node, offset: number): number {
	const total = flatLength(doc);
	if (total === 0) return Math.min(1, doc.content.size);
	let remaining = Math.min(Math.max(0, offset), total - 1);
	let parent = doc;
	let start = 0;
	for (;;) {
		let childStart = start;
		let next: Node | null = null;
		for (let i = 0; i < parent.childCount; i++) {
			const child = parent.child(i);
			const length = flatLength(child);
			if (remaining < length) {
				if (isTextBlock(child)) return childStart + 1 + Math.min(remaining, child.content.size);
				next = child;
				break;
			}
			remaining -= length;
			childStart += child.nodeSize;
		}
		if (!next) return childStart;
		parent = next;
		start = childStart + 1;
	}
}

/** The index of the top-level child that holds a position, and where that child starts. */
export function childAt(doc: Node, pos: number): { index: number; start: number } {
	let start = 0;
	for (let index = 0; index < doc.childCount; index++) {
		const end = start + doc.child(index).nodeSize;
		if (pos < end) return { index, start };
		start = end;
	}
	return { index: doc.childCount, start };
}
