import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addDocument, listDocuments } from '../documents';
import {
	DOCUMENT,
	META,
	SCHEMA_VERSION,
	createWorkspaceDoc,
	documentsMap,
	metaMap,
	schemaVersionOf
} from '../schema';
import { migrateWorkspace } from '.';
import { migratedApart } from './migrated-apart';

/** A workspace as schema version 2 wrote it: every document with a `status` nobody read. */
function versionTwoWorkspace(): Y.Doc {
	const doc = createWorkspaceDoc();
	doc.transact(() => {
		metaMap(doc).set(META.schemaVersion, 2);
		metaMap(doc).set(META.name, 'Water committee');
		for (const title of ['Charter', 'Membership rules']) {
			const id = addDocument(doc, { title, kind: 'notes', now: 1 });
			documentsMap(doc).get(id)!.set('status', 'draft');
		}
	});
	return doc;
}

const statuses = (doc: Y.Doc) =>
	[...documentsMap(doc).values()].map((entry) => entry.get('status'));

describe('retiring keys nothing reads (schema version 2 to 3)', () => {
	it('removes each document’s status and keeps everything else', () => {
		const doc = versionTwoWorkspace();
		const before = listDocuments(doc);
		expect(migrateWorkspace(doc)).toBe(true);
		expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION);
		expect(statuses(doc)).toEqual([undefined, undefined]);
		expect(listDocuments(doc)).toEqual(before);
		for (const entry of documentsMap(doc).values())
			expect(entry.get(DOCUMENT.text)).toBeInstanceOf(Y.Text);
	});

	it('leaves the same workspace on two copies that run it apart', () => {
		const [a, b] = migratedApart(versionTwoWorkspace());
		expect(statuses(a)).toEqual([undefined, undefined]);
		expect(a.getMap('documents').toJSON()).toEqual(b.getMap('documents').toJSON());
		expect(schemaVersionOf(b)).toBe(SCHEMA_VERSION);
	});
});
