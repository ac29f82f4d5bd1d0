/**
 * Benchmark, not a test: what checking an update from outside costs, against applying it (the
 * baseline, measured in the same run), on a workspace with a long editing history. Also the
 * fuzz corpus's pace. Run: `npm run bench:guard`.
 */
import * as Y from 'yjs';
import { badUpdates, randomDoc, seededRandom } from '../../src/lib/doc/bad-updates';
import { checkUpdate } from '../../src/lib/doc/update-check';

/** A document with `edits` single-character edits, one transaction each, history kept. */
function history(edits: number): Y.Doc {
	const doc = new Y.Doc({ gc: false });
	const text = doc.getText('body');
	for (let i = 0; i < edits; i++) {
		doc.transact(() => {
			if (i % 7 === 6) text.delete(Math.max(0, text.length - 3), 1);
			else text.insert(Math.floor(text.length / 2), 'x');
		});
	}
	return doc;
}

function best(run: () => void, times = 3): number {
	let fastest = Infinity;
	for (let i = 0; i < times; i++) {
		const start = performance.now();
		run();
		fastest = Math.min(fastest, performance.now() - start);
	}
	return fastest;
}

for (const edits of [10_000, 100_000, 260_000]) {
	const doc = history(edits);
	for (const format of ['v1', 'v2'] as const) {
		const update = format === 'v1' ? Y.encodeStateAsUpdate(doc) : Y.encodeStateAsUpdateV2(doc);
		const apply = best(() =>
			(format === 'v1' ? Y.applyUpdate : Y.applyUpdateV2)(new Y.Doc({ gc: false }), update)
		);
		const check = best(() => {
			if (!checkUpdate(update, format).ok) throw new Error('a real update was refused');
		});
		const kb = update.length / 1024;
		console.log(
			`${edits} edits, ${format}: ${kb.toFixed(0)} KB; apply ${apply.toFixed(1)} ms; ` +
				`check ${check.toFixed(1)} ms (${(kb / 1024 / (check / 1000)).toFixed(1)} MB/s, ` +
				`${(check / apply).toFixed(2)}x apply)`
		);
	}
}

const random = seededRandom(1);
const docs = Array.from({ length: 50 }, () => randomDoc(random));
const bases = {
	v1: [Y.encodeStateAsUpdate(history(2000))],
	v2: [Y.encodeStateAsUpdateV2(history(2000))]
};
const small = {
	v1: docs.map((d) => Y.encodeStateAsUpdate(d)),
	v2: docs.map((d) => Y.encodeStateAsUpdateV2(d))
};
const corpus = badUpdates(1, bases, small);
const start = performance.now();
for (const bad of corpus) checkUpdate(bad.bytes, bad.format);
const ms = performance.now() - start;
console.log(`fuzz corpus: ${corpus.length} bad inputs checked in ${ms.toFixed(0)} ms`);
