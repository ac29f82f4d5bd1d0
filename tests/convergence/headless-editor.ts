import { Editor } from '@tiptap/core';
import type { Mark, Node, Schema } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Plugin, type Transaction } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import { readLines, type Line, type Marks } from '../../src/lib/doc';
import { documentExtensions } from '../../src/lib/editor/extensions';
import { buildDocument } from '../../src/lib/editor/text-binding/build';
import { flatLength } from '../../src/lib/editor/text-binding/flatten';
import { offsetToPosition } from '../../src/lib/editor/text-binding/positions';
import { TextBinding, type BoundEditor } from '../../src/lib/editor/text-binding/text-binding';
import { lineStarts, linesOfDocument, offsetOf } from './body-lines';
import type { BodyEdit } from './editor-operations';

/*
 * The app's own editor, without a view: TipTap with the app's extensions (schema, keymaps, list
 * and blockquote Backspace, the container-id plugin, …), bound to a body through the binding the
 * app uses. An edit starts from the document the body holds, is made as a person makes it (a
 * caret or a selection, then keystrokes or a command) and the binding writes every keystroke,
 * exactly as under the real editor: one Yjs transaction each. Only what needs a view is left out
 * (the DOM, and input rules, which only fire on DOM input).
 */

/** The keys of a keyboard event that ProseMirror's keymaps read (Ctrl is Mod off a Mac). */
function keyEvent(key: string, ctrlKey: boolean): KeyboardEvent {
	const noop = () => {};
	return {
		key,
		keyCode: 0,
		altKey: false,
		ctrlKey,
		metaKey: false,
		shiftKey: false,
		preventDefault: noop,
		stopPropagation: noop
	} as unknown as KeyboardEvent;
}

/** A body as the editor shows it. */
export interface Shown {
	doc: Node;
	lines: Line[];
}

/** The editor's marks for a set of marks, as stored marks to type with. */
export function marksIn(schema: Schema, marks: Marks): Mark[] {
	const result: Mark[] = [];
	if (marks.bold) result.push(schema.marks.bold!.create());
	if (marks.italic) result.push(schema.marks.italic!.create());
	if (marks.link) result.push(schema.marks.link!.create({ href: marks.link }));
	return result;
}

/** One headless editor, reused for every edit in a thread. */
export class HeadlessEditor {
	readonly editor: Editor;
	readonly #plugins: Plugin[];
	#transactions: Transaction[] = [];

	constructor() {
		// TipTap asks the platform (for Mod-) of `navigator`, which Node 20 does not define.
		if (typeof globalThis.navigator === 'undefined')
			Object.defineProperty(globalThis, 'navigator', {
				value: { platform: '', userAgent: '' },
				configurable: true
			});
		this.editor = new Editor({
			element: null,
			extensions: documentExtensions(),
			content: { type: 'doc', content: [{ type: 'paragraph' }] }
		});
		// Without a view TipTap keeps its plugins out of the state; each edit's state gets them.
		this.#plugins = this.editor.extensionManager.plugins;
		this.editor.on('transaction', ({ transaction, appendedTransactions }) => {
			this.#transactions.push(transaction, ...appendedTransactions);
		});
	}

	/** The editor's schema. */
	get schema(): Schema {
		return this.editor.schema;
	}

	/** The document the editor shows for a body, and its lines as the binding would store them. */
	show(text: Y.Text): Shown {
		const doc = buildDocument(this.schema, readLines(text));
		return { doc, lines: linesOfDocument(doc) };
	}

	/**
	 * Makes an edit in a body, starting from the document it shows (`show`, not changed since), and
	 * calls `afterStep` after each keystroke or command the binding has written, in the transaction
	 * of that write. False when the editor's document did not change (a Backspace where there is
	 * nothing to join, say).
	 */
	edit(text: Y.Text, shown: Shown, edit: BodyEdit, afterStep?: (step: number) => void): boolean {
		const { doc, lines } = shown;
		this.editor.view.updateState(EditorState.create({ doc, plugins: this.#plugins }));
		const binding = new TextBinding(text);
		let steps = 0;
		try {
			binding.attach(this.#bound());
			this.#perform(lines, edit, (act) => {
				this.#transactions = [];
				act();
				if (!this.#transactions.some((tr) => tr.docChanged)) return;
				binding.noteTransactions(this.#transactions);
				// One write (one Yjs transaction) per editor update, as the binding's plugin view does;
				// what `afterStep` writes goes in the same transaction.
				const write = () => {
					binding.editorChanged();
					afterStep?.(steps++);
				};
				if (text.doc) text.doc.transact(write, binding);
				else write();
			});
		} finally {
			binding.destroy();
		}
		return steps > 0;
	}

	#bound(): BoundEditor {
		const editor = this.editor;
		return {
			get state() {
				return editor.state;
			},
			dispatch: (tr) => editor.view.dispatch(tr)
		};
	}

	#position(offset: number): number {
		const doc = this.editor.state.doc;
		return offset >= flatLength(doc) ? doc.content.size : offsetToPosition(doc, offset);
	}

	#select(from: number, to = from): void {
		const { state, view } = this.editor;
		view.dispatch(
			state.tr.setSelection(
				TextSelection.create(state.doc, this.#position(from), this.#position(to))
			)
		);
	}

	/** Presses a key through the keymaps, in the order a view asks its plugins. */
	#press(key: string, ctrlKey = false): void {
		const event = keyEvent(key, ctrlKey);
		for (const plugin of this.editor.state.plugins)
			if (plugin.props.handleKeyDown?.call(plugin, this.editor.view, event)) return;
	}

	#perform(lines: readonly Line[], edit: BodyEdit, step: (act: () => void) => void): void {
		const editor = this.editor;
		const commands = () => editor.commands;
		switch (edit.kind) {
			case 'type': {
				this.#select(offsetOf(lines, edit.at));
				const marks = edit.marks && marksIn(this.schema, edit.marks);
				if (marks) editor.view.dispatch(editor.state.tr.setStoredMarks(marks));
				// Keystroke by keystroke, one editor update (one write) each: the binding writes the
				// first character of a run otherwise than those typed after it.
				for (const char of edit.text)
					step(() => editor.view.dispatch(editor.state.tr.insertText(char)));
				return;
			}
			case 'delete':
			case 'format':
				this.#select(offsetOf(lines, edit.from), offsetOf(lines, edit.to));
				if (edit.kind === 'delete') return step(() => this.#press('Backspace'));
				if (edit.mark !== 'link') return step(() => this.#press(edit.mark[0]!, true));
				return step(() =>
					edit.href ? commands().setLink({ href: edit.href }) : commands().unsetLink()
				);
			case 'split':
				this.#select(offsetOf(lines, edit.at));
				return step(() => this.#press('Enter'));
			case 'join':
				this.#select(lineStarts(lines)[edit.line]!);
				return step(() => this.#press('Backspace'));
			case 'blockType':
				this.#select(lineStarts(lines)[edit.line]!);
				return step(() =>
					edit.level === 0
						? commands().setParagraph()
						: commands().setHeading({ level: edit.level })
				);
			case 'insertBlock':
			case 'deleteBlock': {
				const { doc } = editor.state;
				const at = edit.kind === 'insertBlock' ? edit.before : edit.node;
				let pos = 0;
				for (let i = 0; i < Math.min(at, doc.childCount); i++) pos += doc.child(i).nodeSize;
				if (edit.kind === 'deleteBlock')
					return step(() =>
						editor.view.dispatch(editor.state.tr.delete(pos, pos + doc.child(at).nodeSize))
					);
				const blocks = buildDocument(this.schema, edit.lines).content;
				return step(() => editor.view.dispatch(editor.state.tr.insert(pos, blocks)));
			}
		}
	}
}
