import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addDocument,
	createWorkspaceDoc,
	documentBody,
	newMemberId,
	saveVersion,
	versionSnapshot,
	type DocumentId,
	heading,
	paragraph
} from '../../doc';
import { compareDocument, readWriters, runsIn } from './compare';
import { readDocumentForExport } from './model';

function charter(): { doc: Y.Doc; id: DocumentId } {
	const doc = createWorkspaceDoc();
	const id = addDocument(doc, {
		title: 'Charter',
		kind: 'charter',
		blocks: [heading(2, 'Purpose'), paragraph('We meet every month.'), paragraph('Old rule.')],
		now: 1
	});
	return { doc, id };
}

/** The body, and where a phrase starts in it. */
function body(doc: Y.Doc, id: DocumentId) {
	const text = documentBody(doc, id)!;
	return { text, at: (phrase: string) => text.toString().indexOf(phrase) };
}

describe('comparing versions', () => {
	it('lists exactly the inserted and deleted runs between two versions', () => {
		const { doc, id } = charter();
		const author = newMemberId();
		const v1 = saveVersion(doc, { documentId: id, name: 'v1', author, now: 1 });
		const { text, at } = body(doc, id);
		text.delete(at('month'), 5);
		text.insert(at('.\nOld'), 'week');
		text.delete(at('Old rule.'), 'Old rule.\n'.length);
		const v2 = saveVersion(doc, { documentId: id, name: 'v2', author, now: 2 });
		text.insert(at('We meet'), 'Later: '); // after v2: not part of the comparison

		const comparison = compareDocument(
			doc,
			id,
			versionSnapshot(doc, v1)!,
			versionSnapshot(doc, v2)!
		)!;
		const changed = runsIn(comparison.blocks)
			.filter((run) => run.change)
			.map((run) => [run.change, run.text]);
		expect(changed).toEqual([
			['deleted', 'month'],
			['inserted', 'week'],
			['deleted', 'Old rule.']
		]);
		expect(comparison).toMatchObject({ inserted: 4, deleted: 14 });
		expect(
			runsIn(comparison.blocks)
				.map((run) => run.text)
				.join('|')
		).toBe('Purpose|We meet every |month|week|.|Old rule.');
	});

	it('compares a version with now, and reads a version as it was', () => {
		const { doc, id } = charter();
		const v1 = saveVersion(doc, { documentId: id, name: 'v1', author: newMemberId(), now: 1 });
		const { text, at } = body(doc, id);
		text.insert(at('Old rule.'), 'New ');
		const comparison = compareDocument(doc, id, versionSnapshot(doc, v1)!, Y.snapshot(doc))!;
		expect(comparison).toMatchObject({ inserted: 4, deleted: 0 });

		const then = readDocumentForExport(doc, id, {
			exportedAt: new Date(0),
			versionLabel: 'v1',
			version: v1
		})!;
		expect(runsIn(then.blocks).map((r) => r.text)).toEqual([
			'Purpose',
			'We meet every month.',
			'Old rule.'
		]);
		expect(runsIn(then.blocks).some((r) => r.change)).toBe(false);
	});

	it('says which copy wrote each run, also after writing apart and merging', () => {
		const { doc: a, id } = charter();
		const b = new Y.Doc({ gc: false });
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		const { text, at } = body(b, id);
		text.insert(at('Old rule.'), 'Bea ');
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		const runs = runsIn(readWriters(a, id)!);
		expect(runs.find((r) => r.text === 'Bea ')?.writer).toBe(b.clientID);
		expect(runs.find((r) => r.text === 'Purpose')?.writer).toBe(a.clientID);
	});
});
