import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createCommitment } from '../commitments';
import { copyOf, sync } from '../commitments/test-workspace';
import { listMembers } from '../members';
import { ROOT, ROUND } from '../schema';
import { answerNamed, closeRound } from './answers';
import { getRound, listRounds, roundPhase, roundsMap } from './read';
import { RoundInputError } from './records';
import { putStep } from './response';
import { eligibleAnswers } from './rules';
import { compareSummaries, previousRound, reportCards, summariseRound } from './summary';
import { openRound, QUESTIONS } from './test-round';
import type { RoundId } from './types';
import { createRound, moveQuestion, putQuestion, scheduleRound } from './write';

describe('feedback rounds', () => {
	it('are written with their questions in order, and open at their date', () => {
		const { doc, id, q } = openRound();
		const round = getRound(doc, id)!;
		expect(round.questions.map((x) => x.prompt)).toEqual([
			'Trust',
			'Best channel',
			'Met our commitments?',
			'What should change?'
		]);
		expect(q).toHaveLength(4);
		expect(roundPhase(round, 19)).toBe('scheduled');
		expect(roundPhase(round, 20)).toBe('open');
	});

	it('refuse a choice with fewer than two options, a round without a title, dates backwards', () => {
		const { doc, id } = openRound();
		expect(() =>
			putQuestion(doc, id, { kind: 'choice', prompt: 'Pick', options: ['One'] })
		).toThrow(RoundInputError);
		expect(() => createRound(doc, { title: '  ', by: 'x' as never, now: 1 })).toThrow(
			RoundInputError
		);
		expect(() => scheduleRound(doc, id, { opensAt: 50, closesAt: 40 })).toThrow(RoundInputError);
	});

	it('settle on one order when two copies move questions at once', () => {
		const { doc, id, q } = openRound();
		const other = copyOf(doc);
		moveQuestion(doc, id, q[3]! as never, -1);
		moveQuestion(other, id, q[0]! as never, 1);
		putQuestion(other, id, { kind: 'rating', prompt: 'Trust between members' }, q[0] as never);
		sync(doc, other);
		const here = getRound(doc, id)!.questions;
		expect(here.map((x) => x.id)).toEqual(getRound(other, id)!.questions.map((x) => x.id));
		expect(here).toHaveLength(4);
		// The move and the change of words, made apart, both survive.
		expect(here.find((x) => x.id === q[0])?.prompt).toBe('Trust between members');
	});

	it('refuse a rating off its scale, an unknown option, a missing answer', () => {
		const { doc, id, q, ben } = openRound();
		const good = {
			[q[0]!]: { rating: 4 },
			[q[1]!]: { choices: ['Calls'] },
			[q[2]!]: { yes: true }
		};
		expect(() =>
			answerNamed(doc, id, { by: ben, values: { ...good, [q[0]!]: { rating: 6 } }, now: 30 })
		).toThrow(RoundInputError);
		expect(() =>
			answerNamed(doc, id, { by: ben, values: { ...good, [q[1]!]: { choices: ['Fax'] } }, now: 30 })
		).toThrow(RoundInputError);
		expect(() =>
			answerNamed(doc, id, { by: ben, values: { [q[0]!]: { rating: 3 } }, now: 30 })
		).toThrow(RoundInputError);
		expect(answerNamed(doc, id, { by: ben, values: good, now: 30 })).toBe(true);
		expect(getRound(doc, id)!.answers).toHaveLength(1);
	});

	it('ignore malformed records and answers from a peer, with a warning', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { doc, id, q, ben } = openRound();
		roundsMap(doc).set('not a round', 'nonsense' as never);
		roundsMap(doc).set('no-title-round-xyzxyz', new Y.Map());
		const answers = roundsMap(doc).get(id)!.get(ROUND.answers) as Y.Map<unknown>;
		answers.set(ben, { values: { [q[0]!]: { rating: 9 }, [q[2]!]: { yes: 'maybe' }, nope: 1 } });
		answers.set('someone-else-entirely', { values: { [q[0]!]: { rating: 2 } }, by: ben });
		const questions = roundsMap(doc).get(id)!.get(ROUND.questions) as Y.Map<unknown>;
		questions.set('broken-question-id', { kind: 'poll', prompt: 'x' });
		const rounds = listRounds(doc);
		expect(rounds.map((r) => r.id)).toEqual([id]);
		expect(rounds[0]!.questions).toHaveLength(4);
		// Nothing usable in Ben's answer; the other claims to be Ben under another key.
		expect(rounds[0]!.answers.map((a) => a.key)).toEqual([]);
		expect(warn).toHaveBeenCalled();
		warn.mockRestore();
	});

	it('count only members who may answer (not observers, unless the round allows them)', () => {
		const { doc, id, q, ben, olu } = openRound();
		answerNamed(doc, id, {
			by: ben,
			values: { [q[0]!]: { rating: 5 }, [q[1]!]: { choices: ['Chat'] }, [q[2]!]: { yes: false } },
			now: 30
		});
		answerNamed(doc, id, {
			by: olu,
			values: { [q[0]!]: { rating: 1 }, [q[1]!]: { choices: ['Chat'] }, [q[2]!]: { yes: false } },
			now: 30
		});
		const roster = [...doc.getMap(ROOT.members).keys()];
		expect(roster).toContain(olu);
		expect(eligibleAnswers(getRound(doc, id)!, listMembers(doc)).map((a) => a.by)).toEqual([ben]);
	});

	it('record the answers as they were when it closed: a change made meanwhile elsewhere is ignored everywhere', () => {
		const { doc, id, q, ana, ben } = openRound();
		const values = (rating: number) => ({
			[q[0]!]: { rating },
			[q[1]!]: { choices: ['Email'] },
			[q[2]!]: { yes: true }
		});
		answerNamed(doc, id, { by: ben, values: values(2), now: 30 });
		const away = copyOf(doc);
		answerNamed(away, id, { by: ben, values: values(5), now: 40 });
		answerNamed(away, id, { by: ana, values: values(4), now: 41 });
		closeRound(doc, id, {
			by: ana,
			because: 'closed-by-facilitator',
			now: 50,
			counted: getRound(doc, id)!.answers,
			asked: 3
		});
		sync(doc, away);
		for (const copy of [doc, away]) {
			const summary = summariseRound(getRound(copy, id)!);
			expect(summary.answers).toBe(1);
			expect(summary.questions[0]).toMatchObject({ kind: 'rating', average: 2 });
		}
	});

	it('sum up ratings (average and spread), choices, yes or no and free text', () => {
		const { doc, id, q, ana, ben } = openRound();
		answerNamed(doc, id, {
			by: ana,
			values: {
				[q[0]!]: { rating: 3 },
				[q[1]!]: { choices: ['Calls', 'Chat'] },
				[q[2]!]: { yes: true },
				[q[3]!]: { text: 'More calls' }
			},
			now: 30
		});
		answerNamed(doc, id, {
			by: ben,
			values: { [q[0]!]: { rating: 5 }, [q[1]!]: { choices: ['Chat'] }, [q[2]!]: { yes: false } },
			now: 31
		});
		const [rating, choice, yesNo, text] = summariseRound(getRound(doc, id)!).questions;
		expect(rating).toMatchObject({ answered: 2, counts: [0, 0, 1, 0, 1], average: 4, spread: 1 });
		expect(choice).toMatchObject({
			counts: [
				{ option: 'Calls', count: 1 },
				{ option: 'Email', count: 0 },
				{ option: 'Chat', count: 2 }
			]
		});
		expect(yesNo).toMatchObject({ yes: 1, no: 1 });
		expect(text).toMatchObject({ texts: ['More calls'] });
	});

	it('compare with the previous round of the same template ("trust: 3.4 → 3.9")', () => {
		const { doc, id, q, ana, ben } = openRound();
		const answer = (round: RoundId, questions: string[], by: typeof ana, rating: number) =>
			answerNamed(doc, round, {
				by,
				values: {
					[questions[0]!]: { rating },
					[questions[1]!]: { choices: ['Calls'] },
					[questions[2]!]: { yes: true }
				},
				now: 30
			});
		answer(id, q, ana, 3);
		answer(id, q, ben, 4);
		closeRound(doc, id, {
			by: ana,
			because: 'closing-date',
			now: 1000,
			counted: getRound(doc, id)!.answers,
			asked: 3
		});
		const next = createRound(doc, {
			title: 'Again',
			template: 'partnership',
			questions: QUESTIONS,
			by: ana,
			now: 1100
		});
		scheduleRound(doc, next, { opensAt: 1200, closesAt: 2000 });
		const nq = getRound(doc, next)!.questions.map((x) => x.id);
		answer(next, nq, ana, 5);
		const rounds = listRounds(doc);
		const now = getRound(doc, next)!;
		const before = previousRound(now, rounds)!;
		expect(before.id).toBe(id);
		const comparison = compareSummaries(summariseRound(now), summariseRound(before));
		expect(comparison.map((c) => [c.question.prompt, c.before, c.after])).toEqual([
			['Trust', 3.5, 5],
			['Met our commitments?', 1, 1]
		]);
		expect(
			reportCards(summariseRound(before), listMembers(doc)).map((c) => [
				c.organisation,
				c.averages[q[0]!]
			])
		).toEqual([
			[null, 3.5],
			['Red Sol', 3],
			['Tamarind Trust', 4]
		]);
	});

	it('keep a step towards improvement linked to the commitment made from it', () => {
		const { doc, id, ana, ben, member } = openRound();
		const step = putStep(doc, id, 'Hold a monthly call')!;
		const commitment = createCommitment(doc, {
			title: 'Hold a monthly call',
			owners: [member(ben)],
			fromRound: { roundId: id, stepId: step },
			by: ana,
			now: 60
		});
		expect(getRound(doc, id)!.steps).toEqual([
			expect.objectContaining({ id: step, text: 'Hold a monthly call', commitmentId: commitment })
		]);
	});
});
