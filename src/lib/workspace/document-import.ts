import type * as Y from 'yjs';
import { addDocument, type DocumentId } from '../doc';
import { ImportError, type ImportProblem } from '../export/import-errors';
import { convertDocxOffThread } from './import-off-thread';
import type { Clock } from './ports';

/** Why a document could not be imported, as the interface explains it. */
export type ImportFileProblem = ImportProblem | 'unsupported';

function kindOf(file: File): 'markdown' | 'html' | 'docx' | null {
	const name = file.name.toLowerCase();
	if (/\.(md|markdown|txt)$/.test(name)) return 'markdown';
	if (/\.(html?|xhtml)$/.test(name)) return 'html';
	if (name.endsWith('.docx')) return 'docx';
	return null;
}

/**
 * Imports a Markdown, HTML or Word file as a new document at the end of the workspace, sanitised;
 * returns its id, or the problem with the file (the workspace is then unchanged).
 */
export async function importDocumentFile(
	doc: Y.Doc,
	clock: Clock,
	file: File,
	onProgress: (fraction: number) => void
): Promise<
	{ ok: true; id: DocumentId; truncated: boolean } | { ok: false; problem: ImportFileProblem }
> {
	const kind = kindOf(file);
	if (!kind) return { ok: false, problem: 'unsupported' };
	try {
		onProgress(0);
		// The importers (and their sanitiser and parsers) load only when someone imports.
		const [{ importDocx }, { browserDom, importHtml }, { importMarkdown }] = await Promise.all([
			import('../export/import-docx'),
			import('../export/import-html'),
			import('../export/import-markdown')
		]);
		const imported =
			kind === 'docx'
				? await importDocx(
						new Uint8Array(await file.arrayBuffer()),
						file.name,
						browserDom(),
						onProgress,
						convertDocxOffThread
					)
				: kind === 'html'
					? importHtml(await file.text(), file.name, browserDom())
					: importMarkdown(await file.text(), file.name);
		const id = addDocument(doc, {
			title: imported.title,
			kind: 'notes',
			blocks: imported.blocks,
			now: clock.now()
		});
		onProgress(1);
		return { ok: true, id, truncated: imported.truncated };
	} catch (error) {
		if (error instanceof ImportError) return { ok: false, problem: error.problem };
		console.warn('Concord: import failed', error);
		return { ok: false, problem: 'unreadable' };
	}
}
