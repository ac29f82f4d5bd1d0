// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { copiesOf, syncAll, type Copies, type EditorCopy } from './test-editors';
import { bulletList, heading, paragraph, table } from '../../doc';

/*
 * A member types in a block while another, apart from them, splits or joins it. Each copy is a
 * real TipTap editor bound to its own Yjs document; the copies then exchange every change. The
 * expected text is what the writers meant, which is also what one plain `Y.Text` with "\n" between
 * blocks gives for the same keystrokes: every character stays beside those it was typed next to.
 */

let copies: EditorCopy[] = [];
afterEach(() => copies.forEach((copy) => copy.destroy()));

function start(...args: Parameters<typeof copiesOf>): Copies {
	const made = copiesOf(...args);
	copies = made;
	return made;
}

function expectAll(expected: string[]) {
	for (const copy of copies) {
		expect(copy.shown()).toEqual(expected);
		expect(copy.stored()).toEqual(expected);
		expect(copy.inStep()).toBe(true);
	}
}

describe('a block split or joined while another member types in it', () => {
	it('keeps typing at the end of a paragraph that another splits in the middle', () => {
		const [a, b] = start(2, [paragraph('Hello wonderful world')]);
		a.caretAfter('world').type(' again');
		b.caretAfter('Hello ').press('Enter');
		syncAll(a, b);
		expectAll(['Hello ', 'wonderful world again']);
	});

	it('keeps typing in a paragraph that another joins to the one before', () => {
		const [a, b] = start(2, [paragraph('First para.'), paragraph('Second para.')]);
		a.caretAfter('Second para.').type(' Added by A');
		b.caretAt(b.editor.state.doc.child(0).nodeSize + 1).press('Backspace');
		syncAll(a, b);
		expectAll(['First para.Second para. Added by A']);
	});

	it('keeps typing in the middle of a paragraph joined to the one before', () => {
		const [a, b] = start(2, [paragraph('One.'), paragraph('Two three.')]);
		a.caretAfter('Two').type(' and a half');
		b.caretAt(b.editor.state.doc.child(0).nodeSize + 1).press('Backspace');
		syncAll(a, b);
		expectAll(['One.Two and a half three.']);
	});

	it('keeps both halves when two members split one paragraph at different places', () => {
		const [a, b, c] = start(3, [paragraph('alpha beta gamma')]);
		a.caretAfter('alpha ').press('Enter');
		b.caretAfter('beta ').press('Enter');
		c.caretAfter('gamma').type('!');
		syncAll(a, b, c);
		expectAll(['alpha ', 'beta ', 'gamma!']);
	});

	it('keeps typing at the end of a list item that another splits', () => {
		const [a, b] = start(2, [bulletList(['Bread and butter'], ['Tea'])]);
		a.caretAfter('butter').type(' please');
		b.caretAfter('Bread').press('Enter');
		syncAll(a, b);
		expectAll(['Bread', ' and butter please', 'Tea']);
		for (const copy of copies) {
			const list = copy.editor.state.doc.child(0);
			expect(list.type.name).toBe('bulletList');
			expect(list.childCount).toBe(3);
		}
	});

	it('keeps typing at the end of a table cell that another splits', () => {
		const [a, b] = start(2, [
			table(
				{ header: true, cells: [['Who'], ['What']] },
				{ cells: [['Amani'], ['Writes the first draft']] }
			)
		]);
		a.caretAfter('first draft').type(' by May');
		b.caretAfter('Writes').press('Enter');
		syncAll(a, b);
		expectAll(['Who', 'What', 'Amani', 'Writes', ' the first draft by May']);
		for (const copy of copies) {
			const grid = copy.editor.state.doc.child(0);
			expect(grid.type.name).toBe('table');
			expect(grid.child(1).child(1).childCount).toBe(2);
		}
	});

	it('keeps what is typed inside a range another deletes across two paragraphs', () => {
		const [a, b] = start(2, [paragraph('Keep this. Drop'), paragraph('this too. Keep the rest.')]);
		a.caretAfter('Drop').type(' (no!)');
		b.select('Keep this.', 'this too.').press('Backspace');
		syncAll(a, b);
		expectAll(['Keep this. (no!) Keep the rest.']);
	});

	it('does not bring back text deleted in a block another splits', () => {
		const [a, b] = start(2, [paragraph('one two three four')]);
		a.select('one two', 'one two three').press('Backspace');
		b.caretAfter('one ').press('Enter');
		syncAll(a, b);
		expectAll(['one ', 'two four']);
	});

	it.each([
		[1, 2],
		[2, 1]
	])(
		'keeps a block inserted before an empty line whole while another types in that line (clients %i, %i)',
		(first, second) => {
			const [a, b] = start(2, [paragraph()]);
			// Yjs orders insertions made at one place by client number: both orders are tried.
			a.doc.clientID = first;
			b.doc.clientID = second;
			a.caretAt(1).type('the working group');
			const { state, view } = b.editor;
			const { paragraph: node } = state.schema.nodes;
			view.dispatch(state.tr.insert(0, node!.create(null, state.schema.text('Who we are'))));
			syncAll(a, b);
			// Typing at the start of the empty line and inserting a line before it are insertions at
			// one place, which come in either order (as in one plain text); neither may cut into the
			// other.
			const whole = [
				['Who we are', 'the working group'],
				['the working groupWho we are', '']
			];
			expect(whole).toContainEqual(a.shown());
			expectAll(a.shown());
		}
	);

	it.each([
		[1, 2],
		[2, 1]
	])(
		'keeps two new lines apart when two members press Enter at the end of one paragraph and type (clients %i, %i)',
		(first, second) => {
			const [a, b] = start(2, [paragraph('Our lines:'), paragraph('Next')]);
			a.doc.clientID = first;
			b.doc.clientID = second;
			a.caretAfter('Our lines:').press('Enter').type('From Amani');
			b.caretAfter('Our lines:').press('Enter').type('From Bea');
			syncAll(a, b);
			const shown = a.shown();
			expect([
				['Our lines:', 'From Amani', 'From Bea', 'Next'],
				['Our lines:', 'From Bea', 'From Amani', 'Next']
			]).toContainEqual(shown);
			expectAll(shown);
		}
	);

	it.each([
		[1, 2],
		[2, 1]
	])(
		'keeps typing at the end of a line and at the start of the next on their lines while another adds a line between (clients %i, %i)',
		(first, second) => {
			const [a, b] = start(2, [heading(2, 'Aims'), paragraph('Next')]);
			a.doc.clientID = first;
			b.doc.clientID = second;
			a.caretAfter('Aims').press('Enter').type('New');
			b.caretAfter('Aims').type(' and values');
			b.caretAt(b.editor.state.doc.child(0).nodeSize + 1).type('The ');
			syncAll(a, b);
			expectAll(['Aims and values', 'New', 'The Next']);
			for (const copy of copies) {
				expect(copy.editor.state.doc.child(0).type.name).toBe('heading');
				expect(copy.editor.state.doc.child(1).type.name).toBe('paragraph');
			}
		}
	);

	it.each([
		[1, 2],
		[2, 1]
	])(
		'keeps each member typing in their own new line when the others’ new lines arrive first (clients %i, %i)',
		(first, second) => {
			const [a, b, c] = start(3, [paragraph('Our lines:'), paragraph('Next')]);
			a.doc.clientID = first;
			b.doc.clientID = second;
			c.doc.clientID = 3;
			a.caretAfter('Our lines:').press('Enter');
			b.caretAfter('Our lines:').press('Enter');
			// C is at the start of the next line when the new lines arrive.
			c.caretAt(c.editor.state.doc.child(0).nodeSize + 1);
			syncAll(a, b, c);
			a.type('From Amani');
			b.type('From Bea');
			c.type('The ');
			syncAll(a, b, c);
			const shown = a.shown();
			expect([
				['Our lines:', 'From Amani', 'From Bea', 'The Next'],
				['Our lines:', 'From Bea', 'From Amani', 'The Next']
			]).toContainEqual(shown);
			expectAll(shown);
		}
	);
});

describe('a join whose deletion arrives before the text it joins', () => {
	it('leaves the line open until that text comes, and adds no empty line', () => {
		const [a, b] = start(2, [paragraph('First')]);
		const end = () => a.editor.state.doc.content.size;
		a.editor.commands.insertContentAt(end(), {
			type: 'paragraph',
			content: [{ type: 'text', text: 'Xab' }]
		});
		syncAll(a, b);
		b.editor.commands.insertContentAt(b.editor.state.doc.content.size, {
			type: 'paragraph',
			content: [{ type: 'text', text: 'Ycd' }]
		});
		const sent: Uint8Array[] = [];
		b.doc.on('update', (update: Uint8Array) => sent.push(update));
		// B selects from inside A's line to inside its own new one and deletes: a join.
		b.select('X', 'Yc').press('Backspace');
		expect(b.shown()).toEqual(['First', 'Xd']);
		// A gets the deletion first: its line end is gone, the text after it not there yet.
		for (const update of sent) Y.applyUpdate(a.doc, update);
		expect(a.text.toString().endsWith('\n')).toBe(false);
		syncAll(a, b);
		expectAll(['First', 'Xd']);
	});
});
