/**
 * Benchmark, not a test: what checking every stored change on open costs, and how fast damaged
 * data is read record by record. Compares, on the same records: y-indexeddb's own load (all
 * records applied in one transaction, no check), Concord's checked load (each record applied on
 * its own, a failure counted), and the rescue reader (each record decoded, then applied).
 * IndexedDB is not involved (Node); this is the CPU part. Run: `npm run bench:load`.
 */
import * as Y from 'yjs';
import { applyRecord } from '../../src/lib/persistence/stored-records';

const ROUNDS = 5;

/** A workspace-like document's stored records: one compacted snapshot, then `edits` keystrokes. */
function records(snapshotChars: number, edits: number): Uint8Array[] {
	const doc = new Y.Doc({ gc: false });
	const text = doc.getText('body');
	for (let i = 0; i < snapshotChars; i += 8) text.insert(Math.floor(i / 3), 'clauses ');
	const out = [Y.encodeStateAsUpdate(doc)];
	doc.on('update', (update: Uint8Array) => out.push(update));
	for (let i = 0; i < edits; i++) text.insert(text.length - (i % 40), 'x');
	return out;
}

function median(ms: number[]): number {
	return [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
}

function time(run: () => void): number {
	run(); // warm-up, not counted
	const ms: number[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		const start = performance.now();
		run();
		ms.push(performance.now() - start);
	}
	return median(ms);
}

for (const [chars, edits] of [
	[20_000, 499],
	[200_000, 499]
] as const) {
	const stored = records(chars, edits);
	const bytes = stored.reduce((n, r) => n + r.length, 0);
	const plain = time(() => {
		const doc = new Y.Doc({ gc: false });
		Y.transact(doc, () => stored.forEach((r) => Y.applyUpdate(doc, r)));
	});
	const checked = time(() => {
		const doc = new Y.Doc({ gc: false });
		Y.transact(doc, () => stored.forEach((r) => applyRecord(doc, r, null, false)));
	});
	const rescue = time(() => {
		const doc = new Y.Doc({ gc: false });
		stored.forEach((r) => applyRecord(doc, r, null, true));
	});
	console.log(
		`${stored.length} records, ${(bytes / 1024).toFixed(0)} KiB (${chars} characters of history): ` +
			`y-indexeddb load ${plain.toFixed(1)} ms, checked load ${checked.toFixed(1)} ms ` +
			`(${(checked / plain).toFixed(2)}x), rescue reader ${rescue.toFixed(1)} ms ` +
			`(${(rescue / plain).toFixed(2)}x), median of ${ROUNDS}`
	);
}
