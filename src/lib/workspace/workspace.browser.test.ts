import { openDB } from 'idb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listDocuments, type WorkspaceId } from '../doc';
import { LocalStore, databaseNameFor, localWorkspaceIds } from '../persistence';
import { deleteWorkspace, registry, removeLeftoverData } from './registry';
import { updateProfile } from './profile';
import { Workspace, WorkspaceAlreadyOpenError, WorkspaceNotFoundError } from './workspace';

const TITLES = ['Charter', 'Membership rules', 'Mutual-accountability commitments'];
const created: WorkspaceId[] = [];

async function create(name: string): Promise<WorkspaceId> {
	const id = await Workspace.create({ name, locale: 'en' });
	created.push(id);
	return id;
}

beforeAll(() => {
	updateProfile({ name: 'Amina', colour: '#1f5f5b' });
});

afterEach(async () => {
	for (const id of created.splice(0)) await deleteWorkspace(id);
});

describe('workspaces on this device (real IndexedDB)', () => {
	it('are created listed, with their templates stored, and opened as they were', async () => {
		const id = await create('  Accountability Network ');
		expect(await registry.get(id)).toMatchObject({ id, name: 'Accountability Network' });
		const workspace = await Workspace.open(id);
		expect(workspace.schema).toBe('current');
		expect(listDocuments(workspace.doc).map((d) => d.title)).toEqual(TITLES);
		await workspace.destroy();
	});

	it('are never written to by opening them, and two opened copies merge without duplicates', async () => {
		const id = await create('Network');
		const copies: Uint8Array[] = [];
		for (let i = 0; i < 2; i++) {
			const copy = await Workspace.open(id);
			// Nothing in the workspace was written by the copy that opened it.
			expect(Y.decodeStateVector(Y.encodeStateVector(copy.doc)).has(copy.doc.clientID)).toBe(false);
			copies.push(Y.encodeStateAsUpdate(copy.doc));
			await copy.destroy();
		}
		const merged = new Y.Doc();
		for (const update of copies) Y.applyUpdate(merged, update);
		expect(listDocuments(merged).map((d) => d.title)).toEqual(TITLES);
	});

	it('open once per page: a second open is refused, and reopening after closing works', async () => {
		const id = await create('Once');
		const first = await Workspace.open(id);
		await expect(Workspace.open(id)).rejects.toBeInstanceOf(WorkspaceAlreadyOpenError);
		const closing = first.destroy();
		const again = await Workspace.open(id); // waits for the close to finish
		await closing;
		expect(listDocuments(again.doc).map((d) => d.title)).toEqual(TITLES);
		await again.destroy();
	});

	it('open even when the record of authors was damaged by a peer, showing authors as unknown', async () => {
		const id = await create('Damaged');
		// The damaged record arrives in the stored workspace (as from a peer while it was closed).
		const raw = new Y.Doc();
		raw.getMap('authors').set('someone', 'not a record');
		const store = new LocalStore(raw, databaseNameFor(id));
		await store.loaded;
		await store.flushed();
		await store.destroy();
		const again = await Workspace.open(id);
		expect(again.authorship.available).toBe(false);
		expect(listDocuments(again.doc).map((d) => d.title)).toEqual(TITLES);
		await again.destroy();
	});

	it('keep the home page name in step with a rename', async () => {
		const id = await create('Before');
		const workspace = await Workspace.open(id);
		workspace.doc.getMap('meta').set('name', 'After');
		await expect.poll(async () => (await registry.get(id))?.name).toBe('After');
		await workspace.destroy();
	});

	it('are deleted with their data, and a missing one says so', async () => {
		const id = await create('Short-lived');
		created.pop();
		await deleteWorkspace(id);
		expect(await registry.get(id)).toBeUndefined();
		expect(await localWorkspaceIds()).not.toContain(id);
		await expect(Workspace.open(id)).rejects.toBeInstanceOf(WorkspaceNotFoundError);
	});

	it('leave no data behind that a failed create or delete could have orphaned', async () => {
		const kept = await create('Kept');
		const orphan = 'orphanorphanorphan0001' as WorkspaceId;
		(
			await openDB(databaseNameFor(orphan), 1, { upgrade: (db) => db.createObjectStore('x') })
		).close();
		await removeLeftoverData();
		const ids = await localWorkspaceIds();
		expect(ids).toContain(kept);
		expect(ids).not.toContain(orphan);
	});
});
