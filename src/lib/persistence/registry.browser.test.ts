import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceId } from '../doc';
import { WorkspaceRegistry, type WorkspaceEntry } from './registry';

const DB = 'concord-registry-test';
const entry = (id: string, lastOpenedAt: number): WorkspaceEntry => ({
	id: id as WorkspaceId,
	name: `Workspace ${id}`,
	secret: 'c2VjcmV0',
	createdAt: 1,
	lastOpenedAt
});

describe('the workspace registry (real IndexedDB)', () => {
	let registry: WorkspaceRegistry;

	afterEach(async () => {
		registry.close();
		await deleteDB(DB);
	});

	it('lists workspaces most recently opened first, across connections', async () => {
		registry = new WorkspaceRegistry(DB);
		await registry.put(entry('a', 10));
		await registry.put(entry('b', 30));
		await registry.put(entry('c', 20));
		const again = new WorkspaceRegistry(DB);
		expect((await again.list()).map((e) => e.id)).toEqual(['b', 'c', 'a']);
		again.close();
	});

	it('updates some fields of a workspace and ignores unknown ones', async () => {
		registry = new WorkspaceRegistry(DB);
		await registry.put(entry('a', 10));
		await registry.update('a' as WorkspaceId, { name: 'Renamed', lastOpenedAt: 99 });
		await registry.update('missing' as WorkspaceId, { name: 'Ghost' });
		expect(await registry.list()).toEqual([{ ...entry('a', 99), name: 'Renamed' }]);
	});

	it('forgets a removed workspace', async () => {
		registry = new WorkspaceRegistry(DB);
		await registry.put(entry('a', 10));
		await registry.put(entry('b', 20));
		await registry.remove('a' as WorkspaceId);
		expect(await registry.get('a' as WorkspaceId)).toBeUndefined();
		expect((await registry.list()).map((e) => e.id)).toEqual(['b']);
	});

	it('lets another tab delete its database instead of blocking it', async () => {
		registry = new WorkspaceRegistry(DB);
		await registry.put(entry('a', 10));
		await deleteDB(DB);
		expect(await registry.list()).toEqual([]);
	});
});
