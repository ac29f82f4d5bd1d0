import { TextSelection } from '@tiptap/pm/state';
import type { Block, Line, Run } from '../../src/lib/doc';
import { buildDocument } from '../../src/lib/editor/text-binding/build';
import { flatLength } from '../../src/lib/editor/text-binding/flatten';
import { offsetToPosition } from '../../src/lib/editor/text-binding/positions';
import type { EditorCopy } from '../../src/lib/editor/text-binding/test-editors';
import { lineStarts, offsetOf } from './body-lines';
import { LINKS, PHRASES } from './body-edits';
import type { BodyEdit } from './editor-operations';
import { marksIn } from './headless-editor';
import type { Random } from './random';
import { bulletList, heading, orderedList, paragraph, quote, table } from '../../src/lib/doc';

/*
 * The other side of the editor check: the real TipTap editor in a DOM (the binding's test
 * harness), driven as a person drives it, and the random bodies the check starts from.
 */

function inline(random: Random): Run[] {
	return Array.from({ length: random.int(1, 3) }, () => {
		const text = random.pick(PHRASES);
		if (random.chance(0.5)) return { text };
		return {
			text,
			...(random.chance(0.5) ? { bold: true } : {}),
			...(random.chance(0.4) ? { italic: true } : {}),
			...(random.chance(0.2) ? { href: random.pick(LINKS) } : {})
		};
	});
}

/** A random starting body: headings, paragraphs with marks, lists, a quote, a table. */
export function startingBlocks(random: Random): Block[] {
	return Array.from({ length: random.int(2, 6) }, (): Block => {
		switch (random.weighted({ heading: 2, paragraph: 4, list: 2, quote: 1, table: 1 })) {
			case 'heading':
				return heading(random.pick([1, 2, 3] as const), random.pick(PHRASES));
			case 'list': {
				const list = random.chance(0.6) ? bulletList : orderedList;
				return list(...Array.from({ length: random.int(1, 3) }, () => inline(random)));
			}
			case 'quote':
				return quote(...inline(random));
			case 'table':
				return table(
					{ header: true, cells: [inline(random), inline(random)] },
					{ cells: [inline(random), inline(random)] }
				);
			default:
				return paragraph(...inline(random));
		}
	});
}

/**
 * Presses a key as a browser does: a keydown event that the view hands to its plugins' keymaps.
 * (The harness's `press` goes through TipTap's `keyboardShortcut` command instead, which replays
 * the steps of a handler's transaction into its own and so ends some chains of commands otherwise:
 * Backspace at a block after a list moves the block into the list without joining it.)
 */
function press(copy: EditorCopy, key: string, ctrlKey = false): void {
	const { view } = copy.editor;
	const event = new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true, cancelable: true });
	view.someProp('handleKeyDown', (handle) => handle(view, event));
}

/** Makes an edit in the real editor in a DOM, as a person does: a caret or selection, then keys. */
export function editInDom(copy: EditorCopy, lines: readonly Line[], edit: BodyEdit): void {
	const { editor } = copy;
	const position = (offset: number) => {
		const doc = editor.state.doc;
		return offset >= flatLength(doc) ? doc.content.size : offsetToPosition(doc, offset);
	};
	const select = (from: number, to = from) =>
		editor.view.dispatch(
			editor.state.tr.setSelection(
				TextSelection.create(editor.state.doc, position(from), position(to))
			)
		);
	switch (edit.kind) {
		case 'type':
			select(offsetOf(lines, edit.at));
			if (edit.marks)
				editor.view.dispatch(editor.state.tr.setStoredMarks(marksIn(editor.schema, edit.marks)));
			copy.type(edit.text);
			return;
		case 'delete':
		case 'format':
			select(offsetOf(lines, edit.from), offsetOf(lines, edit.to));
			if (edit.kind === 'delete') press(copy, 'Backspace');
			else if (edit.mark !== 'link') press(copy, edit.mark === 'bold' ? 'b' : 'i', true);
			else if (edit.href) editor.commands.setLink({ href: edit.href });
			else editor.commands.unsetLink();
			return;
		case 'split':
			select(offsetOf(lines, edit.at));
			press(copy, 'Enter');
			return;
		case 'join':
			select(lineStarts(lines)[edit.line]!);
			press(copy, 'Backspace');
			return;
		case 'blockType':
			select(lineStarts(lines)[edit.line]!);
			if (edit.level === 0) editor.commands.setParagraph();
			else editor.commands.setHeading({ level: edit.level });
			return;
		case 'insertBlock':
		case 'deleteBlock': {
			const doc = editor.state.doc;
			const at = edit.kind === 'insertBlock' ? edit.before : edit.node;
			let pos = 0;
			for (let i = 0; i < Math.min(at, doc.childCount); i++) pos += doc.child(i).nodeSize;
			const tr = editor.state.tr;
			if (edit.kind === 'deleteBlock') tr.delete(pos, pos + doc.child(at).nodeSize);
			else tr.insert(pos, buildDocument(editor.schema, edit.lines).content);
			editor.view.dispatch(tr);
		}
	}
}
