import { openDB } from 'idb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listDocuments, type WorkspaceId } from '../doc';
import { decodeWorkspaceFile } from './concord-file/format';
import { LocalDataError, databaseNameFor } from '../persistence';
import { exportReadableData, resyncFromPeers } from './damaged';
import { updateProfile } from './profile';
import { deleteWorkspace, registry } from './registry';
import { Workspace } from './workspace';

const TITLES = ['Charter', 'Membership rules', 'Mutual-accountability commitments'];
const created: WorkspaceId[] = [];

beforeAll(() => {
	updateProfile({ name: 'Amina', colour: '#1f5f5b' });
});

afterEach(async () => {
	for (const id of created.splice(0)) await deleteWorkspace(id);
});

/** A created workspace whose database then gets a record of garbage after its real ones. */
async function damagedWorkspace(): Promise<WorkspaceId> {
	const id = await Workspace.create({ name: 'Damaged Group', locale: 'en' });
	created.push(id);
	const db = await openDB(databaseNameFor(id));
	await db.add('updates', Uint8Array.of(0, 1, 2, 3, 250, 251, 252, 253));
	db.close();
	return id;
}

async function databaseNames(): Promise<string[]> {
	return (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : []));
}

describe('a workspace whose data on this device is damaged', () => {
	it('does not open, and says why', async () => {
		const id = await damagedWorkspace();
		const error = await Workspace.open(id).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(LocalDataError);
		expect((error as LocalDataError).problem).toBe('damaged');
		expect((error as LocalDataError).counts.unreadable).toBe(1);
	});

	it('exports what can be read as a workspace file that opens, with its key only if asked', async () => {
		const id = await damagedWorkspace();
		const { bytes, rescued, fileName } = await exportReadableData(id, true);
		expect(fileName).toMatch(/^damaged-group-readable-.*\.concord$/);
		expect(rescued).toMatchObject({ unreadable: 1, complete: true });
		const file = await decodeWorkspaceFile(bytes);
		expect(file.header).toMatchObject({ workspaceId: id, name: 'Damaged Group' });
		expect(file.header.key).not.toBeNull();
		const keyless = await decodeWorkspaceFile((await exportReadableData(id, false)).bytes);
		expect(keyless.header.key).toBeNull();
	});

	it('re-syncs: the damaged data is set aside, and a fresh copy opens with all that was readable', async () => {
		const id = await damagedWorkspace();
		await registry.update(id, { online: false });
		const outcome = await resyncFromPeers(id);
		expect(outcome.rescued).toMatchObject({ unreadable: 1 });
		expect(await databaseNames()).toContain(outcome.setAside);
		const workspace = await Workspace.open(id);
		expect(listDocuments(workspace.doc).map((d) => d.title)).toEqual(TITLES);
		expect((await registry.get(id))?.online).toBe(true);
		await workspace.destroy();
		await deleteWorkspace(id);
		created.pop();
		expect(await databaseNames()).not.toContain(outcome.setAside);
	});

	it('re-syncs into an empty copy, waiting for the members, when its database was missing', async () => {
		const id = await Workspace.create({ name: 'Gone', locale: 'en' });
		created.push(id);
		indexedDB.deleteDatabase(databaseNameFor(id));
		await expect(Workspace.open(id)).rejects.toMatchObject({ problem: 'missing' });
		expect(await resyncFromPeers(id)).toEqual({ setAside: null, rescued: null });
		const workspace = await Workspace.open(id);
		expect(workspace.schema).toBe('empty');
		await workspace.destroy();
	});
});
