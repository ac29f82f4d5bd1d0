import type * as Y from 'yjs';
import { listDocuments, type DocumentId, type VersionId } from '../doc';
import { safeFileName } from '../export/file-names';
import type { ExportLabels } from '../export/labels';
import type { Block } from '../doc';
import { readDocumentForExport, type ExportDocument } from '../export/model';

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

/** What an export needs in the reader's language: its header words, the draft and untitled labels. */
export type ExportTexts = ExportLabels & { draft: string; untitled: string };

/** Which text to export when not the draft: a named version, its label and its decision record. */
export interface ExportedVersion {
	version: VersionId;
	label: string;
	appendix: Block[];
	/** Added to the file name, so the agreed text and the draft are told apart, e.g. "agreed". */
	fileSuffix: string;
}

function read(
	doc: Y.Doc,
	id: DocumentId,
	texts: ExportTexts,
	agreed?: ExportedVersion
): ExportDocument {
	const document = readDocumentForExport(doc, id, {
		exportedAt: new Date(),
		versionLabel: agreed?.label ?? texts.draft,
		version: agreed?.version,
		appendix: agreed?.appendix
	});
	if (!document) throw new Error('This document no longer exists.');
	return { ...document, title: document.title || texts.untitled };
}

/** "<workspace>-<title>", each part shortened on its own so that titles stay apart. */
function fileNameOf(workspaceName: string, title: string): string {
	return `${safeFileName(workspaceName).slice(0, 24)}-${safeFileName(title)}`;
}

/** The exporter of a format, loaded only when someone exports (it is not needed to write). */
async function render(format: ExportFormat, document: ExportDocument, labels: ExportLabels) {
	if (format === 'markdown')
		return (await import('../export/markdown')).exportMarkdown(document, labels);
	if (format === 'html') return (await import('../export/html')).exportHtml(document, labels);
	return (await import('../export/docx')).exportDocx(document, labels);
}

/** Exports one document of a workspace to a file in `format`. */
export async function exportDocumentFile(
	doc: Y.Doc,
	id: DocumentId,
	format: ExportFormat,
	labels: ExportTexts,
	agreed?: ExportedVersion
): Promise<ExportFile> {
	const document = read(doc, id, labels, agreed);
	const { extension, mime } = TYPES[format];
	const content = await render(format, document, labels);
	const name = fileNameOf(document.workspaceName, document.title);
	const suffix = agreed ? `-${safeFileName(agreed.fileSuffix)}` : '';
	return {
		fileName: `${name}${suffix}.${extension}`,
		blob: new Blob([content as BlobPart], { type: mime })
	};
}

/** Exports every document of a workspace as one zip of Markdown files, for archiving. */
export async function exportWorkspaceBundle(
	doc: Y.Doc,
	workspaceName: string,
	labels: ExportTexts
): Promise<ExportFile> {
	const documents = listDocuments(doc).map((d) => read(doc, d.id, labels));
	const { exportMarkdownBundle } = await import('../export/bundle');
	const zip = exportMarkdownBundle(documents, labels);
	return {
		fileName: `${safeFileName(workspaceName)}.zip`,
		blob: new Blob([zip as BlobPart], { type: 'application/zip' })
	};
}
