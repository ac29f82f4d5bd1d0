import { describe, expect, it } from 'vitest';
import { countAnswers, isSettled, outcomeOf, type AnswerKind } from './decision-rules';

const members = ['ama', 'bea', 'chidi', 'dana'];

function counts(given: Record<string, AnswerKind>, eligible = members) {
	return countAnswers(new Map(Object.entries(given)), eligible);
}

describe('decision rules', () => {
	it('count only the answers of members who may answer', () => {
		expect(counts({ ama: 'agree', bea: 'object', stranger: 'agree' })).toEqual({
			agree: 1,
			standAside: 0,
			object: 1,
			answered: 2,
			eligible: 4
		});
	});

	it('consent adopts when nobody objects, and needs at least one answer', () => {
		expect(outcomeOf('consent', null, counts({ ama: 'agree', bea: 'stand-aside' }))).toBe(
			'adopted'
		);
		expect(outcomeOf('consent', null, counts({ ama: 'agree', bea: 'object' }))).toBe('rejected');
		expect(outcomeOf('consent', null, counts({}))).toBe('rejected');
	});

	it('consensus needs every member to agree or stand aside, and one to agree', () => {
		const all = { ama: 'agree', bea: 'stand-aside', chidi: 'agree', dana: 'agree' } as const;
		expect(outcomeOf('consensus', null, counts(all))).toBe('adopted');
		expect(outcomeOf('consensus', null, counts({ ama: 'agree', bea: 'agree' }))).toBe('rejected');
		expect(outcomeOf('consensus', null, counts({ ...all, dana: 'object' }))).toBe('rejected');
		const asides = { ama: 'stand-aside', bea: 'stand-aside', chidi: 'stand-aside' } as const;
		expect(outcomeOf('consensus', null, counts({ ...asides, dana: 'stand-aside' }))).toBe(
			'rejected'
		);
	});

	it('majority adopts when more agree than object; a tie is not a majority', () => {
		expect(
			outcomeOf('majority', null, counts({ ama: 'agree', bea: 'agree', chidi: 'object' }))
		).toBe('adopted');
		expect(outcomeOf('majority', null, counts({ ama: 'agree', bea: 'object' }))).toBe('rejected');
		expect(
			outcomeOf(
				'majority',
				null,
				counts({ ama: 'agree', bea: 'stand-aside', chidi: 'stand-aside' })
			)
		).toBe('adopted');
	});

	it('a quorum not reached gives no outcome but "no quorum", under every rule', () => {
		for (const rule of ['consent', 'consensus', 'majority'] as const) {
			expect(outcomeOf(rule, 3, counts({ ama: 'agree', bea: 'agree' }))).toBe('no-quorum');
		}
		expect(outcomeOf('consent', 2, counts({ ama: 'agree', bea: 'agree' }))).toBe('adopted');
	});

	it('a changed answer counts as the new answer only', () => {
		const answers = new Map<string, AnswerKind>([['ama', 'object']]);
		answers.set('ama', 'agree');
		expect(outcomeOf('consent', null, countAnswers(answers, members))).toBe('adopted');
	});

	it('settle early only when the outcome can no longer change', () => {
		expect(isSettled('consent', null, counts({ ama: 'agree', bea: 'agree', chidi: 'agree' }))).toBe(
			false
		);
		const all = { ama: 'agree', bea: 'agree', chidi: 'object', dana: 'agree' } as const;
		expect(isSettled('consent', null, counts(all))).toBe(true);
		expect(
			isSettled('majority', null, counts({ ama: 'agree', bea: 'agree', chidi: 'agree' }))
		).toBe(true);
		expect(isSettled('majority', null, counts({ ama: 'agree', bea: 'agree' }))).toBe(false);
		expect(isSettled('majority', null, counts({ ama: 'object', bea: 'object' }))).toBe(true);
		expect(isSettled('majority', 4, counts({ ama: 'agree', bea: 'agree', chidi: 'agree' }))).toBe(
			false
		);
		expect(isSettled('consent', null, counts({}, []))).toBe(false);
	});
});
