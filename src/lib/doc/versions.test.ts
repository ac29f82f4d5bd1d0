import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addDocument, documentBody } from './documents';
import { newMemberId, type DocumentId } from './ids';
import { plainTextOf } from './body';
import { createWorkspaceDoc } from './schema';
import {
	getVersion,
	listVersions,
	saveVersion,
	versionSnapshot,
	versionsArray,
	type VersionId
} from './versions';
import { paragraph } from './rich-text';

const author = newMemberId();

function workspaceWith(text: string): { doc: Y.Doc; id: DocumentId } {
	const doc = createWorkspaceDoc();
	const id = addDocument(doc, {
		title: 'Charter',
		kind: 'charter',
		blocks: [paragraph(text)],
		now: 1
	});
	return { doc, id };
}

function paragraphText(doc: Y.Doc, id: DocumentId): Y.Text {
	return documentBody(doc, id)!;
}

describe('named versions', () => {
	it('are saved with their name, author and time, and restore the text as it was', () => {
		const { doc, id } = workspaceWith('We meet monthly.');
		const first = saveVersion(doc, { documentId: id, name: ' First draft ', author, now: 10 });
		paragraphText(doc, id).insert(0, 'Always: ');
		expect(plainTextOf(documentBody(doc, id)!)).toBe('Always: We meet monthly.');

		expect(listVersions(doc, id)).toEqual([
			{ id: first, documentId: id, name: 'First draft', author, createdAt: 10 }
		]);
		const restored = Y.createDocFromSnapshot(doc, versionSnapshot(doc, first)!);
		expect(plainTextOf(documentBody(restored, id)!)).toBe('We meet monthly.');
	});

	it('saved on two copies while apart are listed alike on both once merged', () => {
		const { doc: a, id } = workspaceWith('Text');
		const b = new Y.Doc({ gc: false });
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		saveVersion(a, { documentId: id, name: 'From A', author, now: 20 });
		saveVersion(b, { documentId: id, name: 'From B', author, now: 15 });
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(listVersions(a, id).map((v) => v.name)).toEqual(['From B', 'From A']);
		expect(listVersions(b, id)).toEqual(listVersions(a, id));
	});

	it('refuse an empty name and a workspace that does not keep its history', () => {
		const { doc, id } = workspaceWith('Text');
		expect(() => saveVersion(doc, { documentId: id, name: '   ', author, now: 1 })).toThrow();
		const forgetful = new Y.Doc();
		expect(() => saveVersion(forgetful, { documentId: id, name: 'v', author, now: 1 })).toThrow();
	});

	it('damaged by a peer are left out, and a damaged snapshot reads as none', () => {
		const { doc, id } = workspaceWith('Text');
		const good = saveVersion(doc, { documentId: id, name: 'Good', author, now: 1 });
		const broken = new Y.Map<unknown>();
		broken.set('id', 'brokenbrokenbroken01');
		broken.set('documentId', id);
		broken.set('name', 'Broken');
		broken.set('createdAt', 5);
		broken.set('snapshot', new Uint8Array([255, 255, 255, 255]));
		doc.transact(() => {
			versionsArray(doc).push([broken]);
			(versionsArray(doc) as Y.Array<unknown>).push(['not a map', 42]);
		});
		expect(listVersions(doc, id).map((v) => v.name)).toEqual(['Good', 'Broken']);
		expect(versionSnapshot(doc, 'brokenbrokenbroken01' as VersionId)).toBeNull();
		expect(versionSnapshot(doc, good)).not.toBeNull();
		expect(getVersion(doc, 'missingmissingmiss01' as VersionId)).toBeNull();
	});
});
