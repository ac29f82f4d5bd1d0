import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { setMemberRole } from '../members';
import { CHECK_IN, COMMITMENT } from '../schema';
import { asIsoDate } from '../dates';
import { commitmentsMap, getCommitment, listCommitments } from './read';
import { copyOf, sync, testWorkspace } from './test-workspace';
import type { CommitmentId } from './types';
import {
	addCheckIn,
	CommitmentInputError,
	createCommitment,
	deleteCommitment,
	editCheckIn,
	setCommitmentStatus,
	updateCommitment
} from './write';

const date = (value: string) => asIsoDate(value)!;

describe('commitments', () => {
	it('are made with their fields cleaned and read back whole', () => {
		const { doc, ana, ben, member } = testWorkspace();
		const id = createCommitment(doc, {
			title: '  Publish   the pilot report ',
			description: 'Line one\r\n\r\n\r\n\r\nLine two\u0007',
			owners: [member(ben), { kind: 'organisation', name: ' Red  Sol ' }],
			owedTo: { kind: 'communities' },
			dueOn: date('2027-03-31'),
			progress: 140,
			by: ana,
			now: 10
		});
		expect(getCommitment(doc, id)).toMatchObject({
			title: 'Publish the pilot report',
			description: 'Line one\n\nLine two',
			owners: [member(ben), { kind: 'organisation', name: 'Red Sol' }],
			owedTo: { kind: 'communities' },
			startOn: null,
			dueOn: '2027-03-31',
			status: 'not-started',
			progress: 100,
			createdBy: ana,
			createdAt: 10,
			checkIns: []
		});
	});

	it('are refused without a title or an owner, and nothing is written', () => {
		const { doc, ana, member } = testWorkspace();
		const before = Y.encodeStateVector(doc);
		expect(() =>
			createCommitment(doc, { title: ' ', owners: [member(ana)], by: ana, now: 1 })
		).toThrow(CommitmentInputError);
		expect(() => createCommitment(doc, { title: 'A', owners: [], by: ana, now: 1 })).toThrow(
			expect.objectContaining({ field: 'owners' })
		);
		expect(Y.encodeStateVector(doc)).toEqual(before);
	});

	it('edited apart on two copies keep both edits, and check-ins made apart all survive in date order', () => {
		const { doc: a, ana, ben, member } = testWorkspace();
		const id = createCommitment(a, { title: 'Pilot', owners: [member(ben)], by: ana, now: 10 });
		const b = copyOf(a);
		updateCommitment(a, id, { dueOn: date('2027-01-15') });
		updateCommitment(b, id, { title: 'Pilot in two towns' });
		addCheckIn(a, id, {
			status: 'on-track',
			narrative: 'Started',
			evidence: null,
			by: ana,
			now: 30
		});
		addCheckIn(b, id, {
			status: 'at-risk',
			narrative: 'Funding late',
			evidence: null,
			by: ben,
			now: 20
		});
		sync(a, b);
		for (const doc of [a, b]) {
			const commitment = getCommitment(doc, id)!;
			expect(commitment.title).toBe('Pilot in two towns');
			expect(commitment.dueOn).toBe('2027-01-15');
			expect(commitment.checkIns.map((c) => c.narrative)).toEqual(['Funding late', 'Started']);
			// The latest word on it, whichever copy gave it.
			expect(commitment.status).toBe('on-track');
		}
	});

	it('take the status given last, whether set or reported in a check-in', () => {
		const { doc, ana, ben, member } = testWorkspace();
		const id = createCommitment(doc, { title: 'Pilot', owners: [member(ben)], by: ana, now: 10 });
		addCheckIn(doc, id, { status: 'at-risk', narrative: '', evidence: null, by: ben, now: 20 });
		expect(getCommitment(doc, id)!.status).toBe('at-risk');
		setCommitmentStatus(doc, id, { status: 'done', by: ana, now: 25 });
		addCheckIn(doc, id, {
			status: null,
			narrative: 'Report sent',
			evidence: null,
			by: ben,
			now: 30
		});
		expect(getCommitment(doc, id)).toMatchObject({ status: 'done', statusAt: 25 });
	});

	it('keep check-in evidence to http and https links', () => {
		const { doc, ana, ben, member } = testWorkspace();
		const id = createCommitment(doc, { title: 'Pilot', owners: [member(ben)], by: ana, now: 1 });
		const ok = addCheckIn(doc, id, {
			status: null,
			narrative: 'Minutes',
			evidence: 'https://example.org/minutes?id=1',
			by: ben,
			now: 2
		})!;
		addCheckIn(doc, id, {
			status: null,
			narrative: 'Bad link',
			evidence: 'javascript:alert(1)',
			by: ben,
			now: 3
		});
		const [first, second] = getCommitment(doc, id)!.checkIns;
		expect(first).toMatchObject({ id: ok, evidence: 'https://example.org/minutes?id=1' });
		expect(second!.evidence).toBeNull();
		expect(
			editCheckIn(doc, id, ok, {
				status: 'done',
				narrative: 'Minutes, signed',
				evidence: null,
				now: 9
			})
		).toBe(true);
		expect(getCommitment(doc, id)!.checkIns[0]).toMatchObject({
			narrative: 'Minutes, signed',
			evidence: null,
			editedAt: 9
		});
	});

	it('deleted on one copy while checked in on another stay deleted', () => {
		const { doc: a, ana, ben, member } = testWorkspace();
		const id = createCommitment(a, { title: 'Pilot', owners: [member(ben)], by: ana, now: 1 });
		const b = copyOf(a);
		deleteCommitment(a, id);
		addCheckIn(b, id, { status: 'on-track', narrative: 'x', evidence: null, by: ben, now: 2 });
		sync(a, b);
		expect(listCommitments(a)).toEqual([]);
		expect(listCommitments(b)).toEqual([]);
	});

	it('sent malformed by a peer are ignored or clamped with a warning, never thrown', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { doc, ana, ben } = testWorkspace();
		setMemberRole(doc, ben, 'member');
		const hostile = new Y.Map<unknown>();
		const checkIns = new Y.Map<unknown>();
		const badCheckIn = new Y.Map<unknown>();
		const bigCheckIn = new Y.Map<unknown>();
		doc.transact(() => {
			commitmentsMap(doc).set('hostilehostilehostil1', hostile);
			hostile.set(COMMITMENT.title, '<img src=x onerror=alert(1)>');
			hostile.set(COMMITMENT.statuses, new Y.Map<unknown>([['x', { status: 'exploded', at: 5 }]]));
			hostile.set(COMMITMENT.dueOn, 'next tuesday');
			hostile.set(COMMITMENT.reviewOn, '2026-02-30');
			hostile.set(COMMITMENT.owners, [
				{ kind: 'member', id: ben },
				{ kind: 'member', id: 'notamembernotamember1' },
				{ kind: 'wizard' },
				'text'
			]);
			hostile.set(COMMITMENT.owedTo, { kind: 'member', id: '../../etc' });
			hostile.set(COMMITMENT.progress, Number.NaN);
			hostile.set(COMMITMENT.source, { documentId: 42, start: 'x' });
			hostile.set(COMMITMENT.checkIns, checkIns);
			checkIns.set('badbadbadbadbadbadbad1', badCheckIn);
			badCheckIn.set(CHECK_IN.by, ana);
			checkIns.set('bigbigbigbigbigbigbig1', bigCheckIn);
			bigCheckIn.set(CHECK_IN.by, ana);
			bigCheckIn.set(CHECK_IN.at, 7);
			bigCheckIn.set(CHECK_IN.status, 'on-fire');
			bigCheckIn.set(CHECK_IN.narrative, 'x'.repeat(10_000_000));
			(commitmentsMap(doc) as Y.Map<unknown>).set('notamapnotamapnotama1', 'text');
			commitmentsMap(doc).set('untitleduntitleduntit1', new Y.Map<unknown>());
		});
		const [read, ...others] = listCommitments(doc);
		expect(others).toEqual([]);
		expect(read).toMatchObject({
			id: 'hostilehostilehostil1',
			title: '<img src=x onerror=alert(1)>',
			status: 'not-started',
			dueOn: null,
			reviewOn: null,
			owners: [{ kind: 'member', id: ben }],
			owedTo: { kind: 'group' },
			progress: null,
			source: null
		});
		expect(read!.checkIns).toHaveLength(1);
		expect(read!.checkIns[0]!.status).toBeNull();
		expect(read!.checkIns[0]!.narrative).toHaveLength(4000);
		expect(warn).toHaveBeenCalled();
		warn.mockRestore();
	});

	it('left unread by a copy that does not know the id', () => {
		const { doc } = testWorkspace();
		expect(getCommitment(doc, 'nosuchnosuchnosuchno1' as CommitmentId)).toBeNull();
		expect(updateCommitment(doc, 'nosuchnosuchnosuchno1' as CommitmentId, { title: 'x' })).toBe(
			false
		);
	});
});
