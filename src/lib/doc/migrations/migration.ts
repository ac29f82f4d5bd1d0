import type * as Y from 'yjs';

/**
 * One step of the schema: what a workspace written at version `to - 1` needs to read as version
 * `to`. It runs inside the transaction that records the new version, on any copy that opens the
 * workspace first, so two copies may run it apart: it must leave the same workspace whichever
 * runs, and whatever order their changes merge in.
 */
export interface Migration {
	readonly to: number;
	/** What it changes, for the reader of the code and of failures. */
	readonly what: string;
	run(doc: Y.Doc): void;
}
