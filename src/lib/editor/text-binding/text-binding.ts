import type { Node, Schema } from '@tiptap/pm/model';
import { Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { readLines, waitsForMissingChanges } from '../../doc';
import { buildDocument } from './build';
import { flatLength, flattenNodes } from './flatten';
import { writeDifference } from './diff';
import { writeLateChange } from './late-change';
import { lastChangeOffset, mapOffset, type Side, type TextDelta } from './offsets';
import { childAt, offsetToPosition, positionToOffset } from './positions';

/** The meta key on editor transactions that carry others' changes (never written back). */
export const REMOTE_CHANGE = 'concordRemoteChange';

/** Typing that pauses less than this long is taken back by one undo. */
const UNDO_GROUP_MS = 500;

/** What the binding needs of an editor: its state, and a way to apply a transaction to it. */
export interface BoundEditor {
	readonly state: EditorState;
	dispatch(tr: Transaction): void;
	/**
	 * Takes in what the person did that the editor has not read yet (a caret moved by an arrow
	 * key a moment ago), so that a change from elsewhere does not put the caret back.
	 */
	readPendingInput?(): void;
}

/**
 * Keeps an editor and a body's `Y.Text` equal, in both directions. Local changes are written as
 * the difference of the changed top-level blocks; changes from elsewhere (peers, undo) rebuild the
 * editor's document from the text and replace only what differs, keeping the caret beside the
 * character it followed. Runs without a view, so tests in Node drive exactly what the editor runs.
 */
export class TextBinding {
	readonly text: Y.Text;
	#editor: BoundEditor | null = null;
	/** The editor document that the text currently holds. */
	#synced: Node | null = null;
	/** The text is still empty (a new copy not yet filled): the editor shows one empty paragraph. */
	#empty = false;
	/** Takes back this person's own changes through this binding, and nobody else's. */
	readonly undoManager: Y.UndoManager;
	/** Where the editor changed its document since the text was last in step, in its positions. */
	#edited: { from: number; to: number } | null = null;
	/** The origin of repairs of damaged text, which are nobody's change to undo. */
	readonly #repair = { source: 'text-binding-repair' };
	#observer = (event: Y.YTextEvent, transaction: Y.Transaction) => this.#onText(event, transaction);
	/**
	 * Before anyone else's change to the document (a peer's, a file's, an undo), the editor takes
	 * in what the person did that it has not read yet, so that it is written first, against the
	 * text it was made on, and the caret is where the person put it.
	 */
	#beforeTransaction = (transaction: Y.Transaction) => {
		const own = transaction.origin === this || transaction.origin === this.#repair;
		if (own || this.#reading) return;
		this.#reading = true;
		try {
			this.#editor?.readPendingInput?.();
		} finally {
			this.#reading = false;
		}
	};
	/** The editor is reading pending input while someone else's change to the text begins. */
	#reading = false;
	/**
	 * What it read changed the document: that late change is written right after the other
	 * change (`late-change.ts`), by the observer if the other change touched this text, else here.
	 */
	#late = false;
	#afterTransaction = () => {
		if (!this.#late) return;
		this.#late = false;
		this.editorChanged();
	};

	constructor(text: Y.Text) {
		this.text = text;
		this.undoManager = new Y.UndoManager(text, {
			trackedOrigins: new Set([this]),
			captureTimeout: UNDO_GROUP_MS
		});
		text.observe(this.#observer);
	}

	/** The editor document the text holds now, in an editor's schema. */
	document(schema: Schema): Node {
		return buildDocument(schema, readLines(this.text));
	}

	/** Connects the editor whose state was created from `document()`. */
	attach(editor: BoundEditor): void {
		this.#editor = editor;
		this.#synced = editor.state.doc;
		this.#empty = this.text.length === 0;
		this.text.doc?.on('beforeTransaction', this.#beforeTransaction);
		this.text.doc?.on('afterTransaction', this.#afterTransaction);
	}

	/** Notes where the editor's own transactions changed its document, for the next write. */
	noteTransactions(transactions: readonly Transaction[]): void {
		for (const tr of transactions) {
			if (!tr.docChanged || tr.getMeta(REMOTE_CHANGE)) continue;
			let range = this.#edited
				? { from: tr.mapping.map(this.#edited.from, -1), to: tr.mapping.map(this.#edited.to, 1) }
				: null;
			tr.mapping.maps.forEach((map, i) => {
				const rest = tr.mapping.slice(i + 1);
				map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
					const from = rest.map(newStart, -1);
					const to = rest.map(newEnd, 1);
					range = range
						? { from: Math.min(range.from, from), to: Math.max(range.to, to) }
						: { from, to };
				});
			});
			this.#edited = range;
		}
	}

	/** Writes what changed in the editor since the text was last in step; call after each update. */
	editorChanged(): void {
		const doc = this.#editor?.state.doc;
		if (!doc || doc === this.#synced) return;
		const before = this.#synced;
		if (!before) return;
		if (this.#reading) {
			this.#late = true;
			return;
		}
		if (this.#empty) {
			// The empty paragraph shown is written first as nobody's change, so that undoing the
			// first words never takes away the line end every body needs.
			const shown = flattenNodes(children(before));
			this.text.doc?.transact(
				() => writeDifference(this.text, 0, flattenNodes([]), shown),
				this.#repair
			);
			this.#empty = false;
		}
		const write = () => this.#write(before, doc);
		if (this.text.doc) this.text.doc.transact(write, this);
		else write();
		this.#synced = doc;
		this.#edited = null;
	}

	#write(before: Node, after: Node): void {
		if (flatLength(before) !== this.text.length) {
			// Only damaged data gets here (text after the last line end, shown as one more line):
			// write the whole difference of the characters, which puts the two back in step.
			const whole = flattenNodes(children(after));
			writeDifference(this.text, 0, { ...whole, text: this.text.toString() }, whole);
			return;
		}
		const start = before.content.findDiffStart(after.content);
		if (start === null) return;
		const end = before.content.findDiffEnd(after.content) ?? { a: start, b: start };
		// Whole top-level blocks on both sides, so every line of a container is written whole,
		// and at least those the editor says it changed: among equal blocks (empty lines) the
		// documents' difference alone can point at a neighbour of the one edited.
		const edited = this.#edited;
		let first = Math.min(childAt(before, start).index, childAt(after, start).index);
		let keptAtEnd = Math.min(
			before.childCount - indexAfter(before, Math.max(end.a, start)),
			after.childCount - indexAfter(after, Math.max(end.b, start))
		);
		if (edited) {
			first = Math.min(first, childAt(after, edited.from).index);
			keptAtEnd = Math.min(keptAtEnd, after.childCount - indexAfter(after, edited.to));
		}
		first = Math.max(
			0,
			Math.min(first, before.childCount - keptAtEnd, after.childCount - keptAtEnd)
		);
		const oldNodes = children(before).slice(first, before.childCount - keptAtEnd);
		const newNodes = children(after).slice(first, after.childCount - keptAtEnd);
		let base = 0;
		for (let i = 0; i < first; i++) base += flatLength(before.child(i));
		const next = flattenNodes(newNodes);
		const stretch = edited && {
			start: Math.max(0, positionToOffset(after, edited.from) - base),
			after: Math.max(0, base + next.text.length - positionToOffset(after, edited.to))
		};
		writeDifference(this.text, base, flattenNodes(oldNodes), next, stretch ?? undefined);
	}

	#onText(event: Y.YTextEvent, transaction: Y.Transaction): void {
		const own = transaction.origin === this || transaction.origin === this.#repair;
		if (own || !this.#editor) return;
		const editor = this.#editor;
		const delta = event.delta as TextDelta;
		let map = (offset: number, side: Side) => mapOffset(offset, delta, side);
		if (this.#late && this.#synced && this.text.doc) {
			this.#late = false;
			const [before, after] = [this.#synced, editor.state.doc].map((d) =>
				flattenNodes(children(d))
			);
			this.text.doc.transact(() => {
				map = writeLateChange(this.text, before!, after!, delta);
			}, this);
		}
		const lines = readLines(this.text);
		const next = buildDocument(editor.state.schema, lines);
		const old = editor.state.doc;
		const tr = editor.state.tr;
		const start = old.content.findDiffStart(next.content);
		if (start !== null) {
			let { a: endOld, b: endNew } = old.content.findDiffEnd(next.content) ?? {
				a: start,
				b: start
			};
			const overlap = start - Math.min(endOld, endNew);
			if (overlap > 0) {
				endOld += overlap;
				endNew += overlap;
			}
			tr.replace(start, endOld, next.slice(start, endNew));
		}
		const undo = transaction.origin === this.undoManager;
		tr.setSelection(this.#selectionAfter(old, tr.doc, undo ? lastChangeOffset(delta) : null, map));
		tr.setMeta(REMOTE_CHANGE, true);
		tr.setMeta('addToHistory', false);
		const doc = this.text.doc;
		if (lines.at(-1)?.unterminated && doc && !waitsForMissingChanges(doc)) {
			// Damaged data left text after the last line end: end it, as the editor shows it. Not
			// while changes wait on one still to come: a join whose deletion arrived before the
			// text it joins to leaves the line open only until that text (and its line end) comes.
			doc.transact(() => this.text.insert(this.text.length, '\n'), this.#repair);
		}
		this.#synced = tr.doc;
		this.#empty = this.text.length === 0;
		this.#edited = null;
		editor.dispatch(tr);
	}

	/**
	 * The selection after a change from elsewhere: beside the characters it was beside (`map`
	 * takes an offset of the text before to one after), or at `changed` after an undo. It keeps
	 * to the character the next keystroke is written beside (see `insertRun`): the one on its
	 * left, or at the start of a block that holds text, that block's first character.
	 */
	#selectionAfter(
		old: Node,
		doc: Node,
		changed: number | null,
		map: (offset: number, side: Side) => number
	): Selection {
		const selection = this.#editor!.state.selection;
		const at = (pos: number) => {
			const $pos = old.resolve(pos);
			const side = $pos.parentOffset === 0 && $pos.parent.content.size > 0 ? 'right' : 'left';
			return offsetToPosition(doc, changed ?? map(positionToOffset(old, pos), side));
		};
		const anchor = at(selection.anchor);
		const head = at(selection.head);
		try {
			return TextSelection.create(doc, anchor, head);
		} catch {
			return Selection.near(doc.resolve(Math.min(head, doc.content.size)));
		}
	}

	/** Stops following the text. */
	destroy(): void {
		this.undoManager.destroy();
		this.text.unobserve(this.#observer);
		this.text.doc?.off('beforeTransaction', this.#beforeTransaction);
		this.text.doc?.off('afterTransaction', this.#afterTransaction);
		this.#editor = null;
	}
}

function children(node: Node): Node[] {
	const result: Node[] = [];
	node.forEach((child) => result.push(child));
	return result;
}

/** The index of the first top-level child that starts at or after a position's block ends. */
function indexAfter(doc: Node, pos: number): number {
	if (pos >= doc.content.size) return doc.childCount;
	const { index, start } = childAt(doc, pos);
	return start === pos ? index : index + 1;
}
