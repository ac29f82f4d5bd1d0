/** What can be wrong with a file given to an importer, for a message the user understands. */
export type ImportProblem = 'empty' | 'too-large' | 'unreadable' | 'no-text';

/** The largest file an importer reads, in bytes (20 MiB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The only error importers throw: a file that cannot become a document, and why. */
export class ImportError extends Error {
	readonly problem: ImportProblem;

	constructor(problem: ImportProblem, options?: { cause?: unknown }) {
		super(`Import failed: ${problem}`, options);
		this.name = 'ImportError';
		this.problem = problem;
	}
}

/** Refuses an empty file or one over the size limit, given its size in bytes. */
export function checkImportSize(byteLength: number): void {
	if (byteLength === 0) throw new ImportError('empty');
	if (byteLength > MAX_IMPORT_BYTES) throw new ImportError('too-large');
}

/** Refuses text that is not a string, blank, or over the size limit once encoded as UTF-8. */
export function checkImportText(text: unknown): asserts text is string {
	if (typeof text !== 'string') throw new ImportError('unreadable');
	if (text.trim() === '') throw new ImportError('empty');
	// UTF-8 never takes fewer bytes than UTF-16 code units, nor more than three per unit.
	if (text.length > MAX_IMPORT_BYTES) throw new ImportError('too-large');
	if (text.length * 3 > MAX_IMPORT_BYTES) checkImportSize(new TextEncoder().encode(text).length);
}

/** Turns anything thrown while reading a file into an `ImportError`, keeping typed ones as they are. */
export function asImportError(error: unknown): ImportError {
	return error instanceof ImportError ? error : new ImportError('unreadable', { cause: error });
}
