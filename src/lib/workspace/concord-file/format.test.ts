import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addDocument,
	createWorkspaceDoc,
	documentBody,
	initializeWorkspace,
	listDocuments,
	newMemberId,
	plainTextOf,
	randomId,
	renameWorkspace,
	SCHEMA_VERSION,
	type DocumentId,
	paragraph
} from '../../doc';
import {
	decodeWorkspaceFile,
	encodeWorkspaceFile,
	mergeWorkspaceFile,
	WORKSPACE_FILE_VERSION,
	WorkspaceFileError
} from './format';

const NOW = Date.UTC(2025, 2, 14, 9, 30);
const SAVED_AT = new Date(NOW + 60_000);

function workspace(): Y.Doc {
	const doc = createWorkspaceDoc();
	initializeWorkspace(doc, {
		name: 'Tenants of Elm Street',
		locale: 'en',
		now: NOW,
		creator: { id: newMemberId(), name: 'Amina', colour: '#1f5f5b' }
	});
	return doc;
}

/** A copy of `doc` as another device would hold it: same state, its own Yjs client id. */
function copyOf(doc: Y.Doc): Y.Doc {
	const copy = createWorkspaceDoc();
	Y.applyUpdateV2(copy, Y.encodeStateAsUpdateV2(doc));
	return copy;
}

/** Types into the first paragraph of a document, at its start or its end. */
function typeInFirstLine(doc: Y.Doc, id: DocumentId, where: 'start' | 'end', text: string): void {
	const body = documentBody(doc, id)!;
	body.insert(where === 'start' ? 0 : body.toString().indexOf('\n'), text);
}

function expectSameState(a: Y.Doc, b: Y.Doc): void {
	expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
	expect(Y.encodeStateAsUpdateV2(a)).toEqual(Y.encodeStateAsUpdateV2(b));
}

const info = (workspaceId: string, key: Uint8Array | null = null) => ({
	workspaceId,
	key,
	signaling: [] as string[],
	savedAt: SAVED_AT
});

/** The raw JSON header of a file, to check what is (and is not) written. */
function rawHeader(file: Uint8Array): Record<string, unknown> {
	const length = new DataView(file.buffer, file.byteOffset).getUint32(9);
	return JSON.parse(new TextDecoder().decode(file.subarray(13, 13 + length)));
}

describe('workspace file', () => {
	it('round-trips a workspace to identical state with the right header', async () => {
		const doc = workspace();
		const id = addDocument(doc, {
			title: 'House rules',
			kind: 'notes',
			now: NOW,
			blocks: [paragraph('Bins go out on Tuesday.')]
		});
		typeInFirstLine(doc, id, 'start', 'Reminder: ');
		renameWorkspace(doc, 'Elm Street tenants');
		const workspaceId = randomId();

		const file = await encodeWorkspaceFile(doc, info(workspaceId));
		expect(new TextDecoder().decode(file.subarray(0, 8))).toBe('CONCORD\n');
		expect(file[8]).toBe(WORKSPACE_FILE_VERSION);
		const { header, update } = await decodeWorkspaceFile(file);
		expect(header).toEqual({
			workspaceId,
			name: 'Elm Street tenants',
			savedAt: SAVED_AT.toISOString(),
			schemaVersion: SCHEMA_VERSION,
			key: null,
			signaling: []
		});
		expect(rawHeader(file)).not.toHaveProperty('key');

		const opened = createWorkspaceDoc();
		Y.applyUpdateV2(opened, update);
		Y.applyUpdateV2(opened, Y.encodeStateAsUpdateV2(doc));
		Y.applyUpdateV2(doc, Y.encodeStateAsUpdateV2(opened));
		expectSameState(opened, doc);
		expect(plainTextOf(documentBody(opened, id)!)).toBe('Reminder: Bins go out on Tuesday.');
	});

	it('carries the invite key and signaling addresses only when given', async () => {
		const doc = workspace();
		const key = crypto.getRandomValues(new Uint8Array(32));
		const signaling = ['wss://signal.example.org', 'wss://relay.example.net/y'];
		const file = await encodeWorkspaceFile(doc, { ...info(randomId(), key), signaling });
		const { header } = await decodeWorkspaceFile(file);
		expect(header.key).toEqual(key);
		expect(header.signaling).toEqual(signaling);
		expect(typeof rawHeader(file).key).toBe('string');
	});

	it('merges into a diverged copy, keeping both sides, and both copies end identical', async () => {
		const a = workspace();
		const shared = addDocument(a, {
			title: 'Agreement',
			kind: 'notes',
			now: NOW,
			blocks: [paragraph('We share the garden.')]
		});
		const b = copyOf(a);
		const workspaceId = randomId();

		// Offline, each adds its own document and edits the same paragraph.
		const fromA = addDocument(a, { title: 'Rota from A', kind: 'notes', now: NOW + 1 });
		typeInFirstLine(a, shared, 'start', 'Agreed: ');
		const fromB = addDocument(b, {
			title: 'Budget from B',
			kind: 'notes',
			now: NOW + 2,
			blocks: [paragraph('£40 a month.')]
		});
		typeInFirstLine(b, shared, 'end', ' Tools stay in the shed.');

		const origin = { source: 'workspace-file' };
		const fileA = await decodeWorkspaceFile(await encodeWorkspaceFile(a, info(workspaceId)));
		mergeWorkspaceFile(b, fileA.update, origin);
		const text = 'Agreed: We share the garden. Tools stay in the shed.';
		expect(plainTextOf(documentBody(b, shared)!)).toBe(text);
		const titles = listDocuments(b).map((d) => d.title);
		expect(titles).toEqual(expect.arrayContaining(['Rota from A', 'Budget from B']));
		expect(listDocuments(b).map((d) => d.id)).toEqual(expect.arrayContaining([fromA, fromB]));

		const fileB = await decodeWorkspaceFile(await encodeWorkspaceFile(b, info(workspaceId)));
		mergeWorkspaceFile(a, fileB.update, origin);
		expectSameState(a, b);
		expect(plainTextOf(documentBody(a, shared)!)).toBe(text);
		expect(plainTextOf(documentBody(a, fromB)!)).toBe('£40 a month.');
	});

	it('merges as one transaction carrying the given origin', async () => {
		const a = workspace();
		const b = copyOf(a);
		addDocument(a, { title: 'Minutes', kind: 'notes', now: NOW });
		const { update } = await decodeWorkspaceFile(await encodeWorkspaceFile(a, info(randomId())));
		const origin = { source: 'workspace-file' };
		const origins: unknown[] = [];
		b.on('afterTransaction', (transaction) => origins.push(transaction.origin));
		mergeWorkspaceFile(b, update, origin);
		expect(origins).toEqual([origin]);
		expectSameState(a, b);
	});

	it('merging a file twice, or an older one, changes nothing', async () => {
		const doc = workspace();
		const older = await decodeWorkspaceFile(await encodeWorkspaceFile(doc, info(randomId())));
		addDocument(doc, { title: 'Later', kind: 'notes', now: NOW });
		const before = Y.encodeStateAsUpdateV2(doc);
		const updates: Uint8Array[] = [];
		doc.on('updateV2', (u: Uint8Array) => updates.push(u));
		mergeWorkspaceFile(doc, older.update, 'file');
		mergeWorkspaceFile(doc, older.update, 'file');
		expect(Y.encodeStateAsUpdateV2(doc)).toEqual(before);
		expect(updates).toEqual([]);
	});

	it('reads a file that sits inside a larger buffer', async () => {
		const file = await encodeWorkspaceFile(workspace(), info(randomId()));
		const padded = new Uint8Array(file.length + 20);
		padded.set(file, 7);
		const { header } = await decodeWorkspaceFile(padded.subarray(7, 7 + file.length));
		expect(header.name).toBe('Tenants of Elm Street');
	});

	it('refuses to write what it could not read back', async () => {
		const doc = workspace();
		await expect(encodeWorkspaceFile(createWorkspaceDoc(), info(randomId()))).rejects.toThrow();
		await expect(encodeWorkspaceFile(doc, info('short'))).rejects.toThrow();
		const shortKey = new Uint8Array(31);
		await expect(encodeWorkspaceFile(doc, info(randomId(), shortKey))).rejects.toThrow();
	});

	it('reports its problem on the error', () => {
		const error = new WorkspaceFileError('truncated');
		expect(error).toBeInstanceOf(Error);
		expect(error.problem).toBe('truncated');
		expect(error.name).toBe('WorkspaceFileError');
	});
});
