/*
 * The files a document is imported from, and the one place that picks a file's reader. Each
 * reader (with its sanitiser and parsers) loads only when someone imports a file of its kind.
 */
import type { ImportedDocument } from './blocks';

export type { ImportedDocument } from './blocks';
export { ImportError, type ImportProblem } from './errors';

/** The kinds of file a document can be imported from. */
export type ImportKind = 'markdown' | 'html' | 'docx';

/** The kind of a file by its name, or null for a kind Concord does not import. */
export function importKindOf(fileName: string): ImportKind | null {
	const name = fileName.toLowerCase();
	if (/\.(md|markdown|txt)$/.test(name)) return 'markdown';
	if (/\.(html?|xhtml)$/.test(name)) return 'html';
	if (name.endsWith('.docx')) return 'docx';
	return null;
}

/**
 * Reads a file of a known kind in a browser page into a document's title and blocks, sanitised;
 * throws an `ImportError` saying what is wrong with it. Word files are converted to HTML by
 * `convertDocx` (off the page's thread, in the app).
 */
export async function importFile(
	file: File,
	kind: ImportKind,
	options: {
		onProgress: (fraction: number) => void;
		convertDocx: (bytes: Uint8Array) => Promise<string>;
	}
): Promise<ImportedDocument> {
	if (kind === 'markdown')
		return (await import('./markdown')).importMarkdown(await file.text(), file.name);
	const { browserDom, importHtml } = await import('./html');
	if (kind === 'html') return importHtml(await file.text(), file.name, browserDom());
	const { importDocx } = await import('./docx');
	const bytes = new Uint8Array(await file.arrayBuffer());
	return importDocx(bytes, file.name, browserDom(), options.onProgress, options.convertDocx);
}
