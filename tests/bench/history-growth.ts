/**
 * Benchmark, not a test: what keeping the full history (`gc: false`, which versions and diffs
 * need) costs in bytes, on the real editing trace of a 104,852-character paper. Prints the size of
 * the stored workspace with and without garbage collection. Run: `npm run bench:history`.
 */
import * as Y from 'yjs';
import { loadEditingTrace } from '../support/editing-trace';

const trace = loadEditingTrace();
console.log(
	trace.real
		? 'Real editing trace (automerge-paper).'
		: 'Generated trace (the real one is not beside the checkout).'
);

function replay(gc: boolean): { doc: Y.Doc; ms: number } {
	const doc = new Y.Doc({ gc });
	const text = doc.getText('body');
	const start = performance.now();
	for (const txn of trace.txns) {
		doc.transact(() => {
			for (const [pos, del, ins] of txn.patches) {
				if (del) text.delete(pos, del);
				if (ins) text.insert(pos, ins);
			}
		});
	}
	if (trace.endContent && text.toString() !== trace.endContent) throw new Error('Replay diverged.');
	return { doc, ms: performance.now() - start };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
for (const gc of [true, false]) {
	const { doc, ms } = replay(gc);
	const v1 = Y.encodeStateAsUpdate(doc).length;
	const v2 = Y.encodeStateAsUpdateV2(doc).length;
	console.log(
		`gc: ${gc}: ${kib(v1)} (V1 update), ${kib(v2)} (V2, as in a workspace file); replay ${ms.toFixed(0)} ms`
	);
}
console.log(
	`Final text: ${trace.endContent.length || 'n/a'} characters, ${trace.txns.length} transactions.`
);
