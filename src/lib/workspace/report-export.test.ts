import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	addCheckIn,
	asIsoDate,
	buildProgressReport,
	createCommitment,
	listCommitments,
	listMembers,
	setCommitmentStatus,
	type CommitmentStatus,
	type OwedTo
} from '../doc';
import { testWorkspace } from '../doc/commitments/test-workspace';
import { exportReportFile, type CsvHeadings, type ReportTexts } from './report-export';

const headings: CsvHeadings = {
	commitment: 'Title',
	owners: 'Owners',
	owedTo: 'Owed to',
	startOn: 'Start',
	dueOn: 'Due',
	reviewOn: 'Review',
	statusThen: 'Then',
	statusNow: 'Now',
	newInPeriod: 'New',
	progress: 'Progress',
	source: 'Source',
	checkInAt: (timeZone) => `Check-in time (${timeZone})`,
	checkInBy: 'By',
	checkInStatus: 'Check-in status',
	narrative: 'What happened',
	evidence: 'Evidence'
};

/** The report's texts with only what the CSV reads filled in. */
function texts(names: Map<string, string>): ReportTexts {
	const labels = {
		statusName: (status: CommitmentStatus) => status,
		person: (id: string) => names.get(id) ?? '?',
		owedToName: (owedTo: OwedTo) => owedTo.kind,
		source: () => null
	};
	return { csv: headings, labels, title: 'Report' } as unknown as ReportTexts;
}

async function csvOf(timeZone: string) {
	const { doc, ana, ben, member } = testWorkspace();
	const at = (iso: string) => Date.parse(iso);
	const older = createCommitment(doc, {
		title: 'Run the pilot',
		owners: [member(ben)],
		by: ana,
		now: at('2027-02-10T09:00:00Z')
	});
	setCommitmentStatus(doc, older, { status: 'on-track', by: ana, now: at('2027-02-11T09:00:00Z') });
	addCheckIn(doc, older, {
		status: 'at-risk',
		narrative: 'Two villages said no',
		evidence: null,
		by: ben,
		now: at('2027-03-31T23:30:00Z')
	});
	createCommitment(doc, {
		title: '=Map wells',
		owners: [member(ana)],
		by: ana,
		now: at('2027-03-02T10:00:00Z')
	});
	const members = listMembers(doc);
	const report = buildProgressReport(listCommitments(doc), members, {
		from: asIsoDate('2027-03-01')!,
		to: asIsoDate('2027-04-30')!,
		timeZone
	});
	const names = new Map(members.map((m) => [m.id as string, m.name]));
	const file = await exportReportFile(
		report,
		'csv',
		{ workspaceName: 'W', language: 'en', now: 0 },
		texts(names)
	);
	const text = new TextDecoder().decode(await file.blob.arrayBuffer()).replace(/^\uFEFF/, '');
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
}

describe('the CSV of a progress report', () => {
	it('gives each commitment its status then and now, and check-in times on the report’s clock', async () => {
		const { data, meta } = await csvOf('Asia/Tokyo');
		expect(meta.fields).toContain('Check-in time (Asia/Tokyo)');
		const pilot = data.find((row) => row.Title === 'Run the pilot')!;
		expect(pilot).toMatchObject({
			Then: 'on-track',
			Now: 'at-risk',
			'Check-in time (Asia/Tokyo)': '2027-04-01 08:30',
			By: 'Ben'
		});
		const wells = data.find((row) => row.Title?.endsWith('Map wells'))!;
		expect(wells).toMatchObject({
			Then: 'New',
			Now: 'not-started',
			'Check-in time (Asia/Tokyo)': ''
		});
		expect(wells.Title).not.toMatch(/^=/);
	});

	it('counts the same moment on another clock for a report made in another time zone', async () => {
		const { data } = await csvOf('America/Bogota');
		const pilot = data.find((row) => row.Title === 'Run the pilot')!;
		expect(pilot['Check-in time (America/Bogota)']).toBe('2027-03-31 18:30');
	});
});
