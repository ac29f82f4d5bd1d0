import { localIsoDateTime, type IsoDate, type ProgressReport, type ReportEntry } from '../doc';
import { exportCsv } from '../export/formats/csv';
import { FORMAT_FILES, renderDocument, safeFileName, type ExportFormat } from '../export/formats';
import {
	progressReportBlocks,
	type ProgressReportLabels
} from '../export/read-model/progress-report';
import type { ExportFile, ExportTexts } from './document-export';

/** The formats a record of mutual progress is exported to (PDF goes through the browser's print). */
export type ReportFormat = ExportFormat | 'csv';

/** The column headings of the CSV of commitments and check-ins, in the reader's language. */
export interface CsvHeadings {
	commitment: string;
	owners: string;
	owedTo: string;
	startOn: string;
	dueOn: string;
	reviewOn: string;
	statusThen: string;
	statusNow: string;
	/** What "status then" says of a commitment made during the period. */
	newInPeriod: string;
	progress: string;
	source: string;
	/** The heading of the check-in's date and time, counted in `timeZone`. */
	checkInAt(timeZone: string): string;
	checkInBy: string;
	checkInStatus: string;
	narrative: string;
	evidence: string;
}

/** What a report's export needs in the reader's language. */
export interface ReportTexts {
	export: ExportTexts;
	labels: ProgressReportLabels;
	csv: CsvHeadings;
	/** The title of the report, as its file and its first heading say. */
	title: string;
	/** "1 March 2027 – 31 March 2027", for the header block. */
	period(from: IsoDate, to: IsoDate): string;
	/** The label of the period in the header block. */
	periodLabel: string;
}

function ownersText(entry: ReportEntry, labels: ProgressReportLabels): string {
	return entry.commitment.owners
		.map((o) => (o.kind === 'member' ? labels.person(o.id) : o.name))
		.join('; ');
}

/**
 * One row per check-in of the period (and one for a commitment without any), its moments on the
 * wall clock of the report's time zone, as a spreadsheet reads them.
 */
function csvRows(report: ProgressReport, labels: ProgressReportLabels, h: CsvHeadings): string[][] {
	const entries = [
		...new Map(report.groups.flatMap((g) => g.entries).map((e) => [e.commitment.id, e])).values()
	];
	return entries.flatMap((entry) => {
		const { commitment } = entry;
		const base = [
			commitment.title,
			ownersText(entry, labels),
			labels.owedToName(commitment.owedTo),
			commitment.startOn ?? '',
			commitment.dueOn ?? '',
			commitment.reviewOn ?? '',
			entry.then === null ? h.newInPeriod : labels.statusName(entry.then),
			labels.statusName(entry.now),
			commitment.progress === null ? '' : String(commitment.progress),
			labels.source(entry) ?? ''
		];
		if (entry.checkIns.length === 0) return [[...base, '', '', '', '', '']];
		return entry.checkIns.map((c) => [
			...base,
			localIsoDateTime(c.at, report.period.timeZone),
			labels.person(c.by),
			c.status ? labels.statusName(c.status) : '',
			c.narrative,
			c.evidence ?? ''
		]);
	});
}

/** A record of mutual progress as a file in `format`, with the header block of every export. */
export async function exportReportFile(
	report: ProgressReport,
	format: ReportFormat,
	context: { workspaceName: string; language: string; now: number },
	texts: ReportTexts
): Promise<ExportFile> {
	const { from, to } = report.period;
	const name = `${safeFileName(context.workspaceName).slice(0, 24)}-${safeFileName(texts.title)}-${from}-${to}`;
	if (format === 'csv') {
		const h = texts.csv;
		const header = [
			h.commitment,
			h.owners,
			h.owedTo,
			h.startOn,
			h.dueOn,
			h.reviewOn,
			h.statusThen,
			h.statusNow,
			h.progress,
			h.source,
			h.checkInAt(report.period.timeZone),
			h.checkInBy,
			h.checkInStatus,
			h.narrative,
			h.evidence
		];
		const bytes = exportCsv(header, csvRows(report, texts.labels, h));
		return {
			fileName: `${name}.csv`,
			blob: new Blob([bytes as BlobPart], { type: 'text/csv;charset=utf-8' })
		};
	}
	const document = {
		workspaceName: context.workspaceName,
		title: texts.title,
		kind: 'commitments' as const,
		language: context.language,
		exportedAt: new Date(context.now),
		versionLabel: texts.period(from, to),
		blocks: progressReportBlocks(report, texts.labels)
	};
	const labels = { ...texts.export, version: texts.periodLabel };
	const content = await renderDocument(format, document, labels);
	const { extension, mime } = FORMAT_FILES[format];
	return {
		fileName: `${name}.${extension}`,
		blob: new Blob([content as BlobPart], { type: mime })
	};
}
