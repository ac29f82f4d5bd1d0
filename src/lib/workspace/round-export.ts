import type { Round } from '../doc';
import { exportCsv } from '../export/formats/csv';
import { FORMAT_FILES, renderDocument, safeFileName, type ExportFormat } from '../export/formats';
import {
	roundAnswerRows,
	roundSummaryBlocks,
	type RoundSummaryLabels,
	type RoundSummaryParts
} from '../export/read-model/round-summary';
import type { ExportFile, ExportTexts } from './document-export';

/** The formats a round's summary is exported to (PDF through the browser's print), and its answers. */
export type RoundFormat = ExportFormat | 'csv';

/** What a round's export needs in the reader's language. */
export interface RoundTexts {
	export: ExportTexts;
	labels: RoundSummaryLabels;
	/** The headings and cells of the answers' spreadsheet. */
	csv: {
		yes: string;
		no: string;
		respondent: string;
		evidence(prompt: string): string;
		person(key: string): string;
	};
	/** "Closed on 3 March 2027", for the header block; and its label. */
	state: string;
	stateLabel: string;
}

/** A round's summary (or its answers, as CSV) as a file, with the header block of every export. */
export async function exportRoundFile(
	parts: RoundSummaryParts,
	format: RoundFormat,
	context: { workspaceName: string; language: string; now: number },
	texts: RoundTexts
): Promise<ExportFile> {
	const round: Round = parts.summary.round;
	const name = `${safeFileName(context.workspaceName).slice(0, 24)}-${safeFileName(round.title)}`;
	if (format === 'csv') {
		const { header, rows } = roundAnswerRows(
			round.questions,
			parts.answers,
			texts.csv,
			round.named
		);
		const bytes = exportCsv(header, rows);
		return {
			fileName: `${name}.csv`,
			blob: new Blob([bytes as BlobPart], { type: 'text/csv;charset=utf-8' })
		};
	}
	const document = {
		workspaceName: context.workspaceName,
		title: round.title,
		kind: 'commitments' as const,
		language: context.language,
		exportedAt: new Date(context.now),
		versionLabel: texts.state,
		blocks: roundSummaryBlocks(parts, texts.labels)
	};
	const content = await renderDocument(format, document, {
		...texts.export,
		version: texts.stateLabel
	});
	const { extension, mime } = FORMAT_FILES[format];
	return {
		fileName: `${name}.${extension}`,
		blob: new Blob([content as BlobPart], { type: mime })
	};
}
