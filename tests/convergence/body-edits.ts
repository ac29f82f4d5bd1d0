import * as Y from 'yjs';
import { NODE } from '../../src/lib/doc';
import {
	boundary,
	characterLength,
	linkMark,
	newBlock,
	readRuns,
	runsLength,
	splitRuns,
	textBlocks,
	textOfBlock,
	writeRuns,
	type Marks,
	type TextRun
} from './editor-operations';
import type { Random } from './random';

/*
 * Random edits of a document body as a person makes them in the editor: typing (with the marks of
 * the text before the caret, or chosen ones), deleting a selection, formatting a selection, Enter,
 * Backspace at the start of a block, a new block, another block type, a deleted block.
 */

/** The kinds of body edits, for the table of operation weights. */
export type BodyEditKind =
	'type' | 'delete' | 'format' | 'split' | 'join' | 'insertBlock' | 'blockType' | 'deleteBlock';

/** Words people type: several scripts, an emoji (a surrogate pair), and Markdown's own characters. */
export const PHRASES = [
	'We decide together',
	' by consent',
	'members ',
	'the working group ',
	'reviews this charter every year. ',
	'Amani',
	'Tunakubaliana ',
	'我们一起做决定',
	'نتخذ القرارات معًا',
	'🌱 ',
	'café ',
	'*stars* and _under_ ',
	'# not a heading ',
	'<b>not bold</b> ',
	'a | pipe ',
	' ',
	'.',
	', ',
	'e'
];
const LINKS = [
	'https://example.org/guide',
	'mailto:team@example.org',
	'https://example.org/a?b=1&c=2'
];

/** Marks for newly typed text: most often those of the text before the caret, as an editor does. */
function marksFor(runs: readonly TextRun[], at: number, random: Random): Marks {
	if (random.chance(0.7)) {
		const [before] = splitRuns(runs, at);
		return { ...(before[before.length - 1]?.marks ?? {}) };
	}
	const marks: Marks = {};
	if (random.chance(0.3)) marks.bold = {};
	if (random.chance(0.3)) marks.italic = {};
	if (random.chance(0.1)) marks.link = linkMark(random.pick(LINKS));
	return marks;
}

function withMark(runs: readonly TextRun[], from: number, to: number, change: (m: Marks) => Marks) {
	const [head, rest] = splitRuns(runs, from);
	const [middle, tail] = splitRuns(rest, to - from);
	return [...head, ...middle.map((run) => ({ text: run.text, marks: change(run.marks) })), ...tail];
}

/** One editor-level edit of a document body; call it in a transaction, as the binding does. */
export function editBody(body: Y.XmlFragment, kind: BodyEditKind, random: Random): string | null {
	const blocks = textBlocks(body);
	if (kind === 'insertBlock' || blocks.length === 0) {
		const at = random.int(0, body.length);
		const runs = [{ text: random.pick(PHRASES), marks: {} }];
		const heading = random.chance(0.3);
		const item = random.chance(0.2);
		const block = newBlock(heading ? NODE.heading : NODE.paragraph, runs, heading ? 2 : undefined);
		if (item) {
			const list = new Y.XmlElement(NODE.bulletList);
			const listItem = new Y.XmlElement(NODE.listItem);
			listItem.insert(0, [newBlock(NODE.paragraph, runs)]);
			list.insert(0, [listItem]);
			body.insert(at, [list]);
			return `insert list at ${at}`;
		}
		body.insert(at, [block]);
		return `insert ${block.nodeName} at ${at}`;
	}
	const block = random.pick(blocks);
	const text = textOfBlock(block.element, random);
	const runs = readRuns(text);
	const length = runsLength(runs);
	switch (kind) {
		case 'type': {
			const at = boundary(runs, random);
			const inserted = random.pick(PHRASES);
			const marks = marksFor(runs, at, random);
			const [head, tail] = splitRuns(runs, at);
			writeRuns(text, [...head, { text: inserted, marks }, ...tail]);
			return `type ${JSON.stringify(inserted)} at ${at} ${JSON.stringify(marks)}`;
		}
		case 'delete': {
			if (length === 0) return null;
			const a = boundary(runs, random);
			const b = boundary(runs, random, a);
			const from = Math.min(a, b);
			// At least one character, a whole surrogate pair when one starts there. Half a pair left
			// behind is a lone surrogate, which Yjs keeps on the writer's copy but sends as U+FFFD
			// (UTF-8 cannot carry it), so the copies would differ; no editor ever splits a pair.
			const to = Math.max(a, b) > from ? Math.max(a, b) : from + characterLength(runs, from);
			const [head, rest] = splitRuns(runs, from);
			writeRuns(text, [...head, ...splitRuns(rest, Math.min(to, length) - from)[1]]);
			return `delete ${from}..${to}`;
		}
		case 'format': {
			if (length === 0) return null;
			const from = boundary(runs, random);
			const to = Math.max(from, boundary(runs, random, from));
			const mark = random.pick(['bold', 'italic', 'link']);
			const on = random.chance(0.6);
			const href = random.pick(LINKS);
			writeRuns(
				text,
				withMark(runs, from, to, (marks) => {
					const next = { ...marks };
					if (!on) delete next[mark];
					else next[mark] = mark === 'link' ? linkMark(href) : {};
					return next;
				})
			);
			return `${on ? 'set' : 'clear'} ${mark} ${from}..${to}`;
		}
		case 'split': {
			const at = boundary(runs, random);
			const [head, tail] = splitRuns(runs, at);
			writeRuns(text, head);
			const inList =
				block.parent instanceof Y.XmlElement && block.parent.nodeName === NODE.listItem;
			const heading = block.element.nodeName === NODE.heading && at < length;
			const level = heading ? Number(block.element.getAttribute('level')) || 2 : undefined;
			const next = newBlock(heading ? NODE.heading : NODE.paragraph, tail, level);
			if (inList) {
				const item = block.parent as Y.XmlElement;
				const list = item.parent as Y.XmlElement;
				const listItem = new Y.XmlElement(NODE.listItem);
				listItem.insert(0, [next]);
				const index = list.toArray().indexOf(item);
				if (index >= 0) list.insert(index + 1, [listItem]);
				return `split list item at ${at}`;
			}
			block.parent.insert(block.index + 1, [next]);
			return `split ${block.element.nodeName} at ${at}`;
		}
		case 'join': {
			const previous = block.index > 0 ? block.parent.get(block.index - 1) : null;
			if (!(previous instanceof Y.XmlElement)) return null;
			if (previous.nodeName !== NODE.paragraph && previous.nodeName !== NODE.heading) return null;
			const into = textOfBlock(previous, random);
			writeRuns(into, [...readRuns(into), ...runs]);
			block.parent.delete(block.index, 1);
			return `join block ${block.index} into the one before`;
		}
		case 'blockType': {
			const element = block.element;
			if (element.nodeName === NODE.heading && random.chance(0.5)) {
				const level = random.int(1, 3);
				element.setAttribute('level', level as unknown as string);
				return `heading level ${level}`;
			}
			// Another node type: the binding replaces the element with a new one holding the text.
			const heading = element.nodeName !== NODE.heading;
			block.parent.delete(block.index, 1);
			const replacement = newBlock(
				heading ? NODE.heading : NODE.paragraph,
				runs,
				heading ? 1 : undefined
			);
			block.parent.insert(block.index, [replacement]);
			return `turn block into ${replacement.nodeName}`;
		}
		case 'deleteBlock': {
			if (body.length < 2) return null;
			const at = random.int(0, body.length - 1);
			body.delete(at, 1);
			return `delete block ${at}`;
		}
	}
	return null;
}
