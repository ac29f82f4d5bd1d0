/**
 * The baseline page's script: a plain TipTap editor (no Yjs) given the same text as HTML, and,
 * apart, the time `Y.applyUpdate` takes on the workspace's state.
 */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import * as Y from 'yjs';

const host = document.getElementById('editor')!;
const html = (document.getElementById('content') as HTMLTemplateElement).innerHTML;
new Editor({
	element: host,
	extensions: [StarterKit],
	content: html,
	editorProps: { attributes: { role: 'textbox', 'aria-label': 'Charter' } }
});

/** Applies the workspace state fetched from `url` to a fresh document; resolves with the ms it took. */
(window as unknown as { applyState: (url: string) => Promise<number> }).applyState = async (
	url: string
) => {
	const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
	const start = performance.now();
	Y.applyUpdate(new Y.Doc({ gc: false }), bytes);
	return performance.now() - start;
};
