import * as Y from 'yjs';
import { createWorkspaceDoc } from '../schema';
import { migrateWorkspace } from '.';

/**
 * For the tests of migrations: two copies of an old workspace that each migrate it before they
 * hear of the other's migration, then exchange everything. Returns both copies.
 */
export function migratedApart(old: Y.Doc): [Y.Doc, Y.Doc] {
	const copy = createWorkspaceDoc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(old));
	migrateWorkspace(old);
	migrateWorkspace(copy);
	Y.applyUpdate(old, Y.encodeStateAsUpdate(copy));
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(old));
	return [old, copy];
}
