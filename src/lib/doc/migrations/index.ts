import type * as Y from 'yjs';
import { META, SCHEMA_VERSION, metaMap, schemaVersionOf } from '../schema';
import type { Migration } from './migration';
import { linesOfText } from './v2-lines';
import { retiredKeys } from './v3-retired-keys';
import { ownerMaps } from './v4-owner-maps';
import { commentMarks } from './v5-comment-marks';

export type { Migration } from './migration';
export { linesOfFragment } from './v2-lines';

/**
 * Every step of the schema, in order: the migration to version N is at index N - 2 (version 1
 * is the first that was written). Adding a version means adding its step here, with its test.
 */
export const MIGRATIONS: readonly Migration[] = [linesOfText, retiredKeys, ownerMaps, commentMarks];

/**
 * Brings a workspace written by an older version up to this one, running each step from its
 * version on in one change; returns whether it wrote. A copy that holds nothing yet, or was
 * written by this version or a newer one, is left alone.
 */
export function migrateWorkspace(doc: Y.Doc): boolean {
	const version = schemaVersionOf(doc);
	if (version === 0 || version >= SCHEMA_VERSION) return false;
	doc.transact(() => {
		for (const migration of MIGRATIONS) if (migration.to > version) migration.run(doc);
		metaMap(doc).set(META.schemaVersion, SCHEMA_VERSION);
	});
	return true;
}
