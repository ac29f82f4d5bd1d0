import { simpleDiffString } from 'lib0/diff';
import * as Y from 'yjs';
import { NODE } from '../../src/lib/doc';
import type { Random } from './random';

/**
 * Text edits as the editor's Yjs binding (y-prosemirror, as @tiptap/y-tiptap ships it) writes them
 * into a document body: the editor computes the new runs of a text block, and the binding diffs the
 * old string against the new one, deletes and inserts the difference, then re-applies every run's
 * full set of marks (`null` for marks a run does not have). Block edits (Enter, Backspace at the
 * start of a block, a new paragraph, a heading level) change the elements around the text.
 */

/** The marks of a run as the binding stores them: attribute name → the mark's attributes. */
export type Marks = Record<string, Record<string, unknown>>;

/** A run of text with its marks, as the editor holds it. */
export interface TextRun {
	text: string;
	marks: Marks;
}

/** The attributes TipTap's link mark carries; the export reads only `href`. */
export function linkMark(href: string): Record<string, unknown> {
	return { href, target: '_blank', rel: 'noopener noreferrer nofollow', class: null };
}

/** The runs of a text node, adjacent runs with the same marks merged, as the editor sees them. */
export function readRuns(text: Y.XmlText): TextRun[] {
	const runs: TextRun[] = [];
	for (const op of text.toDelta() as { insert: unknown; attributes?: Marks }[]) {
		if (typeof op.insert !== 'string') continue;
		runs.push({ text: op.insert, marks: { ...op.attributes } });
	}
	return normalize(runs);
}

function sameMarks(a: Marks, b: Marks): boolean {
	const keys = Object.keys(a);
	return (
		keys.length === Object.keys(b).length &&
		keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]))
	);
}

function normalize(runs: TextRun[]): TextRun[] {
	const result: TextRun[] = [];
	for (const run of runs) {
		if (run.text === '') continue;
		const last = result[result.length - 1];
		if (last && sameMarks(last.marks, run.marks)) last.text += run.text;
		else result.push({ text: run.text, marks: { ...run.marks } });
	}
	return result;
}

/** The runs cut at a position: everything before it and everything after it. */
export function splitRuns(runs: readonly TextRun[], at: number): [TextRun[], TextRun[]] {
	const before: TextRun[] = [];
	const after: TextRun[] = [];
	let offset = 0;
	for (const run of runs) {
		const cut = Math.max(0, Math.min(run.text.length, at - offset));
		if (cut > 0) before.push({ text: run.text.slice(0, cut), marks: run.marks });
		if (cut < run.text.length) after.push({ text: run.text.slice(cut), marks: run.marks });
		offset += run.text.length;
	}
	return [before, after];
}

/** The length of runs in UTF-16 code units, the unit Yjs and ProseMirror count in. */
export function runsLength(runs: readonly TextRun[]): number {
	return runs.reduce((sum, run) => sum + run.text.length, 0);
}

/** Writes new runs into a text node exactly as the binding's `updateYText` does. */
export function writeRuns(text: Y.XmlText, runs: readonly TextRun[]): void {
	const target = normalize([...runs]);
	let current = '';
	const cleared: Record<string, null> = {};
	for (let item = text._start; item !== null; item = item.right) {
		if (item.deleted) continue;
		if (item.countable && item.content instanceof Y.ContentString) current += item.content.str;
		else if (item.content instanceof Y.ContentFormat) cleared[item.content.key] = null;
	}
	const { index, remove, insert } = simpleDiffString(current, target.map((r) => r.text).join(''));
	text.delete(index, remove);
	text.insert(index, insert);
	text.applyDelta(
		target.map((run) => ({ retain: run.text.length, attributes: { ...cleared, ...run.marks } }))
	);
}

/** A text node holding runs, for a new block (the binding fills it before it is inserted). */
export function newText(runs: readonly TextRun[]): Y.XmlText {
	const text = new Y.XmlText();
	text.applyDelta(normalize([...runs]).map((run) => ({ insert: run.text, attributes: run.marks })));
	return text;
}

/** A new text block element (paragraph or heading) holding runs. */
export function newBlock(name: string, runs: readonly TextRun[], level?: number): Y.XmlElement {
	const block = new Y.XmlElement(name);
	if (level !== undefined) block.setAttribute('level', level as unknown as string);
	if (runs.length > 0) block.insert(0, [newText(runs)]);
	return block;
}

/** A text block somewhere in a body: a paragraph or heading, with where it sits. */
export interface TextBlock {
	element: Y.XmlElement;
	parent: Y.XmlElement | Y.XmlFragment;
	index: number;
}

/** Every paragraph and heading of a body, in document order, at any depth (lists, quotes, tables). */
export function textBlocks(body: Y.XmlFragment): TextBlock[] {
	const found: TextBlock[] = [];
	const visit = (parent: Y.XmlElement | Y.XmlFragment) => {
		parent.toArray().forEach((child, index) => {
			if (!(child instanceof Y.XmlElement)) return;
			if (child.nodeName === NODE.paragraph || child.nodeName === NODE.heading)
				found.push({ element: child, parent, index });
			else visit(child);
		});
	};
	visit(body);
	return found;
}

/** The text node of a block the editor types into, created (empty) when the block has none. */
export function textOfBlock(block: Y.XmlElement, random: Random): Y.XmlText {
	const texts = block.toArray().filter((c): c is Y.XmlText => c instanceof Y.XmlText);
	if (texts.length > 0) return random.pick(texts);
	const text = new Y.XmlText();
	block.insert(0, [text]);
	return text;
}

/** A position in runs that does not fall inside a surrogate pair (an editor never puts one there). */
export function boundary(runs: readonly TextRun[], random: Random, from = 0): number {
	const all = runs.map((r) => r.text).join('');
	const at = random.int(Math.min(from, all.length), all.length);
	const code = all.charCodeAt(at);
	return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/** How many UTF-16 code units the character at a position takes: 2 for a surrogate pair. */
export function characterLength(runs: readonly TextRun[], at: number): number {
	const code = runs
		.map((r) => r.text)
		.join('')
		.charCodeAt(at);
	return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
}
