import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { touchesOf, type Touch } from './touches';

/** What `change` does to a copy of `doc`, read from the update it makes. */
function touched(doc: Y.Doc, change: (copy: Y.Doc) => void): Touch[] | string {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	const before = Y.encodeStateVector(copy);
	change(copy);
	const read = touchesOf(doc, Y.encodeStateAsUpdate(copy, before));
	if (!read.ok) return read.reason;
	return read.touches.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const add = (...path: string[]): Touch => ({ path, kind: 'add', format: null });
const del = (...path: string[]): Touch => ({ path, kind: 'delete', format: null });

function workspace(): Y.Doc {
	const doc = new Y.Doc();
	const record = new Y.Map<unknown>();
	doc.getMap('decisions').set('d-1', record);
	record.set('question', 'Adopt the charter?');
	const answers = new Y.Map<unknown>();
	record.set('answers', answers);
	const text = new Y.Text('We meet monthly.');
	const documentRecord = new Y.Map<unknown>();
	doc.getMap('documents').set('doc-1', documentRecord);
	documentRecord.set('text', text);
	return doc;
}

describe('what an update touches', () => {
	it('names the record and key a new entry goes to, through nested maps', () => {
		const doc = workspace();
		expect(
			touched(doc, (copy) => {
				const answers = (copy.getMap('decisions').get('d-1') as Y.Map<Y.Map<unknown>>).get(
					'answers'
				)!;
				answers.set('m-2', 'agree');
			})
		).toEqual([add('decisions', 'd-1', 'answers', 'm-2')]);
	});

	it('names a new record with what is created inside it in the same change', () => {
		expect(
			touched(new Y.Doc(), (copy) => {
				const record = new Y.Map<unknown>();
				copy.getMap('comments').set('t-1', record);
				record.set('text', new Y.Text('Why monthly?'));
			})
		).toEqual([add('comments', 't-1', 'text'), add('comments', 't-1')]);
	});

	it('tells a replaced value (an addition and a deletion) and deleted text', () => {
		const doc = workspace();
		expect(
			touched(doc, (copy) =>
				(copy.getMap('decisions').get('d-1') as Y.Map<unknown>).set('question', 'Adopt it?')
			)
		).toEqual([add('decisions', 'd-1', 'question'), del('decisions', 'd-1', 'question')]);
		expect(
			touched(doc, (copy) => {
				const text = (copy.getMap('documents').get('doc-1') as Y.Map<Y.Text>).get('text')!;
				text.delete(3, 5);
			})
		).toEqual([del('documents', 'doc-1', 'text')]);
	});

	it('tells the attribute a formatting change sets (a comment mark)', () => {
		const doc = workspace();
		const result = touched(doc, (copy) => {
			const text = (copy.getMap('documents').get('doc-1') as Y.Map<Y.Text>).get('text')!;
			text.format(3, 4, { 'comment:t-1': true });
		});
		expect(result).toEqual([
			{ path: ['documents', 'doc-1', 'text'], kind: 'add', format: 'comment:t-1' }
		]);
	});

	it('places long chains of typing in one change, each keystroke after the last', () => {
		const doc = workspace();
		const result = touched(doc, (copy) => {
			const text = (copy.getMap('documents').get('doc-1') as Y.Map<Y.Text>).get('text')!;
			// Alternating places keep Yjs from merging the items into one: 4,000 separate structs.
			for (let i = 0; i < 4000; i++)
				text.insert(i % 2 === 0 ? 0 : text.length, i % 2 ? 'a' : 'b', i % 3 ? { bold: true } : {});
		});
		expect(
			Array.isArray(result) && result.every((t) => t.path.join('/') === 'documents/doc-1/text')
		).toBe(true);
	});

	it('says which client ids it writes under, from which clock', () => {
		const doc = workspace();
		const copy = new Y.Doc();
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
		const before = Y.encodeStateVector(copy);
		copy.getMap('meta').set('name', 'Coalition');
		const read = touchesOf(doc, Y.encodeStateAsUpdate(copy, before));
		expect(read.ok && [...read.clients]).toEqual([[copy.clientID, 0]]);
	});

	it('cannot place, and does not loop on, items whose neighbours form a loop', () => {
		// By hand, as no honest writer would: client 7's item 0 sits right of itself.
		const e = encoding.createEncoder();
		encoding.writeVarUint(e, 1); // one client
		encoding.writeVarUint(e, 1); // one struct
		encoding.writeVarUint(e, 7); // client
		encoding.writeVarUint(e, 0); // clock
		encoding.writeUint8(e, 0x80 | 4); // an origin, string content
		encoding.writeVarUint(e, 7);
		encoding.writeVarUint(e, 0);
		encoding.writeVarString(e, 'loop');
		encoding.writeVarUint(e, 0); // no deletions
		const read = touchesOf(new Y.Doc(), encoding.toUint8Array(e));
		expect(read).toEqual({ ok: false, reason: 'it builds on changes this copy does not have' });
	});

	it('waits when the change builds on what this copy does not have', () => {
		const doc = workspace();
		const elsewhere = new Y.Doc();
		Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(doc));
		const text = (elsewhere.getMap('documents').get('doc-1') as Y.Map<Y.Text>).get('text')!;
		text.insert(0, 'First, ');
		const step = Y.encodeStateVector(elsewhere);
		text.insert(7, 'we ');
		const later = Y.encodeStateAsUpdate(elsewhere, step);
		const read = touchesOf(doc, later);
		expect(read).toEqual({ ok: false, reason: 'it builds on changes this copy does not have' });
	});
});
