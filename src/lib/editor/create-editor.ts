import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import StarterKit from '@tiptap/starter-kit';
import type * as Y from 'yjs';
import { normalizeLink } from './safe-links';

/** What the editor needs to start: where to mount, which body to edit, and its accessible name. */
export interface EditorInit {
	element: HTMLElement;
	body: Y.XmlFragment;
	label: string;
}

function attributes(label: string): Record<string, string> {
	return { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, spellcheck: 'true' };
}

/**
 * A rich-text editor bound to a document body: every keystroke is a change to the shared body, and
 * undo and redo only take back this person's own changes.
 */
export function createEditor({ element, body, label }: EditorInit): Editor {
	return new Editor({
		element,
		extensions: [
			StarterKit.configure({
				// Collaboration brings its own undo, which ignores other people's changes.
				undoRedo: false,
				heading: { levels: [1, 2, 3] },
				code: false,
				codeBlock: false,
				horizontalRule: false,
				strike: false,
				underline: false,
				link: {
					openOnClick: false,
					autolink: true,
					defaultProtocol: 'https',
					isAllowedUri: (url) => normalizeLink(url) !== null
				}
			}),
			Collaboration.configure({ fragment: body })
		],
		editorProps: { attributes: attributes(label) }
	});
}

/** Changes the editor's accessible name, for example when its document is renamed. */
export function setEditorLabel(editor: Editor, label: string): void {
	editor.setOptions({
		editorProps: { ...editor.options.editorProps, attributes: attributes(label) }
	});
}
