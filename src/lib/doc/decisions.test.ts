import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	agreedDecision,
	answerDecision,
	closeDecision,
	decisionsMap,
	dueToClose,
	listDecisions,
	openDecision
} from './decisions';
import { addDocument } from './documents';
import { newMemberId, type DocumentId, type MemberId } from './ids';
import { setMemberRole, upsertMember } from './members';
import { createWorkspaceDoc } from './schema';
import { saveVersion } from './versions';

const ama = newMemberId();
const bea = newMemberId();
const chidi = newMemberId();

function group(): { doc: Y.Doc; id: DocumentId } {
	const doc = createWorkspaceDoc();
	upsertMember(doc, { id: ama, name: 'Ama', colour: '#1f5f5b', role: 'facilitator', now: 1 });
	upsertMember(doc, { id: bea, name: 'Bea', colour: '#145a86', role: 'member', now: 2 });
	upsertMember(doc, { id: chidi, name: 'Chidi', colour: '#7a3e9d', role: 'member', now: 3 });
	const id = addDocument(doc, { title: 'Charter', kind: 'charter', now: 1 });
	return { doc, id };
}

function open(doc: Y.Doc, documentId: DocumentId, rule: 'consent' | 'majority' = 'consent') {
	const versionId = saveVersion(doc, { documentId, name: 'v1', author: ama, now: 5 });
	return openDecision(doc, {
		documentId,
		versionId,
		question: 'Adopt the charter?',
		rule,
		quorum: null,
		closesAt: 1000,
		openedBy: ama,
		now: 6
	});
}

const answer = (
	doc: Y.Doc,
	id: ReturnType<typeof open>,
	member: MemberId,
	kind: 'agree' | 'stand-aside' | 'object',
	now = 10
) => answerDecision(doc, id, { member, answer: kind, reason: '', now });

describe('decisions', () => {
	it('answered offline by two members on two copies merge into one state with both answers', () => {
		const { doc: a, id } = group();
		const decision = open(a, id);
		const b = new Y.Doc({ gc: false });
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		answer(a, decision, bea, 'agree');
		answerDecision(b, decision, {
			member: chidi,
			answer: 'stand-aside',
			reason: ' busy ',
			now: 11
		});
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		for (const copy of [a, b]) {
			expect(listDecisions(copy, id)[0]!.answers).toEqual({
				[bea]: { answer: 'agree', reason: '', at: 10 },
				[chidi]: { answer: 'stand-aside', reason: 'busy', at: 11 }
			});
		}
	});

	it('take a changed answer until they close, then refuse answers and keep the record', () => {
		const { doc, id } = group();
		const decision = open(doc, id);
		answer(doc, decision, bea, 'object');
		answer(doc, decision, bea, 'agree', 12);
		expect(listDecisions(doc, id)[0]!.answers[bea]).toEqual({
			answer: 'agree',
			reason: '',
			at: 12
		});
		expect(dueToClose(doc, listDecisions(doc, id)[0]!, 20)).toBeNull();
		expect(
			closeDecision(doc, decision, { by: ama, because: 'closed-by-facilitator', now: 30 })
		).toBe(true);
		expect(answer(doc, decision, chidi, 'object')).toBe(false);
		expect(
			closeDecision(doc, decision, { by: ama, because: 'closed-by-facilitator', now: 31 })
		).toBe(false);
		const closed = listDecisions(doc, id)[0]!;
		expect(closed.outcome).toMatchObject({
			result: 'adopted',
			closedAt: 30,
			closedBy: ama,
			because: 'closed-by-facilitator',
			answers: { [bea]: { answer: 'agree' } },
			counts: { agree: 1, object: 0, answered: 1, eligible: 3 }
		});
		expect(agreedDecision(doc, id)?.id).toBe(decision);
	});

	it('are due to close when the rule is met or the closing date passes', () => {
		const { doc, id } = group();
		const decision = open(doc, id, 'majority');
		const read = () => listDecisions(doc, id)[0]!;
		expect(dueToClose(doc, read(), 999)).toBeNull();
		expect(dueToClose(doc, read(), 1000)).toBe('closing-date');
		answer(doc, decision, ama, 'agree');
		answer(doc, decision, bea, 'agree');
		expect(dueToClose(doc, read(), 20)).toBe('rule-met');
	});

	it('count observers out, and a facilitator can make a member a facilitator', () => {
		const { doc, id } = group();
		setMemberRole(doc, chidi, 'observer');
		const decision = open(doc, id);
		answer(doc, decision, ama, 'agree');
		answer(doc, decision, bea, 'agree');
		expect(dueToClose(doc, listDecisions(doc, id)[0]!, 20)).toBe('rule-met');
		expect(setMemberRole(doc, bea, 'facilitator')).toBe(true);
		expect(setMemberRole(doc, newMemberId(), 'facilitator')).toBe(false);
	});

	it('a rejected decision leaves no agreed version; the latest adopted one wins', () => {
		const { doc, id } = group();
		const first = open(doc, id);
		answer(doc, first, bea, 'object');
		closeDecision(doc, first, { by: ama, because: 'closing-date', now: 40 });
		expect(agreedDecision(doc, id)).toBeNull();
		const second = open(doc, id);
		answer(doc, second, bea, 'agree');
		closeDecision(doc, second, { by: null, because: 'closing-date', now: 50 });
		expect(agreedDecision(doc, id)?.id).toBe(second);
	});

	it('damaged by a peer are left out, never thrown on', () => {
		const { doc, id } = group();
		const odd = new Y.Map<unknown>();
		odd.set('documentId', id);
		odd.set('versionId', 'x');
		odd.set('question', 'Q?');
		odd.set('rule', 'dictator');
		odd.set('closesAt', 5);
		doc.transact(() => {
			decisionsMap(doc).set('oddoddoddoddoddodd01', odd);
			(decisionsMap(doc) as Y.Map<unknown>).set('textextextextextext01', 'text');
		});
		expect(listDecisions(doc, id)).toEqual([]);
	});

	it('keep a hostile member id a plain key, and drop impossible dates', () => {
		const { doc, id } = group();
		const decision = open(doc, id);
		const entry = decisionsMap(doc).get(decision)!;
		const answers = entry.get('answers') as Y.Map<unknown>;
		answers.set('constructor', { answer: 'agree', reason: 'x\u202Ey', at: 1 });
		answers.set('toString', 'not an answer');
		const read = listDecisions(doc, id)[0]!;
		expect(Object.keys(read.answers)).toEqual(['constructor']);
		expect(read.answers['constructor']!.reason).toBe('x y');
		expect(read.answers['valueOf']).toBeUndefined();
		entry.set('closesAt', Number.NaN);
		expect(listDecisions(doc, id)).toEqual([]);
		entry.set('closesAt', 1e300);
		expect(listDecisions(doc, id)).toEqual([]);
	});
});
