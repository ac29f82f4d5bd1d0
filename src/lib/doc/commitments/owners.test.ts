import { describe, expect, it } from 'vitest';
import { COMMITMENT } from '../schema';
import { commitmentsMap, getCommitment } from './read';
import { copyOf, sync, testWorkspace } from './test-workspace';
import type { Party } from './types';
import { createCommitment, updateCommitment } from './write';

const redSol: Party = { kind: 'organisation', name: 'Red Sol' };

describe('commitment owners', () => {
	it('added and removed apart on two copies all take effect, in the same order everywhere', () => {
		const { doc: a, ana, ben, olu, member } = testWorkspace();
		const id = createCommitment(a, {
			title: 'Host the retreat',
			owners: [member(ana)],
			by: ana,
			now: 1
		});
		const b = copyOf(a);
		updateCommitment(a, id, { owners: [member(ana), member(ben)] });
		updateCommitment(b, id, { owners: [redSol] });
		updateCommitment(b, id, { owners: [redSol, member(olu)] });
		sync(a, b);
		const owners = getCommitment(a, id)!.owners;
		expect(new Set(owners)).toEqual(new Set([member(ben), redSol, member(olu)]));
		expect(getCommitment(b, id)!.owners).toEqual(owners);
	});

	it('count an organisation once however its name is typed', () => {
		const { doc, ana } = testWorkspace();
		const id = createCommitment(doc, {
			title: 'Share the budget',
			owners: [redSol, { kind: 'organisation', name: 'RED  SOL' }],
			by: ana,
			now: 1
		});
		expect(getCommitment(doc, id)!.owners).toEqual([redSol]);
	});

	it('written as a list by an earlier version are read, and become a map on the next edit', () => {
		const { doc, ana, ben, member } = testWorkspace();
		const id = createCommitment(doc, {
			title: 'Translate',
			owners: [member(ana)],
			by: ana,
			now: 1
		});
		const entry = commitmentsMap(doc).get(id)!;
		entry.set(COMMITMENT.owners, [member(ben), redSol, member(ben)]);
		expect(getCommitment(doc, id)!.owners).toEqual([member(ben), redSol]);
		updateCommitment(doc, id, { owners: [member(ben), redSol, member(ana)] });
		expect(getCommitment(doc, id)!.owners).toEqual([member(ben), redSol, member(ana)]);
		expect(entry.get(COMMITMENT.owners)).not.toBeInstanceOf(Array);
	});

	it('keep their places when others are added, and take a new spelling of an organisation', () => {
		const { doc, ana, ben, member } = testWorkspace();
		const id = createCommitment(doc, {
			title: 'Train',
			owners: [member(ben), redSol],
			by: ana,
			now: 1
		});
		updateCommitment(doc, id, {
			owners: [member(ana), member(ben), { kind: 'organisation', name: 'RED SOL' }]
		});
		expect(getCommitment(doc, id)!.owners).toEqual([
			member(ben),
			{ kind: 'organisation', name: 'RED SOL' },
			member(ana)
		]);
	});
});
