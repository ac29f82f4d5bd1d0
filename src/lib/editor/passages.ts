import type { Editor } from '@tiptap/core';
import { Decoration } from '@tiptap/pm/view';
import { decorationLayer } from './decoration-layer';
import { offsetToPosition, positionToOffset } from './text-binding/positions';

/*
 * Passages of the text that commitments come from: the selection turned into offsets of the body
 * (what a commitment anchors to), and the passages marked in the text, each with a small marker
 * saying how many commitments it holds (the list of them, with links, is beside the editor).
 */

/** A passage to mark: body offsets, and the words of its marker ("2 commitments: …"). */
export interface MarkedPassage {
	from: number;
	to: number;
	count: number;
	label: string;
}

const layer = decorationLayer('concordPassages');

function marker(passage: MarkedPassage): HTMLElement {
	const element = document.createElement('span');
	element.className = 'commitment-marker';
	element.textContent = `◆${passage.count > 1 ? passage.count : ''}`;
	element.title = passage.label;
	// The same list, with links, is beside the editor; read in the text it would interrupt it.
	element.setAttribute('aria-hidden', 'true');
	element.contentEditable = 'false';
	return element;
}

/** The extension that draws marked passages. */
export const PassageMarks = layer.extension;

/** Marks `passages` in the text (replacing those marked before). */
export function markPassages(editor: Editor, passages: readonly MarkedPassage[]): void {
	const { doc } = editor.state;
	const decorations = passages.flatMap((passage) => {
		const from = offsetToPosition(doc, passage.from);
		const to = offsetToPosition(doc, passage.to);
		if (to <= from) return [];
		return [
			Decoration.inline(from, to, { class: 'commitment-passage' }),
			Decoration.widget(to, () => marker(passage), {
				side: 1,
				key: `${passage.from}:${passage.count}:${passage.label}`
			})
		];
	});
	layer.draw(editor, decorations);
}

/** The selection as offsets of the body, and its words; null when nothing (or only space) is selected. */
export function selectedPassage(
	editor: Editor
): { from: number; to: number; quote: string } | null {
	const { from, to, empty } = editor.state.selection;
	if (empty) return null;
	const quote = editor.state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim();
	if (!quote) return null;
	const doc = editor.state.doc;
	return { from: positionToOffset(doc, from), to: positionToOffset(doc, to), quote };
}
