import type * as Y from 'yjs';
import { listDocuments, type Block, type DocumentId, type VersionId } from '../doc';
import {
	FORMAT_FILES,
	renderBundle,
	renderDocument,
	safeFileName,
	type ExportFormat,
	type ExportLabels
} from '../export/formats';
import {
	commentsAppendix,
	exportComments,
	type CommentExportLabels
} from '../export/read-model/comments-appendix';
import { readDocumentForExport, type ExportDocument } from '../export/read-model/model';

export type { CommentExportLabels, ExportFormat, ExportLabels };

/** A file ready to download. */
export interface ExportFile {
	fileName: string;
	blob: Blob;
}

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

/**
 * Reads a document for export: the draft, or a version that was agreed. With `comments` (the
 * draft only), its threads follow the text as an appendix, or, for a format with comments of its
 * own (Word), are carried for it to anchor on their passages.
 */
function read(
	doc: Y.Doc,
	id: DocumentId,
	texts: ExportTexts,
	agreed?: ExportedVersion,
	comments?: { labels: CommentExportLabels; native: boolean }
): ExportDocument {
	const threads = comments && !agreed ? exportComments(doc, id, comments.labels) : [];
	const native = comments?.native === true && threads.length > 0;
	const heading = comments?.labels.heading ?? '';
	const document = readDocumentForExport(doc, id, {
		exportedAt: new Date(),
		versionLabel: agreed?.label ?? texts.draft,
		version: agreed?.version,
		appendix: agreed?.appendix ?? (native ? [] : commentsAppendix(threads, heading)),
		threads: native
	});
	if (!document) throw new Error('This document no longer exists.');
	return {
		...document,
		title: document.title || texts.untitled,
		...(native ? { comments: { heading, threads } } : {})
	};
}

/** "<workspace>-<title>", each part shortened on its own so that titles stay apart. */
function fileNameOf(workspaceName: string, title: string): string {
	return `${safeFileName(workspaceName).slice(0, 24)}-${safeFileName(title)}`;
}

/**
 * Exports one document of a workspace to a file in `format`; with `comments`, the draft's comment
 * threads go with it (Word comments in a Word file, an appendix elsewhere).
 */
export async function exportDocumentFile(
	doc: Y.Doc,
	id: DocumentId,
	format: ExportFormat,
	labels: ExportTexts,
	agreed?: ExportedVersion,
	comments?: CommentExportLabels
): Promise<ExportFile> {
	const withComments = comments && { labels: comments, native: format === 'docx' };
	const document = read(doc, id, labels, agreed, withComments);
	const { extension, mime } = FORMAT_FILES[format];
	const content = await renderDocument(format, document, labels);
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
	const zip = await renderBundle(documents, labels);
	return {
		fileName: `${safeFileName(workspaceName)}.zip`,
		blob: new Blob([zip as BlobPart], { type: 'application/zip' })
	};
}
