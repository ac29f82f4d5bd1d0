/**
 * The real editing trace as peers send it: one Yjs update (version 1, what the sync protocol
 * carries) per transaction, typed into one text, and the whole state those updates end in.
 */
import * as Y from 'yjs';
import { loadEditingTrace } from '../../support/editing-trace';

/** The updates of the trace's first `count` transactions (all when larger), and their end state. */
export interface TraceUpdates {
	updates: Uint8Array[];
	state: Y.Doc;
	real: boolean;
}

/** Replays the first `count` transactions of the trace into a history-keeping document. */
export function traceUpdates(count: number): TraceUpdates {
	const trace = loadEditingTrace();
	const doc = new Y.Doc({ gc: false });
	const text = doc.getText('body');
	const updates: Uint8Array[] = [];
	doc.on('update', (update: Uint8Array) => updates.push(update));
	for (const txn of trace.txns.slice(0, count)) {
		doc.transact(() => {
			for (const [pos, del, ins] of txn.patches) {
				if (del) text.delete(pos, del);
				if (ins) text.insert(pos, ins);
			}
		});
	}
	return { updates, state: doc, real: trace.real };
}
