import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Awareness } from 'y-protocols/awareness';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type * as Y from 'yjs';
import { MEMBER_COLOURS, cleanMemberName, isColour } from '../doc';
import { sanitizePastedHtml } from './paste';
import { normalizeLink } from './safe-links';

/** Others' carets in the text, and this person's, shared through presence. */
export interface EditorPresence {
	awareness: Awareness;
	user: { name: string; color: string };
	/** The accessible name of someone's caret, in the reader's language ("Bea is writing here"). */
	caretLabel: (name: string) => string;
}

/** What the editor needs to start: where to mount, which body to edit, and its accessible name. */
export interface EditorInit {
	element: HTMLElement;
	body: Y.XmlFragment;
	label: string;
	presence?: EditorPresence;
	/** A copy that can be read but not changed. */
	readOnly?: boolean;
}

/** Draws a peer's caret from their presence: text only, bounded, in a colour Concord can draw. */
function caret(user: { name?: unknown; color?: unknown }, label: (name: string) => string) {
	const name = cleanMemberName(user.name) ?? '?';
	const colour = isColour(user.color) ? user.color : MEMBER_COLOURS[0];
	const element = document.createElement('span');
	element.className = 'collaboration-carets__caret';
	element.style.borderColor = colour;
	// Hidden from screen readers, which would read it in the middle of the text; "Here now" says
	// who is in which document.
	element.setAttribute('aria-hidden', 'true');
	element.title = label(name);
	const tag = document.createElement('span');
	tag.className = 'collaboration-carets__label';
	tag.style.backgroundColor = colour;
	tag.textContent = name;
	element.append(tag);
	return element;
}

function attributes(label: string, readOnly = false): Record<string, string> {
	return {
		role: 'textbox',
		'aria-multiline': 'true',
		'aria-label': label,
		spellcheck: 'true',
		...(readOnly ? { 'aria-readonly': 'true' } : {})
	};
}

/**
 * A rich-text editor bound to a document body: every keystroke is a change to the shared body, and
 * undo and redo only take back this person's own changes.
 */
export function createEditor({ element, body, label, presence, readOnly }: EditorInit): Editor {
	return new Editor({
		element,
		editable: !readOnly,
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
			TableKit.configure({ table: { resizable: false } }),
			Collaboration.configure({ fragment: body }),
			...(presence
				? [
						CollaborationCaret.configure({
							provider: { awareness: presence.awareness },
							user: presence.user,
							render: (user) => caret(user, presence.caretLabel)
						})
					]
				: [])
		],
		editorProps: {
			attributes: attributes(label, readOnly),
			transformPastedHTML: sanitizePastedHtml
		}
	});
}

/** Changes the editor's accessible name, for example when its document is renamed. */
export function setEditorLabel(editor: Editor, label: string): void {
	editor.setOptions({
		editorProps: {
			...editor.options.editorProps,
			attributes: attributes(label, !editor.isEditable)
		}
	});
}
