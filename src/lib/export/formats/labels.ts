import type { ExportDocument } from '../read-model/model';

/*
 * The words and formats an export shows around the document's own text. The interface passes them
 * in the reader's language, so the exporters themselves never hard-code any language.
 */

/** The words of the header block every export carries, in the reader's language. */
export interface ExportLabels {
	/** Labels the workspace's name. */
	workspace: string;
	/** Labels a document's title, e.g. in the list of files of a bundle. */
	document: string;
	/** Labels the date and time of the export. */
	exported: string;
	/** Labels the version of the document (draft, agreed on a date, ...). */
	version: string;
	/** The language these words are in (the reader's), when it may differ from the text's. */
	language?: string;
}

/** Formats the moment of an export for the header block; always in UTC, so output is repeatable. */
export function formatExportDate(date: Date, language: string): string {
	return `${exportDateFormat(language).format(date)} UTC`;
}

/** Formats made so far, by language: making one costs far more than using it. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function exportDateFormat(language: string): Intl.DateTimeFormat {
	let format = dateFormats.get(language);
	if (format) return format;
	const options: Intl.DateTimeFormatOptions = {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: 'UTC'
	};
	try {
		format = new Intl.DateTimeFormat(language, options);
	} catch {
		// A malformed language tag from an old or hostile copy must not stop the export.
		format = new Intl.DateTimeFormat('en', options);
	}
	if (dateFormats.size > 64) dateFormats.clear();
	dateFormats.set(language, format);
	return format;
}

export { isRightToLeft } from '../../doc/languages';

/** The lines under the title, as label and value: workspace, moment of export and version. */
export function headerLines(document: ExportDocument, labels: ExportLabels): [string, string][] {
	const lines: [string, string][] = [
		[labels.workspace, document.workspaceName],
		[labels.exported, formatExportDate(document.exportedAt, labels.language ?? document.language)],
		[labels.version, document.versionLabel]
	];
	return lines.filter(([, value]) => value.trim() !== '');
}
