import { describe, expect, it } from 'vitest';
import { plainTextOf } from '../doc';
import { runsIn } from '../export/read-model/compare';
import { AmendmentRefusedError } from './operations/amendments';
import { SubmitRefusedError } from './operations/amendment-draft';
import { group } from './test-group';

const DAY = 24 * 60 * 60 * 1000;

/** Bea drafts "every quarter" at the end of the charter's first paragraph and submits it. */
async function proposed() {
	const g = await group();
	const charter = g.first.documents.list()[0]!.id;
	const draft = (await g.second.amendments.openDraft(charter, 'the first paragraph'))!;
	const body = draft.body;
	const end = plainTextOf(body).indexOf('\n');
	body.insert(end, ' Every quarter.');
	return { ...g, charter, draft };
}

describe('amendments between two copies', () => {
	it('are kept as drafts on the device until submitted, then reviewed as a diff by everyone', async () => {
		const { first, second, charter, draft, bea, settle } = await proposed();
		await draft.keep();
		draft.close();
		expect(await bea.drafts.documents(second.id)).toEqual([charter]);
		const again = (await second.amendments.openDraft(charter))!;
		expect(again.quote).toBe('the first paragraph');
		expect(plainTextOf(again.body)).toContain('Every quarter.');
		await expect(again.submit()).rejects.toEqual(new SubmitRefusedError('no-rationale'));
		again.rationale = 'We need a rhythm.';
		const id = await again.submit();
		expect(await bea.drafts.documents(second.id)).toEqual([]);
		await settle();
		const [amendment] = first.amendments.list(charter);
		expect(amendment).toMatchObject({ id, rationale: 'We need a rhythm.', outcome: null });
		const diff = first.amendments.diff(amendment!)!;
		expect(diff.today).toBeNull();
		expect(diff.proposed.inserted).toBe(' Every quarter.'.length);
		// The group's text is not changed by a proposal.
		expect(plainTextOf(first.documents.body(charter)!)).not.toContain('Every quarter.');
	});

	it('are taken into the text when a decision on them is adopted', async () => {
		const { first, second, charter, draft, clock, settle } = await proposed();
		draft.rationale = 'We need a rhythm.';
		const id = await draft.submit();
		await settle();
		expect(() => second.amendments.accept(id)).toThrow(new AmendmentRefusedError('not-allowed'));
		const decision = first.decisions.openDecision(charter, {
			version: { amendment: id },
			question: 'Adopt Bea’s amendment?',
			rule: 'consent',
			quorum: null,
			closesAt: clock.now() + DAY
		});
		expect(() => first.amendments.accept(id)).toThrow(new AmendmentRefusedError('deciding'));
		expect(
			first.decisions.problemWith({
				version: { amendment: id },
				question: 'Again?',
				rule: 'consent',
				quorum: null,
				closesAt: clock.now() + DAY
			})
		).toBe('amendment-ended');
		await settle();
		first.decisions.answer(decision, 'agree', '');
		second.decisions.answer(decision, 'agree', '');
		await settle();
		await settle();
		for (const copy of [first, second]) {
			expect(plainTextOf(copy.documents.body(charter)!)).toContain('Every quarter.');
			expect(copy.amendments.get(id)!.outcome).toMatchObject({
				result: 'accepted',
				decisionId: decision
			});
		}
		// The accepted words are Bea's.
		const authored = first.texts.authored(charter, first.members.list())!;
		const writer = runsIn(authored.blocks).find((run) =>
			run.text.includes('Every quarter.')
		)!.writer!;
		expect(authored.authorOf.get(writer)?.name).toBe('Bea');
	});

	it('are refused to observers, and end only once', async () => {
		const { first, second, charter, draft, settle } = await proposed();
		draft.rationale = 'We need a rhythm.';
		const id = await draft.submit();
		await settle();
		first.amendments.reject(id);
		expect(() => first.amendments.accept(id)).toThrow(new AmendmentRefusedError('ended'));
		await settle();
		expect(() => second.amendments.withdraw(id)).toThrow(new AmendmentRefusedError('ended'));
		expect(second.amendments.get(id)!.outcome?.result).toBe('rejected');
		first.members.setRole(second.members.me, 'observer');
		await settle();
		await expect(second.amendments.openDraft(charter)).rejects.toEqual(
			new AmendmentRefusedError('not-allowed')
		);
	});
});
