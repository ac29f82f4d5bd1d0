import { describe, expect, it } from 'vitest';
import type { WorkspaceId } from '../doc';
import { group } from './test-group';

const DAY = 24 * 60 * 60 * 1000;

describe('a workspace over in-memory ports, as the app opens it', () => {
	it('is created from the templates with its creator as facilitator, and joined by invite', async () => {
		const { first, second, bea } = await group();
		expect(first.documents.list().map((d) => d.title)).toEqual([
			'Charter',
			'Membership rules',
			'Mutual-accountability commitments'
		]);
		expect(second.documents.list()).toEqual(first.documents.list());
		expect(first.members.isFacilitator()).toBe(true);
		expect(second.members.isFacilitator()).toBe(false);
		expect(second.members.list().map((m) => m.name)).toEqual(['Amina', 'Bea']);
		// Bea's device lists the workspace under its name once it has arrived.
		expect((await bea.listings.get(second.id))?.name).toBe('Water committee');
	});

	it('tells when the date changes where this person is, once a day', async () => {
		const { first, clock } = await group();
		const days: string[] = [];
		const stop = first.commitments.observeToday(() => days.push(first.commitments.today()));
		clock.advance(DAY / 4);
		expect(days.length).toBeLessThanOrEqual(1);
		const before = days.length;
		clock.advance(DAY);
		expect(days.length).toBe(before + 1);
		expect(days.at(-1)).toBe(first.commitments.today());
		stop();
		clock.advance(2 * DAY);
		expect(days.length).toBe(before + 1);
	});

	it('records who wrote what from a person’s first change on this copy', async () => {
		const { first, second, network } = await group();
		const charter = second.documents.list()[0]!.id;
		second.documents.body(charter)!.insert(0, 'Bea wrote this. ');
		await new Promise((resolve) => setImmediate(resolve));
		network.drain();
		expect(first.writerOf(second.doc.clientID)).toBe(second.members.me);
		expect(
			first.texts.authored(charter, first.members.list())?.legend.map((m) => m?.name)
		).toContain('Bea');
	});

	it('closes a decision once its rule is met, and one whose closing date passes on its clock', async () => {
		const { first, second, network, clock } = await group();
		const charter = first.documents.list()[0]!.id;
		const settled = first.decisions.openDecision(charter, {
			version: { newName: 'Draft 1' },
			question: 'Adopt draft 1?',
			rule: 'consent',
			quorum: null,
			closesAt: clock.now() + 7 * DAY
		});
		const waiting = first.decisions.openDecision(charter, {
			version: { newName: 'Draft 2' },
			question: 'Adopt draft 2?',
			rule: 'majority',
			quorum: null,
			closesAt: clock.now() + DAY
		});
		const settle = async () => {
			for (let i = 0; i < 3; i++) {
				network.drain();
				await new Promise((resolve) => setImmediate(resolve));
			}
		};
		await settle();
		expect(first.decisions.answer(settled, 'agree', '')).toBe(true);
		expect(second.decisions.answer(settled, 'agree', 'Fine by me')).toBe(true);
		await settle();
		const outcome = (id: typeof settled) =>
			second.decisions.all().find((d) => d.id === id)?.outcome ?? null;
		expect(outcome(settled)).toMatchObject({
			result: 'adopted',
			because: 'rule-met',
			closedBy: null
		});
		expect(outcome(waiting)).toBeNull();
		clock.advance(DAY + 60_000);
		await settle();
		expect(outcome(waiting)).toMatchObject({ because: 'closing-date', closedBy: null });
	});

	it('keeps the listing’s name in step with a rename made on another copy', async () => {
		const { second, first, network, bea } = await group();
		expect(first.rename('Water and sanitation committee')).toBe(true);
		network.drain();
		expect(second.name).toBe('Water and sanitation committee');
		await Promise.resolve();
		expect((await bea.listings.get(second.id as WorkspaceId))?.name).toBe(
			'Water and sanitation committee'
		);
	});
});
