import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { TextBinding } from './text-binding';

declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		textCollaboration: {
			/** Takes back this person's last change (never someone else's). */
			undo: () => ReturnType;
			/** Puts back what undo took back. */
			redo: () => ReturnType;
		};
	}
}

/** What the extension needs: the binding of the body it edits. */
export interface TextCollaborationOptions {
	binding: TextBinding | null;
}

const key = new PluginKey('concordTextCollaboration');

/**
 * Makes the view read the selection and typing it has seen in the page but not yet taken in.
 * ProseMirror does this itself before handling its own events; its observer has no public name.
 */
export function readPendingInput(view: EditorView): void {
	(view as unknown as { domObserver?: { flush?: () => void } }).domObserver?.flush?.();
}

/**
 * Binds the editor to a body's `Y.Text` through a `TextBinding`, with an undo that takes back only
 * this person's own changes (Yjs's undo manager tracks the binding's writes and nothing else).
 */
export const TextCollaboration = Extension.create<TextCollaborationOptions>({
	name: 'textCollaboration',
	priority: 1000,
	addOptions: () => ({ binding: null }),
	onDestroy() {
		this.options.binding?.destroy();
	},
	addCommands() {
		const run = (step: 'undo' | 'redo') => () => {
			return ({
				tr,
				dispatch
			}: {
				tr: import('@tiptap/pm/state').Transaction;
				dispatch?: unknown;
			}) => {
				// The change arrives through the binding; this command's own transaction is empty.
				tr.setMeta('preventDispatch', true);
				const manager = this.options.binding?.undoManager;
				const stack = step === 'undo' ? manager?.undoStack : manager?.redoStack;
				if (!manager || !stack || stack.length === 0) return false;
				if (dispatch) manager[step]();
				return true;
			};
		};
		return { undo: run('undo'), redo: run('redo') };
	},
	addKeyboardShortcuts() {
		return {
			'Mod-z': () => this.editor.commands.undo(),
			'Mod-y': () => this.editor.commands.redo(),
			'Shift-Mod-z': () => this.editor.commands.redo()
		};
	},
	addProseMirrorPlugins() {
		const binding = this.options.binding;
		if (!binding) return [];
		return [
			new Plugin({
				key,
				appendTransaction: (transactions) => {
					binding.noteTransactions(transactions);
					return null;
				},
				view: (view) => {
					binding.attach({
						get state() {
							return view.state;
						},
						dispatch: (tr) => view.dispatch(tr),
						readPendingInput: () => readPendingInput(view)
					});
					return { update: () => binding.editorChanged() };
				}
			})
		];
	}
});
