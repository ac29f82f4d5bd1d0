import * as Y from 'yjs';

/*
 * Writing without a name: a workspace is shared by every member's device, and every Yjs item
 * carries the client id of the copy that wrote it, which the record of authors ties to a member.
 * What is written without a name (an unnamed answer to a feedback round, an unnamed learning-log
 * entry) is therefore written by no copy of anyone's: see `writeUnnamed`.
 */

/**
 * The origin of a change written without a name: applied as an update, so that no record of
 * authors claims it and no first edit is taken from it.
 */
export const UNNAMED_ORIGIN = Object.freeze({ source: 'unnamed-entry' });

/** A client id that no copy of `doc` has written with (Yjs's are random 32-bit integers). */
function unusedClientId(doc: Y.Doc): number {
	const known = Y.decodeStateVector(Y.encodeStateVector(doc));
	for (;;) {
		const id = crypto.getRandomValues(new Uint32Array(1))[0]!;
		if (id !== 0 && id !== doc.clientID && !known.has(id)) return id;
	}
}

/**
 * Runs `write` on a scratch copy of `doc` that writes under a throwaway client id, then applies
 * only what it wrote to `doc` as an update (a remote transaction, origin `UNNAMED_ORIGIN`). So
 * the items written hold neither this device's client id nor a record of authors naming it:
 * what the scratch copy writes cannot be told from the shared data to be this device's. The
 * throwaway id is used once and forgotten. `write` gets the scratch copy to write in.
 */
export function writeUnnamed(doc: Y.Doc, write: (scratch: Y.Doc) => void): void {
	const scratch = new Y.Doc({ gc: false });
	try {
		scratch.clientID = unusedClientId(doc);
		Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
		scratch.transact(() => write(scratch));
		const change = Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(doc));
		Y.applyUpdate(doc, change, UNNAMED_ORIGIN);
	} finally {
		scratch.destroy();
	}
}
