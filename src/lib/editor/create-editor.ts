import { Editor, Extension, getSchema } from '@tiptap/core';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { MEMBER_COLOURS, isRightToLeft, readPresenceUser } from '../doc';
import { documentExtensions } from './extensions';
import { sanitizePastedHtml } from './paste';
import { keepKnownThreads } from './comment-mark';
import { ChosenThread } from './comment-threads';
import { PassageMarks } from './passages';
import { caretsPlugin } from './text-binding/carets';
import { TextBinding } from './text-binding/text-binding';
import { TextCollaboration } from './text-binding/text-collaboration';

/** Others' carets in the text, and this person's, shared through presence. */
export interface EditorPresence {
	awareness: Awareness;
	user: { name: string; color: string };
	/** The accessible name of someone's caret, in the reader's language ("Bea is writing here"). */
	caretLabel: (name: string) => string;
}

/** What the text area tells readers and assistive technology about itself. */
export interface EditorAttributes {
	/** Its accessible name, in the reader's language. */
	label: string;
	/** The language its text is written in (a BCP 47 tag), which also sets its direction. */
	language?: string;
	/** The id of the element that says how to use and leave it. */
	describedBy?: string;
}

/** What the editor needs to start: where to mount, which body to edit, and how it is named. */
export interface EditorInit extends EditorAttributes {
	element: HTMLElement;
	body: Y.Text;
	presence?: EditorPresence;
	/** A copy that can be read but not changed. */
	readOnly?: boolean;
	/** Whether a comment thread is in the workspace; pasted marks of others are dropped. */
	knownThread?: (threadId: string) => boolean;
}

/** The colour someone's presence claims, when it is one Concord can draw. */
function colourOf(user: unknown): string {
	return readPresenceUser(user)?.colour ?? MEMBER_COLOURS[0];
}

/** Draws a peer's caret from their presence: text only, bounded, in a colour Concord can draw. */
function caret(user: unknown, label: (name: string) => string): HTMLElement | null {
	const person = readPresenceUser(user);
	if (!person) return null;
	const name = person.name ?? '?';
	const colour = person.colour;
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

function attributes(
	{ label, language, describedBy }: EditorAttributes,
	readOnly = false
): Record<string, string> {
	return {
		role: 'textbox',
		'aria-multiline': 'true',
		'aria-label': label,
		spellcheck: 'true',
		...(language ? { lang: language, dir: isRightToLeft(language) ? 'rtl' : 'ltr' } : {}),
		...(describedBy ? { 'aria-describedby': describedBy } : {}),
		...(readOnly ? { 'aria-readonly': 'true' } : {})
	};
}

/** The maximum number of others' carets drawn in the text, as in the presence list. */
const MAX_CARETS = 100;

function presenceExtension(binding: TextBinding, presence: EditorPresence) {
	return Extension.create({
		name: 'concordCarets',
		onCreate() {
			presence.awareness.setLocalStateField('user', presence.user);
		},
		addProseMirrorPlugins: () => [
			caretsPlugin(binding, {
				awareness: presence.awareness,
				render: (user) => caret(user, presence.caretLabel),
				colour: colourOf,
				max: MAX_CARETS
			})
		]
	});
}

/**
 * A rich-text editor bound to a document body: every keystroke is a change to the shared body, and
 * undo and redo only take back this person's own changes.
 */
export function createEditor({
	element,
	body,
	presence,
	readOnly,
	knownThread,
	...named
}: EditorInit): Editor {
	const binding = new TextBinding(body);
	const extensions = documentExtensions();
	return new Editor({
		element,
		editable: !readOnly,
		extensions: [
			...extensions,
			TextCollaboration.configure({ binding }),
			PassageMarks,
			ChosenThread,
			...(presence ? [presenceExtension(binding, presence)] : [])
		],
		content: binding.document(getSchema(extensions)).toJSON(),
		editorProps: {
			attributes: attributes(named, readOnly),
			transformPastedHTML: sanitizePastedHtml,
			...(knownThread ? { transformPasted: (slice) => keepKnownThreads(slice, knownThread) } : {})
		}
	});
}

/**
 * Changes how the text area is named and which language it holds, for example when its document
 * is renamed, its language is changed or the reader switches the interface language.
 */
export function setEditorAttributes(editor: Editor, named: EditorAttributes): void {
	editor.setOptions({
		editorProps: {
			...editor.options.editorProps,
			attributes: attributes(named, !editor.isEditable)
		}
	});
}
