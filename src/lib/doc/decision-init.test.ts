import { describe, expect, it } from 'vitest';
import { decisionInitProblem, type DecisionInit } from './decision-init';
import type { VersionId } from './versions';

const now = Date.UTC(2026, 5, 1);
const good: DecisionInit = {
	version: 'v1' as VersionId,
	question: 'Adopt the charter?',
	rule: 'consent',
	quorum: null,
	closesAt: now + 60_000
};
const check = (change: Partial<DecisionInit>, eligible = 4) =>
	decisionInitProblem({ ...good, ...change }, { now, eligible });

describe('a decision as a facilitator sets it up', () => {
	it('can be opened with a question, a future closing time and a reachable quorum', () => {
		expect(check({})).toBeNull();
		expect(check({ quorum: 4 })).toBeNull();
		expect(check({ version: { newName: 'Draft 3' } })).toBeNull();
		// Alone in the group, a quorum of one is still allowed.
		expect(check({ quorum: 1 }, 0)).toBeNull();
	});

	it('needs a question and, for a version saved with it, a name', () => {
		expect(check({ question: '  \n' })).toBe('no-question');
		expect(check({ version: { newName: ' ' } })).toBe('no-version-name');
	});

	it('must close after now', () => {
		expect(check({ closesAt: now })).toBe('closes-past');
		expect(check({ closesAt: Number.NaN })).toBe('closes-past');
	});

	it('cannot ask for more answers than members may give, or for part of one', () => {
		expect(check({ quorum: 5 })).toBe('quorum');
		expect(check({ quorum: 0 })).toBe('quorum');
		expect(check({ quorum: 2.5 })).toBe('quorum');
		expect(check({ quorum: 2 }, 0)).toBe('quorum');
	});
});
