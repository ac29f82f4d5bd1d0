import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentBody, listDocuments } from './documents';
import { checkSchema, initializeWorkspace } from './initialize';
import { newMemberId } from './ids';
import { listMembers } from './members';
import { readMeta } from './meta';
import { plainTextOf, readLines } from './body';
import { SCHEMA_VERSION, createWorkspaceDoc, metaMap, schemaVersionOf } from './schema';
import { en } from './templates/en';
import { templatesIn } from './templates';

const creator = { id: newMemberId(), name: 'Amina', colour: '#1f5f5b' };
const TITLES = ['Charter', 'Membership rules', 'Mutual-accountability commitments'];

function created(): Y.Doc {
	const doc = createWorkspaceDoc();
	initializeWorkspace(doc, { name: ' Accountability  Network ', locale: 'en', now: 1000, creator });
	return doc;
}

/** What a second device holds after receiving the creator's copy (by a peer or a file). */
function copyOf(doc: Y.Doc): Y.Doc {
	const copy = createWorkspaceDoc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	return copy;
}

describe('a new workspace', () => {
	it('keeps its full history (gc off) and records the schema version', () => {
		const doc = created();
		expect(doc.gc).toBe(false);
		expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION);
		expect(readMeta(doc)).toEqual({
			name: 'Accountability Network',
			createdAt: 1000,
			languages: ['en']
		});
		expect(listMembers(doc)).toEqual([
			{
				id: creator.id,
				name: 'Amina',
				colour: '#1f5f5b',
				role: 'facilitator',
				joinedAt: 1000,
				organisation: null,
				leftAt: null
			}
		]);
	});

	it('holds the three founding documents with their guiding text, in one change', () => {
		const doc = createWorkspaceDoc();
		const updates: Uint8Array[] = [];
		doc.on('update', (u: Uint8Array) => updates.push(u));
		initializeWorkspace(doc, { name: 'Network', locale: 'en', now: 1, creator });
		expect(updates).toHaveLength(1);
		const documents = listDocuments(doc);
		expect(documents.map((d) => d.title)).toEqual(TITLES);
		expect(documents.map((d) => d.kind)).toEqual(['charter', 'membership', 'commitments']);
		const charter = plainTextOf(documentBody(doc, documents[0]!.id)!);
		expect(charter).toContain('1. Purpose and scope');
		expect(charter).toMatch(/decision/i);
		expect(plainTextOf(documentBody(doc, documents[1]!.id)!)).toMatch(/join/i);
		expect(plainTextOf(documentBody(doc, documents[2]!.id)!)).toMatch(/progress/i);
		expect(charter.toLowerCase()).not.toContain('lorem');
	});

	it('writes every template block', () => {
		const doc = created();
		for (const [i, summary] of listDocuments(doc).entries()) {
			const lines = en.workspace[i]!.blocks.reduce(
				(sum, block) =>
					sum +
					('items' in block ? block.items.length : 'rows' in block ? linesOfTable(block.rows) : 1),
				0
			);
			expect(readLines(documentBody(doc, summary.id)!)).toHaveLength(lines);
		}
	});

	it('refuses to be initialised twice or without a name', () => {
		expect(() =>
			initializeWorkspace(created(), { name: 'Again', locale: 'en', now: 2, creator })
		).toThrow();
		expect(() =>
			initializeWorkspace(createWorkspaceDoc(), { name: '   ', locale: 'en', now: 2, creator })
		).toThrow();
	});

	it('falls back to English templates for a locale without its own', () => {
		const doc = createWorkspaceDoc();
		initializeWorkspace(doc, { name: 'Rede', locale: 'de-DE', now: 1, creator });
		expect(listDocuments(doc).map((d) => d.title)).toEqual(TITLES);
		expect(listDocuments(doc).map((d) => d.language)).toEqual(['en', 'en', 'en']);
	});

	it('writes the templates of the creator’s language, each document in that language', async () => {
		const doc = createWorkspaceDoc();
		const templates = await templatesIn('ar');
		initializeWorkspace(doc, { name: 'شبكة', locale: 'ar', now: 1, creator, templates });
		const documents = listDocuments(doc);
		expect(documents.map((d) => d.language)).toEqual(['ar', 'ar', 'ar']);
		expect(documents[0]!.title).not.toBe(TITLES[0]);
	});
});

describe('copies of a workspace', () => {
	it('merged after each was opened show each template exactly once', () => {
		const original = created();
		const a = copyOf(original);
		const b = copyOf(original);
		expect(checkSchema(a)).toBe('current');
		expect(checkSchema(b)).toBe('current');
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(listDocuments(a).map((d) => d.title)).toEqual(TITLES);
		expect(listDocuments(b)).toEqual(listDocuments(a));
	});

	it('are not written to when opened', () => {
		for (const doc of [copyOf(created()), createWorkspaceDoc()]) {
			const before = Y.encodeStateVector(doc);
			let updates = 0;
			doc.on('update', () => updates++);
			checkSchema(doc);
			listDocuments(doc);
			readMeta(doc);
			expect(updates).toBe(0);
			expect(Y.encodeStateVector(doc)).toEqual(before);
		}
	});

	it('from a newer version of Concord are recognised, and an empty one is not seeded', () => {
		const newer = copyOf(created());
		metaMap(newer).set('schemaVersion', SCHEMA_VERSION + 1);
		expect(checkSchema(newer)).toBe('newer');
		const empty = createWorkspaceDoc();
		expect(checkSchema(empty)).toBe('empty');
		expect(listDocuments(empty)).toEqual([]);
	});
});

/** A table's lines: one per cell, every row as wide as the widest. */
function linesOfTable(rows: readonly { cells: readonly unknown[] }[]): number {
	return rows.length * Math.max(1, ...rows.map((row) => row.cells.length));
}
