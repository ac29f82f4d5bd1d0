/**
 * Benchmark, not a test: what comparing versions costs on a long document with a long history.
 * Builds a 100-page charter, saves a version, applies thousands of seeded edits, then times the
 * comparison, the "changed since agreed" check and the authors view. Run: `npm run bench:compare`.
 */
import {
	addDocument,
	createWorkspaceDoc,
	documentBody,
	newMemberId,
	saveVersion,
	type Block,
	heading,
	paragraph
} from '../../src/lib/doc';
import { seededRandom } from '../../src/lib/doc/bad-updates';
import {
	compareVersions,
	differsFromVersion,
	readWriters
} from '../../src/lib/export/read-model/compare';

const PARAGRAPHS = 1500;
const EDITS = Number(process.env.EDITS ?? 5000);
const seed = Number(process.env.SEED ?? 20261122);
const random = seededRandom(seed);

const doc = createWorkspaceDoc();
const sentence = 'Members agree to share what they learn, in plain words, within a month. ';
const blocks: Block[] = Array.from({ length: PARAGRAPHS }, (_, i) =>
	i % 10 === 0 ? heading(2, `Section ${i / 10 + 1}`) : paragraph(sentence.repeat(3))
);
const id = addDocument(doc, { title: 'Charter', kind: 'charter', blocks, now: 1 });
const version = saveVersion(doc, { documentId: id, name: 'v1', author: newMemberId(), now: 2 });
const body = documentBody(doc, id)!;
for (let i = 0; i < EDITS; i++) {
	// Somewhere in the text, never a line end: edits inside paragraphs, as people make them.
	const content = body.toString();
	const at = Math.floor(random() * (content.length - 1));
	const lineEnd = content.indexOf('\n', at);
	if (random() < 0.6) body.insert(at, 'new words ');
	else body.delete(at, Math.min(8, lineEnd - at));
}

function time<T>(label: string, run: () => T): T {
	const runs: number[] = [];
	let result!: T;
	for (let i = 0; i < 5; i++) {
		const start = performance.now();
		result = run();
		runs.push(performance.now() - start);
	}
	runs.sort((a, b) => a - b);
	console.log(`${label}: median ${runs[2]!.toFixed(0)} ms (min ${runs[0]!.toFixed(0)} ms)`);
	return result;
}

console.log(
	`${PARAGRAPHS} blocks, ${body.length} characters; ${EDITS} edits after the version (seed ${seed}).`
);
const comparison = time('Compare version with now', () => compareVersions(doc, id, version, null));
console.log(`  ${comparison?.inserted} characters inserted, ${comparison?.deleted} deleted`);
time('Changed since agreed', () => differsFromVersion(doc, id, version));
time('Authors view', () => readWriters(doc, id));
