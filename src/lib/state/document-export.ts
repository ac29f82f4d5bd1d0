import type * as Y from 'yjs';
import type { DocumentId } from '../doc';
import { exportDocx } from '../export/docx';
import { exportHtml } from '../export/html';
import type { ExportLabels } from '../export/labels';
import { exportMarkdown } from '../export/markdown';
import { exportMarkdownBundle, safeFileName } from '../export/bundle';
import { readDocumentForExport, type ExportDocument } from '../export/model';
import { listDocuments } from '../doc';

export type { ExportLabels };

/** The formats a document can be exported to as a file (PDF goes through the browser's print). */
export type ExportFormat = 'markdown' | 'html' | 'docx';

/** A file ready to download. */
export interface ExportFile {
	fileName: string;
	blob: Blob;
}

const TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
	markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
	html: { extension: 'html', mime: 'text/html;charset=utf-8' },
	docx: {
		extension: 'docx',
		mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
	}
};

function read(doc: Y.Doc, id: DocumentId, versionLabel: string): ExportDocument {
	const document = readDocumentForExport(doc, id, { exportedAt: new Date(), versionLabel });
	if (!document) throw new Error('This document no longer exists.');
	return document;
}

/** Exports one document of a workspace to a file in `format`. */
export async function exportDocumentFile(
	doc: Y.Doc,
	id: DocumentId,
	format: ExportFormat,
	labels: ExportLabels & { draft: string }
): Promise<ExportFile> {
	const document = read(doc, id, labels.draft);
	const { extension, mime } = TYPES[format];
	const content =
		format === 'markdown'
			? exportMarkdown(document, labels)
			: format === 'html'
				? exportHtml(document, labels)
				: await exportDocx(document, labels);
	const name = safeFileName(`${document.workspaceName} - ${document.title}`);
	return {
		fileName: `${name}.${extension}`,
		blob: new Blob([content as BlobPart], { type: mime })
	};
}

/** Exports every document of a workspace as one zip of Markdown files, for archiving. */
export function exportWorkspaceBundle(
	doc: Y.Doc,
	workspaceName: string,
	labels: ExportLabels & { draft: string }
): ExportFile {
	const documents = listDocuments(doc).map((d) => read(doc, d.id, labels.draft));
	const zip = exportMarkdownBundle(documents, labels);
	return {
		fileName: `${safeFileName(workspaceName)}.zip`,
		blob: new Blob([zip as BlobPart], { type: 'application/zip' })
	};
}
