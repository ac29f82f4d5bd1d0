import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { englishRoundTemplates, RoundInputError } from '../doc';
import { RoundRefusedError } from './operations/feedback';
import { group } from './test-group';

const DAY = 24 * 60 * 60 * 1000;
const partnership = englishRoundTemplates.find((t) => t.key === 'partnership')!;

/** Amina writes the partnership round and opens it for a week; Bea is a member. */
async function opened(named: boolean) {
	const g = await group();
	const id = g.first.feedback.create({ ...partnership, named });
	g.first.feedback.open(id, { closesAt: g.clock.now() + 7 * DAY });
	await g.settle();
	const round = g.second.feedback.get(id)!;
	const ratings = Object.fromEntries(
		round.questions.filter((q) => q.kind === 'rating').map((q) => [q.id, { rating: 4 }])
	);
	return { ...g, id, ratings };
}

describe('feedback rounds between two copies', () => {
	it('are written and opened by facilitators only, and answered by members until they close', async () => {
		const { first, second, id, ratings, clock, settle } = await opened(true);
		expect(() => second.feedback.create({ title: 'Mine' })).toThrow(RoundRefusedError);
		expect(() => second.feedback.putQuestion(id, { kind: 'text', prompt: 'Late?' })).toThrow(
			RoundRefusedError
		);
		second.feedback.answer(id, ratings);
		second.feedback.answer(id, { ...ratings, [Object.keys(ratings)[0]!]: { rating: 1 } });
		await settle();
		expect(first.feedback.get(id)!.answers).toHaveLength(1);
		expect(first.feedback.myAnswer(first.feedback.get(id)!)).toBeNull();
		expect(second.feedback.myAnswer(second.feedback.get(id)!)?.values).toMatchObject({
			[Object.keys(ratings)[0]!]: { rating: 1 }
		});
		expect(() =>
			second.feedback.answer(id, { ...ratings, [Object.keys(ratings)[0]!]: { rating: 0 } })
		).toThrow(RoundInputError);
		// Closed by a copy in step once its date has passed; later answers are refused.
		clock.advance(8 * DAY);
		await settle();
		const round = second.feedback.get(id)!;
		expect(round.outcome).toMatchObject({ because: 'closing-date', respondents: 1 });
		expect(() => second.feedback.answer(id, ratings)).toThrow(new RoundRefusedError('not-open'));
		expect(second.feedback.results(round).summary.questions[0]).toMatchObject({ average: 1 });
	});

	it('keep unnamed answers apart from their writer, changeable only on the device that gave them', async () => {
		const { first, second, id, ratings, bea, settle } = await opened(false);
		second.feedback.answer(id, ratings);
		second.feedback.answer(id, ratings);
		await settle();
		const round = first.feedback.get(id)!;
		expect(round.answers).toHaveLength(1);
		expect(round.answers[0]!.by).toBeNull();
		expect(round.respondents).toEqual([bea.profile().memberId]);
		expect(first.feedback.hasAnswered(round)).toBe(false);
		// The state every copy keeps: no item of the answer is Bea's client, nor says her id.
		const { structs } = Y.decodeUpdate(Y.encodeStateAsUpdate(first.doc));
		const answerItems = structs.filter(
			(s) => s instanceof Y.Item && s.parentSub === round.answers[0]!.key
		);
		expect(answerItems.length).toBeGreaterThan(0);
		for (const item of answerItems) {
			expect(item.id.client).not.toBe(second.doc.clientID);
			expect(second.writerOf(item.id.client)).toBeNull();
		}
		expect(JSON.stringify(round.answers)).not.toContain(bea.profile().memberId);
	});

	it('turn a step towards improvement into a commitment linked back to the round', async () => {
		const { first, id, settle, amina } = await opened(true);
		first.feedback.close(id);
		const step = first.feedback.putStep(id, 'A monthly call of all members');
		const commitment = first.feedback.commit(id, step, {
			title: 'A monthly call of all members',
			owners: [{ kind: 'member', id: amina.profile().memberId }],
			dueOn: null
		});
		await settle();
		expect(first.feedback.get(id)!.steps[0]!.commitmentId).toBe(commitment);
		expect(first.commitments.get(commitment)!.fromRound).toEqual({ roundId: id, stepId: step });
		expect(() => first.feedback.removeStep(id, step)).toThrow(RoundRefusedError);
	});
});
