// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { survivingOffsets } from './late-change';
import { copiesOf, type EditorCopy } from './test-editors';
import { paragraph } from '../../doc';

let copies: EditorCopy[] = [];
afterEach(() => copies.forEach((copy) => copy.destroy()));

/** Makes `copy`'s editor read `typed` as pending input the next time a change from elsewhere begins. */
function typedNotYetRead(copy: EditorCopy, typed: string): void {
	const { view } = copy.editor;
	let pending = true;
	copy.binding.attach({
		get state() {
			return view.state;
		},
		dispatch: (tr) => view.dispatch(tr),
		readPendingInput: () => {
			if (!pending) return;
			pending = false;
			view.dispatch(view.state.tr.insertText(typed));
		}
	});
}

describe('typing the editor reads only as a change from elsewhere begins', () => {
	it('is written after that change, where it was typed, as this device’s own and undoable', () => {
		const [a, b] = (copies = copiesOf(2, [paragraph('Our lines: here')]));
		a.doc.clientID = 1;
		b.doc.clientID = 2;
		a.caretAfter('Our lines:').press('Enter');
		b.caretAfter('Our lines:').press('Enter').type('From Bea');
		typedNotYetRead(a, 'From Amani');
		Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), b);

		expect(a.doc.clientID).toBe(1); // Yjs changes it when a change from elsewhere holds this one's
		// Two lines split at one place come in either order (here by client number), each whole.
		expect(a.shown()).toEqual(['Our lines:', 'From Amani', 'From Bea here']);
		expect(a.inStep()).toBe(true);
		a.type('!');
		expect(a.shown()).toEqual(['Our lines:', 'From Amani!', 'From Bea here']);
		Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
		expect(b.shown()).toEqual(a.shown());
		a.editor.commands.undo();
		expect(a.shown()).toEqual(['Our lines:', 'From Bea here']);
	});

	it('is written even when the change from elsewhere did not touch this text', () => {
		const [a] = (copies = copiesOf(1, [paragraph('Aims')]));
		a.caretAfter('Aims');
		typedNotYetRead(a, ' and values');
		a.doc.transact(() => a.doc.getMap('elsewhere').set('x', 1), 'a peer');
		expect(a.stored()).toEqual(['Aims and values']);
		expect(a.inStep()).toBe(true);
	});
});

describe('survivingOffsets', () => {
	it('says where characters are after a change, leaving out those it deleted', () => {
		// "abcdef": "X" inserted before "c", "d" deleted, then "e" and "f" kept.
		const delta = [{ retain: 2 }, { insert: 'X' }, { retain: 1 }, { delete: 1 }];
		expect(survivingOffsets(delta, 1, 6)).toEqual([1, 3, 4, 5]);
		expect(survivingOffsets(delta, 3, 4)).toEqual([]);
	});
});
