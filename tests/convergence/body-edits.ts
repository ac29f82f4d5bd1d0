import type * as Y from 'yjs';
import {
	linesOfBlocks,
	type Block,
	type Line,
	type Marks,
	paragraph,
	quote,
	table,
	bulletList,
	heading,
	orderedList
} from '../../src/lib/doc';
import { lineStarts, textOf, topLevelNodes, type PlainOp, type Point } from './body-lines';
import {
	describeEdit,
	plainEditOf,
	touchedLines,
	type BodyEdit,
	type BodyEditKind
} from './editor-operations';
import type { HeadlessEditor } from './headless-editor';
import type { Random } from './random';
import { idAt } from './shadow';

/*
 * Random edits of a document body as a person makes them in the editor: typing (with the marks at
 * the caret, or chosen ones), deleting a selection (across lines too), formatting a selection,
 * Enter anywhere (in list items and table cells too), Backspace at the start of a line, a new
 * block (paragraph, heading, list, quote, table), another block type, a deleted block. The app's
 * editor makes each one and its binding writes it (`headless-editor.ts`).
 */

/** The kinds of body edits (see `editor-operations.ts`). */
export type { BodyEditKind };

/** How often a person makes each kind of body edit. */
export const BODY_EDIT_WEIGHTS = {
	type: 40,
	delete: 14,
	format: 12,
	split: 5,
	join: 4,
	insertBlock: 4,
	blockType: 3,
	deleteBlock: 2
} as const satisfies Record<BodyEditKind, number>;

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

/** Link targets the editor accepts. */
export const LINKS = [
	'https://example.org/guide',
	'mailto:team@example.org',
	'https://example.org/a?b=1&c=2'
];

/** A column of a line that does not fall inside a surrogate pair (no editor puts a caret there). */
function column(line: Line, random: Random, from = 0): number {
	const text = textOf(line);
	const col = random.int(Math.min(from, text.length), text.length);
	const code = text.charCodeAt(col);
	return code >= 0xdc00 && code <= 0xdfff ? col - 1 : col;
}

/** What the text before the caret looks like when Enter there runs one of the editor's input rules. */
const MARKDOWN_MARKER = /^\s*(#{1,6}|[-+*]|\d+\.|>)$/;

function caret(lines: readonly Line[], random: Random): Point {
	const line = random.int(0, lines.length - 1);
	return { line, col: column(lines[line]!, random) };
}

const inTable = (line: Line) => line.format.wrap.some((c) => c.type === 'table');

/**
 * A selection of at least one character, within a line or across a few; never across lines of a
 * table, which the table plugin turns into a cell selection (another edit altogether).
 */
function selection(lines: readonly Line[], random: Random): [Point, Point] | null {
	const from = caret(lines, random);
	let line = from.line;
	if (random.chance(0.35)) line = Math.min(lines.length - 1, from.line + random.int(1, 3));
	if (lines.slice(from.line, line + 1).some(inTable)) line = from.line;
	let col = column(lines[line]!, random, line === from.line ? from.col : 0);
	if (line === from.line && col === from.col) {
		// At least one character: a whole surrogate pair when one starts there. Half a pair left
		// behind is a lone surrogate, which Yjs sends as U+FFFD; no editor ever splits a pair.
		const text = textOf(lines[line]!);
		if (col >= text.length) return null;
		const code = text.charCodeAt(col);
		col += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
	}
	return [from, { line, col }];
}

function marksToType(random: Random): Marks | undefined {
	if (random.chance(0.7)) return undefined;
	const marks: Marks = {};
	if (random.chance(0.3)) marks.bold = true;
	if (random.chance(0.3)) marks.italic = true;
	if (random.chance(0.1)) marks.link = random.pick(LINKS);
	return marks;
}

function blockToInsert(random: Random): Block {
	const text = random.pick(PHRASES);
	switch (random.weighted({ paragraph: 4, heading: 2, list: 2, quote: 1, table: 1 })) {
		case 'heading':
			return heading(random.pick([1, 2, 3] as const), text);
		case 'list':
			return random.chance(0.7) ? bulletList([text]) : orderedList([text]);
		case 'quote':
			return quote(text);
		case 'table':
			return table({ header: true, cells: [['Who'], ['What']] }, { cells: [[text], ['']] });
		default:
			return paragraph(text);
	}
}

/** A random edit of a kind for the lines the editor shows, or null when there is none to make. */
export function chooseEdit(
	lines: readonly Line[],
	kind: BodyEditKind,
	random: Random
): BodyEdit | null {
	switch (kind) {
		case 'type': {
			const at = caret(lines, random);
			const text = random.pick(PHRASES);
			const marks = marksToType(random);
			return { kind, at, text, ...(marks ? { marks } : {}) };
		}
		case 'delete': {
			const range = selection(lines, random);
			return range && { kind, from: range[0], to: range[1] };
		}
		case 'format': {
			const range = selection(lines, random);
			if (!range) return null;
			const mark = random.pick(['bold', 'italic', 'link'] as const);
			const href = mark === 'link' ? { href: random.chance(0.6) ? random.pick(LINKS) : null } : {};
			return { kind, from: range[0], to: range[1], mark, ...href };
		}
		case 'split': {
			const at = caret(lines, random);
			const before = textOf(lines[at.line]!).slice(0, at.col);
			// Enter right after a Markdown marker opening a line ("#", "*", "1.", ">") is the editor's
			// shortcut that turns the line into a heading, list or quote, not a split.
			return MARKDOWN_MARKER.test(before) ? null : { kind, at };
		}
		case 'join':
			return lines.length < 2 ? null : { kind, line: random.int(1, lines.length - 1) };
		case 'insertBlock': {
			const before = random.int(0, topLevelNodes(lines).length);
			const inserted = linesOfBlocks([blockToInsert(random)]).map((line) => ({
				runs: line.runs.map((run) => ({ text: run.text, marks: run.marks ?? {} })),
				format: line.format
			}));
			return { kind, before, lines: inserted };
		}
		case 'blockType':
			return {
				kind,
				line: random.int(0, lines.length - 1),
				level: random.pick([0, 1, 2, 3] as const)
			};
		case 'deleteBlock': {
			const nodes = topLevelNodes(lines).length;
			return nodes < 2 ? null : { kind, node: random.int(0, nodes - 1) };
		}
	}
}

/** A body edit the editor made, for the intent shadow and the record of races. */
export interface AppliedEdit {
	edit: BodyEdit;
	/** What it did to the text alone. */
	plain: PlainOp[];
	/** The Yjs ids of the line ends of the lines it touched, before the edit. */
	lineIds: string[];
	/** Whether it was a split or a join that inserted or deleted a line end. */
	splitsOrJoins: boolean;
}

/**
 * Ends a body whose last line end was deleted concurrently, as the binding does as soon as it
 * sees one (`#onText`, one insert of "\n" without attributes); true when it did.
 */
export function endUnterminatedLine(text: Y.Text): boolean {
	if (text.length === 0 || text.toString().endsWith('\n')) return false;
	text.insert(text.length, '\n');
	return true;
}

/** Typing, keystroke by keystroke: each character inserted after the one before. */
function keystroke(edit: Extract<BodyEdit, { kind: 'type' }>, step: number): PlainOp[] {
	const chars = [...edit.text];
	const col = edit.at.col + chars.slice(0, step).join('').length;
	return [{ at: { line: edit.at.line, col }, insert: chars[step]! }];
}

/** One editor update of a body edit (a keystroke or a command), once the binding has written it. */
export interface WrittenStep {
	/** Which update of the edit: typing has one per character, every other edit one. */
	index: number;
	/** What the step did to the text alone. */
	ops: PlainOp[];
	/** The edit's: see `AppliedEdit`. */
	lineIds: string[];
	splitsOrJoins: boolean;
}

/**
 * Chooses an edit of a kind (a few tries: some, like a Backspace at the start of a table cell, do
 * nothing) and makes it in the app's editor, whose binding writes it into the body: one Yjs
 * transaction per keystroke or command. `written` hears of each in its transaction (the shadow
 * replays it then, so that both travel in one update). Null when nothing changed. `choose`
 * picks the edit instead (deleting a given passage, say).
 */
export function editBody(
	text: Y.Text,
	kind: BodyEditKind,
	random: Random,
	editor: HeadlessEditor,
	written: (step: WrittenStep) => void,
	choose: (lines: readonly Line[]) => BodyEdit | null = (lines) => chooseEdit(lines, kind, random)
): AppliedEdit | null {
	const shown = editor.show(text);
	const { lines } = shown;
	const starts = lineStarts(lines);
	for (let attempt = 0; attempt < 3; attempt++) {
		const edit = choose(lines);
		if (!edit) continue;
		const touched = touchedLines(lines, edit);
		const lineIds = touched.flatMap((line) => idAt(text, starts[line + 1]! - 1) ?? []);
		const plain: PlainOp[] = [];
		let splitsOrJoins = false;
		const afterStep = (index: number) => {
			const ops =
				edit.kind === 'type' ? keystroke(edit, index) : plainEditOf(lines, edit, text.toString());
			plain.push(...ops);
			splitsOrJoins = (kind === 'split' || kind === 'join') && ops.length > 0;
			written({ index, ops, lineIds, splitsOrJoins });
		};
		if (!editor.edit(text, shown, edit, afterStep)) continue;
		if (edit.kind === 'type') plainEditOf(lines, edit, text.toString());
		return { edit, plain, lineIds, splitsOrJoins };
	}
	return null;
}

/** A short description of an edit, for the log a failing seed prints. */
export { describeEdit };
