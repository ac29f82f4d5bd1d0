import type * as Y from 'yjs';
import { addDocument, type DocumentId } from '../doc';
import { ImportError, importFile, importKindOf, type ImportProblem } from '../export/importers';
import { convertDocxOffThread } from './import-off-thread';
import type { Clock } from './ports';

/** Why a document could not be imported, as the interface explains it. */
export type ImportFileProblem = ImportProblem | 'unsupported';

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
	const kind = importKindOf(file.name);
	if (!kind) return { ok: false, problem: 'unsupported' };
	try {
		onProgress(0);
		const imported = await importFile(file, kind, {
			onProgress,
			convertDocx: convertDocxOffThread
		});
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
