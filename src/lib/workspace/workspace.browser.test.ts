import { openDB } from 'idb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listDocuments, type WorkspaceId } from '../doc';
import { databaseNameFor, localWorkspaceIds } from '../persistence';
import { deleteWorkspace, registry, removeLeftoverData } from './registry';
import { updateProfile } from './profile';
import { Workspace, WorkspaceNotFoundError } from './workspace';

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
		const a = await Workspace.open(id);
		const b = await Workspace.open(id);
		for (const copy of [a, b]) {
			// Nothing in the workspace was written by the copy that opened it.
			expect(Y.decodeStateVector(Y.encodeStateVector(copy.doc)).has(copy.doc.clientID)).toBe(false);
		}
		Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc));
		Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
		expect(listDocuments(a.doc).map((d) => d.title)).toEqual(TITLES);
		expect(listDocuments(b.doc)).toEqual(listDocuments(a.doc));
		await a.destroy();
		await b.destroy();
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
