import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { normalizeLink } from './safe-links';

/** The formatting commands a toolbar offers, by a stable id the interface names in its language. */
export type ToolbarActionId =
	| 'undo'
	| 'redo'
	| 'bold'
	| 'italic'
	| 'heading1'
	| 'heading2'
	| 'heading3'
	| 'bulletList'
	| 'orderedList'
	| 'blockquote'
	| 'insertTable'
	| 'addRow'
	| 'addColumn'
	| 'deleteRow'
	| 'deleteColumn'
	| 'deleteTable';

/** One toolbar command: whether it is on at the cursor, whether it can run, and running it. */
export interface ToolbarAction {
	id: ToolbarActionId;
	/** The keyboard shortcut, in the notation of `aria-keyshortcuts`. */
	shortcut: string;
	/** A toggle shows its state (pressed or not); undo and redo do not. */
	toggle: boolean;
	isActive(editor: Editor): boolean;
	canRun(editor: Editor): boolean;
	run(editor: Editor): void;
	/** Shown only when this says so (table editing, inside a table); always shown when absent. */
	shownWhen?(editor: Editor): boolean;
}

const inTable = (editor: Editor) => editor.isActive('table');

function tableAction(
	id: ToolbarActionId,
	command: (c: ReturnType<typeof chain>) => ReturnType<typeof chain>
): ToolbarAction {
	return {
		id,
		shortcut: '',
		toggle: false,
		isActive: () => false,
		canRun: (editor) => command(editor.can().chain().focus()).run(),
		run: (editor) => void command(chain(editor)).run(),
		shownWhen: inTable
	};
}

const chain = (editor: Editor) => editor.chain().focus();

function toggleAction(
	id: ToolbarActionId,
	shortcut: string,
	active: [string, Record<string, unknown>?],
	command: (c: ReturnType<typeof chain>) => ReturnType<typeof chain>
): ToolbarAction {
	return {
		id,
		shortcut,
		toggle: true,
		isActive: (editor) => editor.isActive(...active),
		canRun: (editor) => command(editor.can().chain().focus()).run(),
		run: (editor) => void command(chain(editor)).run()
	};
}

/** The toolbar, in the order shown. */
export const TOOLBAR_ACTIONS: readonly ToolbarAction[] = [
	{
		id: 'undo',
		shortcut: 'Control+Z',
		toggle: false,
		isActive: () => false,
		canRun: (editor) => editor.can().undo(),
		run: (editor) => void chain(editor).undo().run()
	},
	{
		id: 'redo',
		shortcut: 'Control+Shift+Z',
		toggle: false,
		isActive: () => false,
		canRun: (editor) => editor.can().redo(),
		run: (editor) => void chain(editor).redo().run()
	},
	toggleAction('bold', 'Control+B', ['bold'], (c) => c.toggleBold()),
	toggleAction('italic', 'Control+I', ['italic'], (c) => c.toggleItalic()),
	toggleAction('heading1', 'Control+Alt+1', ['heading', { level: 1 }], (c) =>
		c.toggleHeading({ level: 1 })
	),
	toggleAction('heading2', 'Control+Alt+2', ['heading', { level: 2 }], (c) =>
		c.toggleHeading({ level: 2 })
	),
	toggleAction('heading3', 'Control+Alt+3', ['heading', { level: 3 }], (c) =>
		c.toggleHeading({ level: 3 })
	),
	toggleAction('bulletList', 'Control+Shift+8', ['bulletList'], (c) => c.toggleBulletList()),
	toggleAction('orderedList', 'Control+Shift+7', ['orderedList'], (c) => c.toggleOrderedList()),
	toggleAction('blockquote', 'Control+Shift+B', ['blockquote'], (c) => c.toggleBlockquote()),
	{
		id: 'insertTable',
		shortcut: '',
		toggle: false,
		isActive: () => false,
		canRun: (editor) => !inTable(editor) && editor.can().insertTable(),
		run: (editor) => void chain(editor).insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()
	},
	tableAction('addRow', (c) => c.addRowAfter()),
	tableAction('addColumn', (c) => c.addColumnAfter()),
	tableAction('deleteRow', (c) => c.deleteRow()),
	tableAction('deleteColumn', (c) => c.deleteColumn()),
	tableAction('deleteTable', (c) => c.deleteTable())
];

/** The link target at the cursor, if the cursor is in a link. */
export function currentLink(editor: Editor): string | null {
	const href: unknown = editor.getAttributes('link').href;
	return typeof href === 'string' ? href : null;
}

/**
 * Links the selection (or the link at the cursor) to a target a person typed. Returns false, and
 * changes nothing, when the target is not a safe web or e-mail address.
 */
export function applyLink(editor: Editor, raw: string): boolean {
	const href = normalizeLink(raw);
	if (href === null) return false;
	const c = chain(editor).extendMarkRange('link');
	if (editor.state.selection.empty && !editor.isActive('link')) {
		c.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] });
	} else {
		c.setLink({ href });
	}
	return c.run();
}

/** Removes the link at the cursor or in the selection, keeping its text. */
export function removeLink(editor: Editor): void {
	chain(editor).extendMarkRange('link').unsetLink().run();
}

/**
 * Whether a transaction can change what the toolbar shows (the text, the selection or the marks
 * to type with); a redrawn decoration or remote caret cannot.
 */
export function changesToolbar(transaction: Transaction): boolean {
	return transaction.docChanged || transaction.selectionSet || transaction.storedMarksSet;
}
