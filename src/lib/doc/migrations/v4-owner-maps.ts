import * as Y from 'yjs';
import { ownersAsMap } from '../commitments/owners';
import { COMMITMENT, ROOT } from '../schema';
import type { Migration } from './migration';

/**
 * Schema version 3 to 4: a commitment's owners, kept as one list, become a map keyed by owner,
 * so that owners added and removed apart all take effect. Two copies that run it apart write
 * maps of the same entries, so whichever map the merge keeps, no owner is lost.
 */
export const ownerMaps: Migration = {
	to: 4,
	what: "each commitment's owners become a map keyed by owner",
	run(doc) {
		doc.getMap(ROOT.commitments).forEach((entry) => {
			if (!(entry instanceof Y.Map)) return;
			const owners: unknown = entry.get(COMMITMENT.owners);
			if (Array.isArray(owners)) entry.set(COMMITMENT.owners, ownersAsMap(owners));
		});
	}
};
