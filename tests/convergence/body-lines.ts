import type { Node } from '@tiptap/pm/model';
import { linesOfDelta, type DocumentId, type Line } from '../../src/lib/doc';
import type { Workspace } from '../../src/lib/workspace';
import { flattenNodes } from '../../src/lib/editor/text-binding/flatten';
import type { Random } from './random';

/*
 * A document body as the lines the editor shows, places in it, and the same body as plain text
 * (its blocks joined by "\n", no format), which the intent shadow keeps.
 */

/** A place in a body: a line and a column (UTF-16 units) in it. */
export interface Point {
	line: number;
	col: number;
}

/** The characters of a line, without its newline. */
export function textOf(line: Line): string {
	return line.runs.map((run) => run.text).join('');
}

/** Where each line starts, and the body's length at the end (one past the last line). */
export function lineStarts(lines: readonly Line[]): number[] {
	const starts = [0];
	for (const line of lines) starts.push(starts[starts.length - 1]! + textOf(line).length + 1);
	return starts;
}

/** The point at a body offset (the end of a line for its line end), or null past the end. */
export function pointOf(lines: readonly Line[], offset: number): Point | null {
	const starts = lineStarts(lines);
	for (let line = 0; line < lines.length; line++)
		if (offset < starts[line + 1]!) return { line, col: offset - starts[line]! };
	return null;
}

/** The body offset of a point. */
export function offsetOf(lines: readonly Line[], point: Point): number {
	return lineStarts(lines)[point.line]! + point.col;
}

/** The top-level nodes of the editor's document: a line on its own or the lines of a container. */
export function topLevelNodes(lines: readonly Line[]): { first: number; last: number }[] {
	const nodes: { first: number; last: number }[] = [];
	lines.forEach((line, i) => {
		const outer = line.format.wrap[0];
		const previous = nodes[nodes.length - 1];
		const before = i > 0 ? lines[i - 1]!.format.wrap[0] : undefined;
		if (previous && outer && before && outer.type === before.type && outer.id === before.id)
			previous.last = i;
		else nodes.push({ first: i, last: i });
	});
	return nodes;
}

function children(node: Node): Node[] {
	const result: Node[] = [];
	node.forEach((child) => result.push(child));
	return result;
}

/** The lines of an editor document, exactly as the binding would store them. */
export function linesOfDocument(doc: Node): Line[] {
	const flat = flattenNodes(children(doc));
	const delta: { insert: string; attributes: Record<string, unknown> }[] = [];
	for (let i = 0; i < flat.text.length;) {
		let j = i + 1;
		while (j < flat.text.length && flat.keys[j] === flat.keys[i]) j++;
		delta.push({ insert: flat.text.slice(i, j), attributes: flat.attributes[i]! });
		i = j;
	}
	return linesOfDelta(delta);
}

/** An edit of plain text: an insertion at a point, or the deletion of what lies between two. */
export type PlainOp = { at: Point; insert: string } | { at: Point; to: Point };

/** The offset of a point in plain text, clamped to the text (lines split at "\n"). */
export function plainOffset(text: string, point: Point): number {
	let offset = 0;
	for (let line = 0; line < point.line; line++) {
		const end = text.indexOf('\n', offset);
		if (end < 0) return text.length;
		offset = end + 1;
	}
	const end = text.indexOf('\n', offset);
	return Math.min(offset + point.col, end < 0 ? text.length : end);
}

/** Plain text after plain edits, applied in order (each resolved against the text before it). */
export function applyPlain(text: string, ops: readonly PlainOp[]): string {
	for (const op of ops) {
		const at = plainOffset(text, op.at);
		if ('insert' in op) text = text.slice(0, at) + op.insert + text.slice(at);
		else text = text.slice(0, at) + text.slice(Math.max(at, plainOffset(text, op.to)));
	}
	return text;
}

/**
 * A random passage of a copy's document, as a member selects one: its document and body offsets
 * (at most `longest` characters); null when the copy has no document with text to select.
 */
export function randomPassage(
	workspace: Workspace,
	random: Random,
	longest: number
): { documentId: DocumentId; from: number; to: number } | null {
	const documents = workspace.documents.list();
	if (documents.length === 0) return null;
	const documentId = random.pick(documents).id;
	const length = workspace.documents.body(documentId)?.length ?? 0;
	if (length < 2) return null;
	const from = random.int(0, length - 2);
	return { documentId, from, to: random.int(from + 1, Math.min(length, from + longest)) };
}
