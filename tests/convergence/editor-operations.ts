import type { Line, Marks } from '../../src/lib/doc';
import { applyPlain, textOf, topLevelNodes, type PlainOp, type Point } from './body-lines';

/*
 * The edits a person makes in the editor, in the terms of the lines they see, and what each means
 * for the text alone: the plain-text edit the intent shadow replays (typing inserts at the caret,
 * Enter inserts "\n" there, Backspace at a line start deletes the "\n" before it, …). The editor
 * (see `headless-editor.ts`) decides what each really does to the document; where it does
 * something else to the text (a Backspace that lifts a list item out of its list joins nothing),
 * the shadow replays that instead: see `plainEditOf`.
 */

/** One edit a person makes in the editor. */
export type BodyEdit =
	/** Typing at a caret, with the marks at the caret (as an editor does) or chosen ones. */
	| { kind: 'type'; at: Point; text: string; marks?: Marks }
	/** Backspace over a selection, which may span lines. */
	| { kind: 'delete'; from: Point; to: Point }
	/** Mod-b / Mod-i over a selection (a toggle), or a link set (href) or removed (null). */
	| {
			kind: 'format';
			from: Point;
			to: Point;
			mark: 'bold' | 'italic' | 'link';
			href?: string | null;
	  }
	/** Enter at a caret. */
	| { kind: 'split'; at: Point }
	/** Backspace at the start of a line. */
	| { kind: 'join'; line: number }
	/** New blocks (the lines they hold) inserted before a top-level node, or at the end. */
	| { kind: 'insertBlock'; before: number; lines: Line[] }
	/** A paragraph (level 0) or a heading of a level, for a line. */
	| { kind: 'blockType'; line: number; level: 0 | 1 | 2 | 3 }
	/** A whole top-level node (a block, a list, a quote, a table) deleted. */
	| { kind: 'deleteBlock'; node: number };

/** The kinds of body edits. */
export type BodyEditKind = BodyEdit['kind'];

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** What an edit means for the text alone, as the person meant it. */
export function intendedPlainEdit(lines: readonly Line[], edit: BodyEdit): PlainOp[] {
	switch (edit.kind) {
		case 'type':
			return [{ at: edit.at, insert: edit.text }];
		case 'delete':
			return [{ at: edit.from, to: edit.to }];
		case 'split':
			return [{ at: edit.at, insert: '\n' }];
		case 'join': {
			const before = lines[edit.line - 1];
			if (!before) return [];
			return [
				{ at: { line: edit.line - 1, col: textOf(before).length }, to: { line: edit.line, col: 0 } }
			];
		}
		case 'insertBlock': {
			const line = topLevelNodes(lines)[edit.before]?.first ?? lines.length;
			const insert = edit.lines.map((l) => `${textOf(l)}\n`).join('');
			return [{ at: { line, col: 0 }, insert }];
		}
		case 'deleteBlock': {
			const node = topLevelNodes(lines)[edit.node];
			if (!node) return [];
			return [{ at: { line: node.first, col: 0 }, to: { line: node.last + 1, col: 0 } }];
		}
		case 'format':
		case 'blockType':
			return [];
	}
}

/** The lines (before the edit) an edit touches, to tell which edits of others it races with. */
export function touchedLines(lines: readonly Line[], edit: BodyEdit): number[] {
	switch (edit.kind) {
		case 'type':
		case 'split':
			return [edit.at.line];
		case 'delete':
		case 'format':
			return range(edit.from.line, edit.to.line);
		case 'join':
			return [edit.line - 1, edit.line];
		case 'blockType':
			return [edit.line];
		case 'deleteBlock': {
			const node = topLevelNodes(lines)[edit.node];
			return node ? range(node.first, node.last) : [];
		}
		case 'insertBlock':
			return [];
	}
}

/** A short description of an edit, for the log a failing seed prints. */
export function describeEdit(edit: BodyEdit): string {
	if (edit.kind === 'insertBlock') {
		const shown = edit.lines.map(
			(l) => `${textOf(l)}|${l.format.wrap.map((c) => c.type).join('/')}`
		);
		return `insertBlock before node ${edit.before}: ${JSON.stringify(shown)}`;
	}
	const { kind, ...rest } = edit;
	return `${kind} ${JSON.stringify(rest)}`;
}

function textOfLines(lines: readonly Line[]): string {
	return lines.map((line) => `${textOf(line)}\n`).join('');
}

/**
 * The plain-text edit the editor made: the intended one when that is what the text shows, else the
 * same with the line end after or before it (a selection of whole blocks takes their line ends),
 * else none (the editor did something else: lifted an item, moved a block). Anything else is an
 * editor behaviour the shadow does not know, and fails the scenario.
 */
export function plainEditOf(lines: readonly Line[], edit: BodyEdit, after: string): PlainOp[] {
	const before = textOfLines(lines);
	const candidates: PlainOp[][] = [intendedPlainEdit(lines, edit)];
	if (edit.kind === 'delete') {
		const { from, to } = edit;
		candidates.push([{ at: from, to: { line: to.line + 1, col: 0 } }]);
		if (from.line > 0) candidates.push([{ at: { line: from.line - 1, col: Infinity }, to }]);
	}
	candidates.push([]);
	const found = candidates.find((ops) => applyPlain(before, ops) === after);
	if (found) return found;
	throw new Error(
		`The editor's text after "${describeEdit(edit)}" is not what the edit means: ` +
			`${JSON.stringify(before)} became ${JSON.stringify(after)}.`
	);
}
