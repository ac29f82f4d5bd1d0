import type { Editor } from '@tiptap/core';
import { Decoration } from '@tiptap/pm/view';
import { decorationLayer } from './decoration-layer';

/*
 * The passages of comment threads in the editor: which threads hold the caret, and the passage
 * of the chosen thread drawn brighter and brought into view.
 */

const layer = decorationLayer('concordChosenThread');

/** The extension that draws the chosen thread's passage. */
export const ChosenThread = layer.extension;

/** The stretches of the text that a thread's mark covers, in editor positions. */
function rangesOf(editor: Editor, threadId: string): { from: number; to: number }[] {
	const ranges: { from: number; to: number }[] = [];
	editor.state.doc.descendants((node, pos) => {
		if (!node.isText) return true;
		if (node.marks.some((m) => m.type.name === 'comment' && m.attrs.threadId === threadId)) {
			const last = ranges.at(-1);
			if (last && last.to === pos) last.to = pos + node.nodeSize;
			else ranges.push({ from: pos, to: pos + node.nodeSize });
		}
		return false;
	});
	return ranges;
}

/** The threads whose passages hold the caret (or the start of the selection). */
export function threadsAtCaret(editor: Editor): string[] {
	const { $from } = editor.state.selection;
	const marks = [...$from.marks(), ...($from.nodeAfter?.marks ?? [])];
	const ids = marks.flatMap((m) => (m.type.name === 'comment' ? [m.attrs.threadId as string] : []));
	return [...new Set(ids)];
}

/**
 * Draws the passage of `threadId` as chosen (none for null) and, when asked, brings it into view
 * with the caret at its start; false when the thread has no passage in the text.
 */
export function chooseThread(editor: Editor, threadId: string | null, reveal = false): boolean {
	const ranges = threadId ? rangesOf(editor, threadId) : [];
	const decorations = ranges.map((r) =>
		Decoration.inline(r.from, r.to, { class: 'comment-chosen' })
	);
	layer.draw(editor, decorations);
	const first = ranges[0];
	if (reveal && first) {
		const { node } = editor.view.domAtPos(first.from + 1);
		const element = node instanceof Element ? node : node.parentElement;
		element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
		// The caret goes to the passage, so a keyboard or screen-reader user is there too.
		editor.chain().setTextSelection(first.from).focus(undefined, { scrollIntoView: false }).run();
	}
	return ranges.length > 0;
}
