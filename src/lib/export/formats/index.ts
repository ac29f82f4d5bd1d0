/*
 * The formats a document is exported to, and the one place that picks a format's writer: each
 * writer (and what it needs: a Markdown serialiser, the Word library, a zip) loads only when
 * someone exports in its format, as the app needs none of it to write.
 */
import type { ExportDocument } from '../read-model/model';
import type { ExportLabels } from './labels';

export type { ExportLabels } from './labels';
export { safeFileName } from './file-names';

/** The formats a document can be exported to as a file (PDF goes through the browser's print). */
export type ExportFormat = 'markdown' | 'html' | 'docx';

/** The file of each format: its extension and media type. */
export const FORMAT_FILES: Readonly<Record<ExportFormat, { extension: string; mime: string }>> = {
	markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
	html: { extension: 'html', mime: 'text/html;charset=utf-8' },
	docx: {
		extension: 'docx',
		mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
	}
};

/** One document written in a format, with the header words in the reader's language. */
export async function renderDocument(
	format: ExportFormat,
	document: ExportDocument,
	labels: ExportLabels
): Promise<string | Uint8Array> {
	if (format === 'markdown') return (await import('./markdown')).exportMarkdown(document, labels);
	if (format === 'html') return (await import('./html')).exportHtml(document, labels);
	return (await import('./docx')).exportDocx(document, labels);
}

/** Several documents as one zip of Markdown files, for archiving. */
export async function renderBundle(
	documents: readonly ExportDocument[],
	labels: ExportLabels
): Promise<Uint8Array> {
	return (await import('./bundle')).exportMarkdownBundle(documents, labels);
}
