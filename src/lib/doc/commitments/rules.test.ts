import { describe, expect, it } from 'vitest';
import { listMembers, setMemberLeft } from '../members';
import { asIsoDate, localIsoDate } from '../dates';
import { getCommitment } from './read';
import {
	dueState,
	isCheckInDue,
	keeps,
	mayCheckIn,
	mayEditCheckIn,
	mayEditCommitment,
	mayOwn
} from './rules';
import { testWorkspace } from './test-workspace';
import { addCheckIn, createCommitment, setCommitmentStatus } from './write';

const date = (value: string) => asIsoDate(value)!;
const DAY = 86_400_000;

function withCommitment() {
	const workspace = testWorkspace();
	const { doc, ana, ben, member } = workspace;
	const id = createCommitment(doc, {
		title: 'Pilot',
		owners: [member(ben)],
		startOn: date('2027-01-01'),
		dueOn: date('2027-03-31'),
		by: ana,
		now: Date.UTC(2027, 0, 1, 9)
	});
	return { ...workspace, id, read: () => getCommitment(doc, id)! };
}

describe('due dates', () => {
	it('are told apart in days: later, due soon, due today, overdue, and nothing once done', () => {
		const { doc, ana, id, read } = withCommitment();
		expect(dueState(read(), date('2027-03-01'))).toEqual({ kind: 'later', days: 30 });
		expect(dueState(read(), date('2027-03-25'))).toEqual({ kind: 'due-soon', days: 6 });
		expect(dueState(read(), date('2027-03-31'))).toEqual({ kind: 'due-today' });
		expect(dueState(read(), date('2027-04-02'))).toEqual({ kind: 'overdue', days: 2 });
		setCommitmentStatus(doc, id, { status: 'done', by: ana, now: Date.UTC(2027, 3, 2) });
		expect(dueState(read(), date('2027-04-02'))).toEqual({ kind: 'closed' });
	});

	it('are read on the reader’s calendar: the same moment is another day in Auckland than in Honolulu', () => {
		const moment = Date.UTC(2027, 2, 31, 12);
		const auckland = localIsoDate(moment, 'Pacific/Auckland');
		const honolulu = localIsoDate(moment, 'Pacific/Honolulu');
		expect([auckland, honolulu]).toEqual(['2027-04-01', '2027-03-31']);
		const { read } = withCommitment();
		expect(dueState(read(), auckland).kind).toBe('overdue');
		expect(dueState(read(), honolulu).kind).toBe('due-today');
	});
});

describe('check-ins', () => {
	it('fall due when none was made within the interval, counted from the start until the first', () => {
		const { doc, ben, id, read } = withCommitment();
		expect(isCheckInDue(read(), date('2027-01-30'), 30, 'UTC')).toBe(false);
		expect(isCheckInDue(read(), date('2027-01-31'), 30, 'UTC')).toBe(true);
		addCheckIn(doc, id, {
			status: 'on-track',
			narrative: '',
			evidence: null,
			by: ben,
			now: Date.UTC(2027, 0, 20)
		});
		expect(isCheckInDue(read(), date('2027-02-18'), 30, 'UTC')).toBe(false);
		expect(isCheckInDue(read(), date('2027-02-19'), 30, 'UTC')).toBe(true);
		expect(isCheckInDue(read(), date('2027-01-31'), 7, 'UTC')).toBe(true);
	});

	it('may be edited by who wrote them for a day while they take part, and by nobody else', () => {
		const { doc, ana, ben, id, read } = withCommitment();
		const at = Date.UTC(2027, 0, 20);
		addCheckIn(doc, id, { status: null, narrative: 'x', evidence: null, by: ben, now: at });
		const checkIn = read().checkIns[0]!;
		const members = () => listMembers(doc);
		expect(mayEditCheckIn(members(), checkIn, ben, at + DAY - 1)).toBe(true);
		expect(mayEditCheckIn(members(), checkIn, ben, at + DAY)).toBe(false);
		expect(mayEditCheckIn(members(), checkIn, ana, at + 1)).toBe(false);
		setMemberLeft(doc, ben, at + 2);
		expect(mayEditCheckIn(members(), checkIn, ben, at + 3)).toBe(false);
	});
});

describe('who may do what', () => {
	it('owners, who made it and facilitators edit; observers and who left do not', () => {
		const { doc, ana, ben, olu, read } = withCommitment();
		const members = () => listMembers(doc);
		expect(mayEditCommitment(members(), read(), ben)).toBe(true);
		expect(mayEditCommitment(members(), read(), ana)).toBe(true);
		expect(mayEditCommitment(members(), read(), olu)).toBe(false);
		expect(mayCheckIn(members(), olu)).toBe(false);
		expect(mayOwn(members().find((m) => m.id === olu)!)).toBe(false);
		setMemberLeft(doc, ben, 5);
		expect(mayEditCommitment(members(), read(), ben)).toBe(false);
		expect(mayCheckIn(members(), ben)).toBe(false);
	});

	it('an organisation’s commitment is kept by each of its members, however they spell it', () => {
		const { doc, ana } = testWorkspace();
		const id = createCommitment(doc, {
			title: 'Host the March meeting',
			owners: [{ kind: 'organisation', name: 'RED SOL' }],
			by: ana,
			now: 1
		});
		const [anaMember, benMember] = listMembers(doc);
		expect(keeps(getCommitment(doc, id)!, anaMember!)).toBe(true);
		expect(keeps(getCommitment(doc, id)!, benMember!)).toBe(false);
	});
});
