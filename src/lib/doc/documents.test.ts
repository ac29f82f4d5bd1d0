import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addDocument,
	deleteDocument,
	documentBody,
	listDocuments,
	moveDocument,
	renameDocument,
	setDocumentLanguage
} from './documents';
import { writeInitialMeta } from './meta';
import { setDocumentReview } from './review-dates';
import type { IsoDate } from './dates';
import type { DocumentId } from './ids';
import { plainTextOf } from './body';
import { createWorkspaceDoc, documentOrder, documentsMap } from './schema';
import { paragraph } from './rich-text';

function withDocs(...titles: string[]) {
	const doc = createWorkspaceDoc();
	const ids = titles.map((title, i) => addDocument(doc, { title, kind: 'notes', now: i }));
	return { doc, ids };
}

const titles = (doc: Y.Doc) => listDocuments(doc).map((d) => d.title);

function sync(a: Y.Doc, b: Y.Doc) {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('documents', () => {
	it('are added at the end with a body holding their starting text', () => {
		const { doc } = withDocs('Charter');
		const id = addDocument(doc, {
			title: '  Notes   of the   call ',
			kind: 'notes',
			now: 5,
			blocks: [paragraph('We met on Monday.')]
		});
		expect(titles(doc)).toEqual(['Charter', 'Notes of the call']);
		expect(plainTextOf(documentBody(doc, id)!)).toBe('We met on Monday.');
	});

	it('are renamed, but never to an empty name', () => {
		const { doc, ids } = withDocs('Charter');
		expect(renameDocument(doc, ids[0]!, 'Our charter')).toBe(true);
		expect(renameDocument(doc, ids[0]!, '   ')).toBe(false);
		expect(renameDocument(doc, 'missing-document-id1' as DocumentId, 'x')).toBe(false);
		expect(titles(doc)).toEqual(['Our charter']);
	});

	it('are moved to any place in the order', () => {
		const { doc, ids } = withDocs('A', 'B', 'C');
		expect(moveDocument(doc, ids[2]!, 0)).toBe(true);
		expect(titles(doc)).toEqual(['C', 'A', 'B']);
		expect(moveDocument(doc, ids[2]!, 99)).toBe(true);
		expect(titles(doc)).toEqual(['A', 'B', 'C']);
		expect(moveDocument(doc, ids[0]!, 0)).toBe(false);
	});

	it('are deleted with their body', () => {
		const { doc, ids } = withDocs('A', 'B');
		expect(deleteDocument(doc, ids[0]!)).toBe(true);
		expect(titles(doc)).toEqual(['B']);
		expect(documentBody(doc, ids[0]!)).toBeNull();
		expect(documentOrder(doc).toArray()).toEqual([ids[1]]);
		expect(deleteDocument(doc, ids[0]!)).toBe(false);
	});

	it('are each listed once after two copies move the same document concurrently', () => {
		const { doc: a, ids } = withDocs('A', 'B', 'C');
		const b = createWorkspaceDoc();
		sync(a, b);
		moveDocument(a, ids[0]!, 2);
		moveDocument(b, ids[0]!, 1);
		const added = addDocument(b, { title: 'D', kind: 'notes', now: 9 });
		sync(a, b);
		expect(listDocuments(a)).toEqual(listDocuments(b));
		expect([...titles(a)].sort()).toEqual(['A', 'B', 'C', 'D']);
		expect(listDocuments(a).some((d) => d.id === added)).toBe(true);
	});

	it('skip malformed entries a peer may send, and list unordered ones last', () => {
		const { doc } = withDocs('A');
		doc.transact(() => {
			const broken = new Y.Map<unknown>();
			broken.set('title', 'No body');
			documentsMap(doc).set('brokenbrokenbroken01', broken);
			const orphan = new Y.Map<unknown>();
			orphan.set('title', 42);
			orphan.set('kind', 'unknown-kind');
			orphan.set('text', new Y.Text());
			orphan.set('language', '<script>');
			documentsMap(doc).set('orphanorphanorphan01', orphan);
		});
		expect(listDocuments(doc)).toEqual([
			expect.objectContaining({ title: 'A' }),
			{ id: 'orphanorphanorphan01', title: '', kind: 'notes', reviewOn: null, language: 'en' }
		]);
	});

	it('keep the language their text is written in, the workspace’s first language by default', () => {
		const doc = createWorkspaceDoc();
		writeInitialMeta(doc, 'Réseau', 'fr', 1);
		const plain = addDocument(doc, { title: 'Notes', kind: 'notes', now: 1 });
		const arabic = addDocument(doc, { title: 'الميثاق', kind: 'charter', now: 1, language: 'ar' });
		expect(listDocuments(doc).map((d) => d.language)).toEqual(['fr', 'ar']);
		expect(setDocumentLanguage(doc, plain, 'pt-br')).toBe(true);
		expect(setDocumentLanguage(doc, arabic, 'not a language')).toBe(false);
		expect(setDocumentLanguage(doc, 'nonenonenonenone0001' as DocumentId, 'en')).toBe(false);
		expect(listDocuments(doc).map((d) => d.language)).toEqual(['pt-BR', 'ar']);
	});
});

describe('starting text', () => {
	it('keeps plain text after a bold run plain', () => {
		const doc = createWorkspaceDoc();
		const id = addDocument(doc, {
			title: 'Marks',
			kind: 'notes',
			now: 1,
			blocks: [paragraph({ text: 'Label:', bold: true }, ' question?')]
		});
		expect(documentBody(doc, id)!.toDelta()).toEqual([
			{ insert: 'Label:', attributes: { bold: true } },
			{ insert: ' question?' },
			{ insert: '\n', attributes: { block: 'paragraph' } }
		]);
	});

	it('carry the date the group means to revisit them by, and a peer’s malformed one is no date', () => {
		const { doc, ids } = withDocs('Charter');
		expect(setDocumentReview(doc, ids[0]!, '2027-06-30' as IsoDate)).toBe(true);
		expect(listDocuments(doc)[0]!.reviewOn).toBe('2027-06-30');
		documentsMap(doc).get(ids[0]!)!.set('reviewOn', 'soon');
		expect(listDocuments(doc)[0]!.reviewOn).toBeNull();
		setDocumentReview(doc, ids[0]!, null);
		expect(documentsMap(doc).get(ids[0]!)!.has('reviewOn')).toBe(false);
	});
});
