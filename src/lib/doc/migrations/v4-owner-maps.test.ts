import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { commitmentsMap, getCommitment } from '../commitments/read';
import { testWorkspace } from '../commitments/test-workspace';
import { createCommitment } from '../commitments/write';
import { COMMITMENT, META, SCHEMA_VERSION, metaMap, schemaVersionOf } from '../schema';
import { migrateWorkspace } from '.';
import { migratedApart } from './migrated-apart';

/** A workspace as schema version 3 wrote it: a commitment's owners as one list. */
function versionThreeWorkspace() {
	const workspace = testWorkspace();
	const { doc, ana, ben, member } = workspace;
	const id = createCommitment(doc, {
		title: 'Share the budget',
		owners: [member(ana)],
		by: ana,
		now: 1
	});
	doc.transact(() => {
		metaMap(doc).set(META.schemaVersion, 3);
		commitmentsMap(doc)
			.get(id)!
			.set(COMMITMENT.owners, [
				member(ben),
				{ kind: 'organisation', name: 'Red Sol' },
				member(ben)
			]);
	});
	return { ...workspace, id };
}

describe('owners become a map (schema version 3 to 4)', () => {
	it('keeps every owner, in their order, once', () => {
		const { doc, id, ben, member } = versionThreeWorkspace();
		expect(migrateWorkspace(doc)).toBe(true);
		expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION);
		expect(commitmentsMap(doc).get(id)!.get(COMMITMENT.owners)).toBeInstanceOf(Y.Map);
		expect(getCommitment(doc, id)!.owners).toEqual([
			member(ben),
			{ kind: 'organisation', name: 'Red Sol' }
		]);
	});

	it('leaves the same owners on two copies that run it apart', () => {
		const { doc, id } = versionThreeWorkspace();
		const [a, b] = migratedApart(doc);
		expect(getCommitment(a, id)!.owners).toEqual(getCommitment(b, id)!.owners);
		expect(getCommitment(a, id)!.owners).toHaveLength(2);
	});
});
