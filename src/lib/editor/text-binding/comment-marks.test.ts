// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { COMMENT_MARK, paragraph } from '../../doc';
import { copiesOf, syncAll, type EditorCopy } from './test-editors';

/*
 * Comment threads mark their passages in the body, one attribute key per thread. These copies are
 * real editors bound through the app's binding: what they mark, type and split must leave the
 * same passages in the stored text, in the editor, and on every peer.
 */

const ANA = 'threadanathreadana001';
const BEN = 'threadbenthreadben001';

let copies: EditorCopy[] = [];
afterEach(() => copies.forEach((copy) => copy.destroy()));

function start(count: number, text: string[]) {
	copies = copiesOf(
		count,
		text.map((t) => paragraph(t))
	);
	return copies as [EditorCopy, EditorCopy, EditorCopy];
}

/** The words each thread's mark covers in the stored text, as one string per thread. */
function stored(copy: EditorCopy): Record<string, string> {
	const covered: Record<string, string> = {};
	for (const op of copy.text.toDelta() as {
		insert: string;
		attributes?: Record<string, unknown>;
	}[])
		for (const [key, value] of Object.entries(op.attributes ?? {}))
			if (key.startsWith(COMMENT_MARK) && value === true)
				covered[key.slice(COMMENT_MARK.length)] =
					(covered[key.slice(COMMENT_MARK.length)] ?? '') + op.insert;
	return covered;
}

/** The same, as the editor shows it. */
function shown(copy: EditorCopy): Record<string, string> {
	const covered: Record<string, string> = {};
	copy.editor.state.doc.descendants((node) => {
		if (!node.isText) return true;
		for (const mark of node.marks)
			if (mark.type.name === 'comment') {
				const id = mark.attrs.threadId as string;
				covered[id] = (covered[id] ?? '') + node.text;
			}
		return false;
	});
	return covered;
}

function mark(copy: EditorCopy, from: string, to: string, threadId: string) {
	copy.select(from, to).editor.commands.setMark('comment', { threadId });
}

function expectEverywhere(expected: Record<string, string>) {
	for (const copy of copies) {
		expect(stored(copy)).toEqual(expected);
		expect(shown(copy)).toEqual(expected);
		expect(copy.inStep()).toBe(true);
	}
}

describe('comment marks in the body', () => {
	it('cover what was selected, take text typed inside, and not text typed at their end', () => {
		const [a, b] = start(2, ['Members meet every month.']);
		mark(a, 'Members ', 'every', ANA);
		a.caretAfter('meet').type(' online');
		a.caretAfter('every').type(' second');
		syncAll(a, b);
		expect(a.shown()).toEqual(['Members meet online every second month.']);
		expectEverywhere({ [ANA]: 'meet online every' });
	});

	it('of two threads overlap, beside bold, and one can end without the other', () => {
		const [a, b] = start(2, ['Dues are paid each year by each member.']);
		mark(a, 'Dues ', 'each year', ANA);
		mark(a, 'paid ', 'by each', BEN);
		a.select('Dues ', 'are').press('Mod-b');
		syncAll(a, b);
		expectEverywhere({ [ANA]: 'are paid each year', [BEN]: 'each year by each' });
		const { state, view } = b.editor;
		const type = state.schema.marks.comment!;
		view.dispatch(state.tr.removeMark(0, state.doc.content.size, type.create({ threadId: ANA })));
		syncAll(a, b);
		expectEverywhere({ [BEN]: 'each year by each' });
	});

	it('stay on both halves of a paragraph split inside them, and join again', () => {
		const [a, b] = start(2, ['First we listen, then we decide.']);
		mark(a, 'First ', 'then we', ANA);
		a.caretAfter('listen,').press('Enter');
		syncAll(a, b);
		expect(b.shown()).toEqual(['First we listen,', ' then we decide.']);
		expectEverywhere({ [ANA]: 'we listen, then we' });
		b.caretAt(b.editor.state.doc.child(0).nodeSize + 1).press('Backspace');
		syncAll(a, b);
		expectEverywhere({ [ANA]: 'we listen, then we' });
	});

	it('made on one copy take in what another typed inside the passage meanwhile', () => {
		const [a, b] = start(2, ['We share the budget openly.']);
		mark(a, 'We ', 'budget', ANA);
		b.caretAfter('the').type(' whole');
		b.caretAfter('openly').type(' and on time');
		syncAll(a, b);
		expect(a.shown()).toEqual(['We share the whole budget openly and on time.']);
		expectEverywhere({ [ANA]: 'share the whole budget' });
	});

	it('all end at once over text where they overlap only in part', () => {
		const [a, b] = start(2, ['Each member reports twice a year.']);
		mark(a, 'Each ', 'reports', ANA);
		mark(a, 'member ', 'twice', BEN);
		const { state, view } = a.editor;
		const type = state.schema.marks.comment!;
		view.dispatch(state.tr.removeMark(0, state.doc.content.size, type));
		syncAll(a, b);
		expectEverywhere({});
	});
});
