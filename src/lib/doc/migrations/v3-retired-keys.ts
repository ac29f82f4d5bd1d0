import * as Y from 'yjs';
import { RETIRED_DOCUMENT_KEYS, documentsMap } from '../schema';
import type { Migration } from './migration';

/**
 * Schema version 2 to 3: keys that were written and never read leave each document (a document's
 * `status`, always "draft"). Deleting a key is the same change on every copy, so copies that run
 * it apart agree.
 */
export const retiredKeys: Migration = {
	to: 3,
	what: 'keys nothing reads leave each document',
	run(doc) {
		for (const entry of documentsMap(doc).values()) {
			if (!(entry instanceof Y.Map)) continue;
			for (const key of RETIRED_DOCUMENT_KEYS) if (entry.has(key)) entry.delete(key);
		}
	}
};
