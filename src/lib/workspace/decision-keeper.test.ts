import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	addDocument,
	answerDecision,
	createWorkspaceDoc,
	listDecisions,
	newMemberId,
	openDecision,
	saveVersion,
	upsertMember
} from '../doc';
import { DecisionKeeper } from './decision-keeper';

const ama = newMemberId();
const bea = newMemberId();

function group(closesIn: number) {
	const doc = createWorkspaceDoc();
	upsertMember(doc, { id: ama, name: 'Ama', colour: '#1f5f5b', role: 'facilitator', now: 1 });
	upsertMember(doc, { id: bea, name: 'Bea', colour: '#145a86', role: 'member', now: 2 });
	const documentId = addDocument(doc, { title: 'Charter', kind: 'charter', now: 1 });
	const versionId = saveVersion(doc, { documentId, name: 'v1', author: ama, now: 1 });
	const decision = openDecision(doc, {
		documentId,
		versionId,
		question: 'Adopt?',
		rule: 'consent',
		quorum: null,
		closesAt: Date.now() + closesIn,
		openedBy: ama,
		now: Date.now()
	});
	return { doc, documentId, decision };
}

describe('the decision keeper', () => {
	afterEach(() => vi.useRealTimers());

	it('records the outcome once everyone has answered', async () => {
		const { doc, documentId, decision } = group(60_000);
		const keeper = new DecisionKeeper(doc, () => true);
		answerDecision(doc, decision, { member: ama, answer: 'agree', reason: '', now: 1 });
		await Promise.resolve();
		expect(listDecisions(doc, documentId)[0]!.outcome).toBeNull();
		answerDecision(doc, decision, { member: bea, answer: 'stand-aside', reason: '', now: 2 });
		await Promise.resolve();
		expect(listDecisions(doc, documentId)[0]!.outcome).toMatchObject({
			result: 'adopted',
			because: 'rule-met'
		});
		keeper.destroy();
	});

	it('records the outcome when the closing date passes, and not before', async () => {
		vi.useFakeTimers();
		const { doc, documentId, decision } = group(5 * 60_000);
		const keeper = new DecisionKeeper(doc, () => true);
		answerDecision(doc, decision, { member: bea, answer: 'object', reason: 'Too soon', now: 1 });
		await vi.advanceTimersByTimeAsync(4 * 60_000);
		expect(listDecisions(doc, documentId)[0]!.outcome).toBeNull();
		await vi.advanceTimersByTimeAsync(61_000);
		expect(listDecisions(doc, documentId)[0]!.outcome).toMatchObject({
			result: 'rejected',
			because: 'closing-date'
		});
		keeper.destroy();
	});
});

describe('a copy that is not in step with the group', () => {
	it('records nothing, even when a decision looks due, until it catches up', async () => {
		const { doc, documentId, decision } = group(-1);
		let inStep = false;
		const keeper = new DecisionKeeper(doc, () => inStep);
		answerDecision(doc, decision, { member: bea, answer: 'agree', reason: '', now: 1 });
		await Promise.resolve();
		expect(listDecisions(doc, documentId)[0]!.outcome).toBeNull();
		inStep = true;
		keeper.check();
		await Promise.resolve();
		expect(listDecisions(doc, documentId)[0]!.outcome).toMatchObject({ because: 'closing-date' });
		keeper.destroy();
	});
});
