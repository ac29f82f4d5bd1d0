import { Editor, getSchema } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { appendBlockLines, plainTextOf, type Block } from '../../doc';
import { documentExtensions } from '../extensions';
import { TextBinding } from './text-binding';
import { TextCollaboration } from './text-collaboration';
import { flattenNodes } from './flatten';

/**
 * Copies of one body, each edited by a real TipTap editor (its keymaps, commands and schema) bound
 * through the binding the app uses, for tests that run in a DOM (jsdom or a browser).
 */
export class EditorCopy {
	readonly doc = new Y.Doc({ gc: false });
	readonly text = this.doc.getText('body');
	readonly editor: Editor;
	readonly binding: TextBinding;

	constructor(update?: Uint8Array) {
		if (update) Y.applyUpdate(this.doc, update);
		this.binding = new TextBinding(this.text);
		this.editor = new Editor({
			element: document.createElement('div'),
			extensions: [...documentExtensions(), TextCollaboration.configure({ binding: this.binding })],
			content: this.binding.document(getSchema(documentExtensions())).toJSON()
		});
	}

	/** Puts the caret after the first occurrence of `before` (or at the end of the line holding it). */
	caretAfter(before: string, occurrence = 0): this {
		let found = -1;
		let seen = 0;
		this.editor.state.doc.descendants((node, pos) => {
			if (found >= 0 || !node.isText) return found < 0;
			const index = node.text!.indexOf(before);
			if (index >= 0 && seen++ === occurrence) found = pos + index + before.length;
			return false;
		});
		if (found < 0) throw new Error(`no "${before}" in the text`);
		return this.caretAt(found);
	}

	/** Puts the caret at an editor position. */
	caretAt(pos: number): this {
		const { state, view } = this.editor;
		view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, pos)));
		return this;
	}

	/** Selects from after `from` to after `to`. */
	select(from: string, to: string): this {
		const start = this.caretAfter(from).editor.state.selection.from;
		const end = this.caretAfter(to).editor.state.selection.from;
		const { state, view } = this.editor;
		view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, start, end)));
		return this;
	}

	/** Types text at the caret, one character at a time, as a keyboard does. */
	type(value: string): this {
		for (const char of value) {
			const { state, view } = this.editor;
			view.dispatch(state.tr.insertText(char));
		}
		return this;
	}

	/** Presses a key (Enter, Backspace, Delete, Mod-b…) through the editor's own keymaps. */
	press(key: string): this {
		this.editor.commands.keyboardShortcut(key);
		return this;
	}

	/** What the editor shows: one line per block of text. */
	shown(): string[] {
		const lines: string[] = [];
		this.editor.state.doc.descendants((node) => {
			if (node.isTextblock) lines.push(node.textContent);
			return !node.isTextblock;
		});
		return lines;
	}

	/** Whether the editor and the stored text hold exactly the same characters and formats. */
	inStep(): boolean {
		const flat = flattenNodes(childrenOf(this.editor.state.doc));
		return flat.text === this.text.toString();
	}

	/** The stored text, one line per block. */
	stored(): string[] {
		return plainTextOf(this.text).split('\n');
	}

	destroy(): void {
		this.editor.destroy();
		this.doc.destroy();
	}
}

function childrenOf(node: import('@tiptap/pm/model').Node) {
	const result: import('@tiptap/pm/model').Node[] = [];
	node.forEach((child) => result.push(child));
	return result;
}

/** Exchanges every change between copies, as a sync does once they reconnect. */
export function syncAll(...copies: EditorCopy[]): void {
	for (const from of copies)
		for (const to of copies)
			if (from !== to)
				Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)));
}

/** Copies of one body; tests ask for as many as they destructure. */
export type Copies = EditorCopy[] & [EditorCopy, EditorCopy, EditorCopy];

/** `count` copies of a body that starts with the given blocks, as if synced from its creator. */
export function copiesOf(count: number, blocks: readonly Block[]): Copies {
	const seed = new Y.Doc({ gc: false });
	seed.transact(() => appendBlockLines(seed.getText('body'), blocks));
	const update = Y.encodeStateAsUpdate(seed);
	seed.destroy();
	return Array.from({ length: count }, () => new EditorCopy(update)) as Copies;
}
