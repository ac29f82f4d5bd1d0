import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plainTextOf, readLines } from '../body';
import { documentBody, listDocuments } from '../documents';
import { migrateWorkspace } from '.';
import { migratedApart } from './migrated-apart';
import {
	DOCUMENT,
	META,
	SCHEMA_VERSION,
	createWorkspaceDoc,
	documentOrder,
	documentsMap,
	metaMap,
	schemaVersionOf
} from '../schema';

function element(
	name: string,
	children: (Y.XmlElement | Y.XmlText)[],
	attrs: Record<string, string> = {}
) {
	const node = new Y.XmlElement(name);
	for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
	node.insert(0, children);
	return node;
}

function text(value: string, attributes?: Record<string, unknown>): Y.XmlText {
	const node = new Y.XmlText();
	node.insert(0, value, attributes);
	return node;
}

/** A workspace as schema version 1 wrote it: one `Y.XmlFragment` per body. */
function versionOneWorkspace(): Y.Doc {
	const doc = createWorkspaceDoc();
	doc.transact(() => {
		metaMap(doc).set(META.schemaVersion, 1);
		metaMap(doc).set(META.name, 'Old group');
		const entry = new Y.Map<unknown>();
		entry.set(DOCUMENT.title, 'Charter');
		entry.set(DOCUMENT.kind, 'charter');
		const body = new Y.XmlFragment();
		entry.set(DOCUMENT.body, body);
		documentsMap(doc).set('charterCharterCharter1', entry);
		documentOrder(doc).push(['charterCharterCharter1']);
		body.insert(0, [
			element('heading', [text('Purpose')], { level: 1 as unknown as string }),
			element('paragraph', [text('We act '), text('together', { bold: {} }), text('.')]),
			element('bulletList', [
				element('listItem', [element('paragraph', [text('One')])]),
				element('listItem', [element('paragraph', [text('Two')])])
			]),
			element('table', [
				element('tableRow', [
					element('tableHeader', [element('paragraph', [text('Who')])]),
					element('tableHeader', [element('paragraph', [text('What')])])
				])
			])
		]);
	});
	return doc;
}

describe('moving bodies to one text of lines (schema version 1 to 2)', () => {
	it('keeps every block, its format and its containers', () => {
		const doc = versionOneWorkspace();
		expect(listDocuments(doc)).toEqual([]);
		expect(migrateWorkspace(doc)).toBe(true);
		expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION);
		const [charter] = listDocuments(doc);
		const body = documentBody(doc, charter!.id)!;
		expect(plainTextOf(body)).toBe('Purpose\nWe act together.\nOne\nTwo\nWho\nWhat');
		const lines = readLines(body);
		expect(lines[0]!.format).toEqual({ block: 'heading', level: 1, wrap: [] });
		expect(lines[1]!.runs.map((r) => [r.text, r.marks])).toEqual([
			['We act ', {}],
			['together', { bold: true }],
			['.', {}]
		]);
		const [list, firstItem] = lines[2]!.format.wrap;
		const [sameList, secondItem] = lines[3]!.format.wrap;
		expect([list!.type, firstItem!.type]).toEqual(['bulletList', 'listItem']);
		expect(sameList).toEqual(list);
		expect(secondItem!.id).not.toBe(firstItem!.id);
		expect(lines[5]!.format.wrap.map((c) => c.type)).toEqual(['table', 'tableRow', 'tableHeader']);
	});

	it('leaves the old body in place and does nothing the second time', () => {
		const doc = versionOneWorkspace();
		migrateWorkspace(doc);
		const state = Y.encodeStateVector(doc);
		expect(migrateWorkspace(doc)).toBe(false);
		expect(Y.encodeStateVector(doc)).toEqual(state);
		expect(documentsMap(doc).get('charterCharterCharter1')!.get(DOCUMENT.body)).toBeInstanceOf(
			Y.XmlFragment
		);
	});

	it('never writes to a copy that holds nothing yet', () => {
		const doc = createWorkspaceDoc();
		expect(migrateWorkspace(doc)).toBe(false);
		expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(createWorkspaceDoc()));
	});

	it('ends with one text on every copy when two copies move the same document apart', () => {
		const [a, b] = migratedApart(versionOneWorkspace());
		const [onA] = listDocuments(a);
		const [onB] = listDocuments(b);
		expect(plainTextOf(documentBody(a, onA!.id)!)).toBe(plainTextOf(documentBody(b, onB!.id)!));
		expect(plainTextOf(documentBody(a, onA!.id)!)).toContain('We act together.');
	});
});
