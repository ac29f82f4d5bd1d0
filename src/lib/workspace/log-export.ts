import type { LogEntry } from '../doc';
import { FORMAT_FILES, renderDocument, safeFileName, type ExportFormat } from '../export/formats';
import { learningLogBlocks, type LearningLogLabels } from '../export/read-model/learning-log';
import type { ExportFile, ExportTexts } from './document-export';

/** What the learning log's export needs in the reader's language. */
export interface LogTexts {
	export: ExportTexts;
	labels: LearningLogLabels;
	/** The title of the export, as its file and its first heading say. */
	title: string;
	/** What the header block says this export holds ("Entries shared outside the group"), and its label. */
	versionLabel: string;
	scopeLabel: string;
}

/**
 * The learning log's entries shared outside the group as a file in `format`, with the header
 * block of every export (PDF goes through the browser's print of the log's page).
 */
export async function exportLogFile(
	entries: readonly LogEntry[],
	format: ExportFormat,
	context: { workspaceName: string; language: string; now: number },
	texts: LogTexts
): Promise<ExportFile> {
	const document = {
		workspaceName: context.workspaceName,
		title: texts.title,
		kind: 'notes' as const,
		language: context.language,
		exportedAt: new Date(context.now),
		versionLabel: texts.versionLabel,
		blocks: learningLogBlocks(entries, texts.labels)
	};
	const labels = { ...texts.export, version: texts.scopeLabel };
	const content = await renderDocument(format, document, labels);
	const { extension, mime } = FORMAT_FILES[format];
	const name = `${safeFileName(context.workspaceName).slice(0, 24)}-${safeFileName(texts.title)}`;
	return {
		fileName: `${name}.${extension}`,
		blob: new Blob([content as BlobPart], { type: mime })
	};
}
