import { describe, expect, it } from 'vitest';
import { listMembers, setMemberOrganisation } from '../members';
import { asIsoDate } from '../dates';
import { listCommitments } from './read';
import { buildProgressReport } from './report';
import { listSavedReports, saveReport, savedReportState } from './saved-reports';
import { testWorkspace } from './test-workspace';
import { addCheckIn, createCommitment, setCommitmentStatus } from './write';

const date = (value: string) => asIsoDate(value)!;
const at = (day: string, hour = 12) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

/** Three commitments over the first quarter of 2027, checked in on during March. */
function quarter() {
	const workspace = testWorkspace();
	const { doc, ana, ben, member } = workspace;
	const pilot = createCommitment(doc, {
		title: 'Run the pilot',
		owners: [member(ben)],
		dueOn: date('2027-03-15'),
		status: 'on-track',
		by: ana,
		now: at('2027-01-10')
	});
	const meeting = createCommitment(doc, {
		title: 'Host the meeting',
		owners: [{ kind: 'organisation', name: 'red sol' }],
		dueOn: date('2027-06-30'),
		by: ana,
		now: at('2027-03-05')
	});
	const old = createCommitment(doc, {
		title: 'Old work',
		owners: [member(ana)],
		by: ana,
		now: at('2027-01-02')
	});
	setCommitmentStatus(doc, old, { status: 'done', by: ana, now: at('2027-02-01') });
	addCheckIn(doc, pilot, {
		status: 'at-risk',
		narrative: 'Late funds',
		evidence: null,
		by: ben,
		now: at('2027-03-10')
	});
	addCheckIn(doc, meeting, {
		status: 'done',
		narrative: 'Held it',
		evidence: null,
		by: ana,
		now: at('2027-03-20')
	});
	addCheckIn(doc, pilot, {
		status: 'off-track',
		narrative: 'After the period',
		evidence: null,
		by: ben,
		now: at('2027-04-02')
	});
	return { ...workspace, pilot, meeting, old };
}

describe('the record of mutual progress', () => {
	it('gives each commitment its status then and now, the period’s check-ins, what was done and what is overdue', () => {
		const { doc, pilot, meeting } = quarter();
		const report = buildProgressReport(listCommitments(doc), listMembers(doc), {
			from: date('2027-03-01'),
			to: date('2027-03-31'),
			timeZone: 'UTC'
		});
		expect(report.total).toBe(2);
		expect(report.counts).toMatchObject({ 'at-risk': 1, done: 1, 'on-track': 0 });
		const byTitle = Object.fromEntries(
			report.groups.flatMap((g) => g.entries).map((e) => [e.commitment.title, e])
		);
		expect(byTitle['Run the pilot']).toMatchObject({
			then: 'on-track',
			now: 'at-risk',
			overdue: true
		});
		expect(byTitle['Run the pilot']!.checkIns.map((c) => c.narrative)).toEqual(['Late funds']);
		expect(byTitle['Host the meeting']).toMatchObject({ then: null, now: 'done', completed: true });
		expect(report.completed.map((e) => e.commitment.id)).toEqual([meeting]);
		expect(report.overdue.map((e) => e.commitment.id)).toEqual([pilot]);
	});

	it('groups commitments by organisation, however it is spelt, then by member without one', () => {
		const { doc } = quarter();
		const report = buildProgressReport(listCommitments(doc), listMembers(doc), {
			from: date('2027-03-01'),
			to: date('2027-03-31'),
			timeZone: 'UTC'
		});
		expect(
			report.groups.map((g) => [g.kind, g.name, g.entries.map((e) => e.commitment.title)])
		).toEqual([
			['organisation', 'Red Sol', ['Host the meeting']],
			['organisation', 'Tamarind Trust', ['Run the pilot']]
		]);
	});

	it('counts days where the group is: a check-in late on the 31st is in March in Lima, April in Tokyo', () => {
		const { doc, ben, pilot } = quarter();
		setMemberOrganisation(doc, ben, null);
		addCheckIn(doc, pilot, {
			status: null,
			narrative: 'Late call',
			evidence: null,
			by: ben,
			now: at('2027-03-31', 20)
		});
		const inZone = (timeZone: string) =>
			buildProgressReport(listCommitments(doc), listMembers(doc), {
				from: date('2027-03-01'),
				to: date('2027-03-31'),
				timeZone
			})
				.groups.find((g) => g.name === 'Ben')!
				.entries[0]!.checkIns.map((c) => c.narrative);
		expect(inZone('America/Lima')).toEqual(['Late funds', 'Late call']);
		expect(inZone('Asia/Tokyo')).toEqual(['Late funds']);
	});

	it('saved, is produced again exactly as it was sent, whatever changed since', () => {
		const { doc, ana, ben, pilot } = quarter();
		const period = { from: date('2027-03-01'), to: date('2027-03-31'), timeZone: 'UTC' };
		const sent = buildProgressReport(listCommitments(doc), listMembers(doc), period);
		const id = saveReport(doc, { name: 'March report', period, by: ana, now: at('2027-04-01') });
		addCheckIn(doc, pilot, {
			status: 'done',
			narrative: 'Backdated',
			evidence: null,
			by: ben,
			now: at('2027-03-30')
		});
		setMemberOrganisation(doc, ben, 'Another Org');
		const state = savedReportState(doc, id)!;
		expect(listSavedReports(doc)).toEqual([
			{ id, name: 'March report', period, by: ana, createdAt: at('2027-04-01') }
		]);
		expect(buildProgressReport(state.commitments, state.members, state.saved.period)).toEqual(sent);
		expect(buildProgressReport(listCommitments(doc), listMembers(doc), period)).not.toEqual(sent);
	});

	it('keeps a commitment done before the period if it was reopened during it, and leaves out one that stayed done', () => {
		const { doc, ana, old } = quarter();
		const period = { from: date('2027-03-01'), to: date('2027-03-31'), timeZone: 'UTC' };
		const titles = () =>
			buildProgressReport(listCommitments(doc), listMembers(doc), period)
				.groups.flatMap((g) => g.entries)
				.map((e) => e.commitment.title);
		expect(titles()).not.toContain('Old work');
		setCommitmentStatus(doc, old, { status: 'on-track', by: ana, now: at('2027-03-12') });
		expect(titles()).toContain('Old work');
	});
});
