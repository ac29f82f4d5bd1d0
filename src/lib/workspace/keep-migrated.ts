import type * as Y from 'yjs';
import { migrateWorkspace, SCHEMA_VERSION, schemaVersionOf } from '../doc';

/**
 * Brings a workspace written by an older version up to this one now, and again whenever a peer
 * or a file brings data of an older version; returns the stop. `stopped` says the workspace closed.
 */
export function keepMigrated(doc: Y.Doc, stopped: () => boolean): () => void {
	migrateWorkspace(doc);
	const upgrade = () => {
		const version = schemaVersionOf(doc);
		if (version > 0 && version < SCHEMA_VERSION)
			queueMicrotask(() => stopped() || migrateWorkspace(doc));
	};
	doc.on('update', upgrade);
	return () => doc.off('update', upgrade);
}
