import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** A layer of decorations drawn over the text, replaced as a whole and moved with edits. */
export interface DecorationLayer {
	/** The editor extension that draws the layer. */
	extension: Extension;
	/** Draws `decorations` in `editor`, in place of those drawn before. */
	draw(editor: Editor, decorations: Decoration[]): void;
}

/** Makes a layer of decorations named `name` (passages of commitments, a chosen thread…). */
export function decorationLayer(name: string): DecorationLayer {
	const key = new PluginKey<DecorationSet>(name);
	return {
		extension: Extension.create({
			name,
			addProseMirrorPlugins: () => [
				new Plugin<DecorationSet>({
					key,
					state: {
						init: () => DecorationSet.empty,
						apply: (tr, set) =>
							(tr.getMeta(key) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc)
					},
					props: { decorations: (state) => key.getState(state) }
				})
			]
		}),
		draw(editor, decorations) {
			editor.view.dispatch(
				editor.state.tr
					.setMeta(key, DecorationSet.create(editor.state.doc, decorations))
					.setMeta('addToHistory', false)
			);
		}
	};
}
