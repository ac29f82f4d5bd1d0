import { describe, expect, it } from 'vitest';
import { FreshPageNeededError, LocalDataError, WorkspaceNotFoundError } from '../workspace';
import { openProblemOf } from './damaged-workspace';

describe('openProblemOf', () => {
	it('tells the reasons a workspace did not open apart by their kind, never by a name string', () => {
		expect(openProblemOf(new WorkspaceNotFoundError('w1'))).toEqual({ kind: 'not-found' });
		expect(openProblemOf(new FreshPageNeededError('w1'))).toEqual({ kind: 'fresh-page' });
		expect(openProblemOf(new LocalDataError('damaged', 'record 3'))).toMatchObject({
			kind: 'local-data',
			problem: 'damaged',
			readable: 0
		});
		const impostor = Object.assign(new Error('no'), { name: 'WorkspaceNotFoundError' });
		expect(openProblemOf(impostor)).toMatchObject({ kind: 'other' });
	});
});
