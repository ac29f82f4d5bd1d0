/**
 * Benchmark, not a test: how long the facilitator waits. Exports a 100-page charter to Markdown,
 * HTML and Word, prints it to PDF in Chromium, and saves and merges a workspace file of about
 * 1 MB built from a real editing history. Run: `npm run bench:exports`.
 */
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import {
	addDocument,
	appendBlockLines,
	createWorkspaceDoc,
	documentBody,
	initializeWorkspace,
	newMemberId,
	type Block,
	heading
} from '../../src/lib/doc';
import { en } from '../../src/lib/doc/templates/en';
import { exportDocx } from '../../src/lib/export/formats/docx';
import { exportHtml } from '../../src/lib/export/formats/html';
import { exportMarkdown } from '../../src/lib/export/formats/markdown';
import { readDocumentForExport } from '../../src/lib/export/read-model/model';
import {
	decodeWorkspaceFile,
	encodeWorkspaceFile,
	mergeWorkspaceFile
} from '../../src/lib/workspace/concord-file/format';
import { chromiumArgs, chromiumExecutable } from '../chromium';

const labels = {
	workspace: 'Workspace',
	document: 'Document',
	exported: 'Exported',
	version: 'Version'
};
const ms = (start: number) => `${(performance.now() - start).toFixed(0)} ms`;

function newWorkspace(): Y.Doc {
	const doc = createWorkspaceDoc();
	const creator = { id: newMemberId(), name: 'Amina', colour: '#1f5f5b' };
	initializeWorkspace(doc, { name: 'Benchmark', locale: 'en', now: 0, creator });
	return doc;
}

// A 100-page charter: the template's sections repeated, about 450 words a page.
const doc = newWorkspace();
const sections = en.workspace[0]!.blocks;
const id = addDocument(doc, { title: 'Long charter', kind: 'charter', now: 1 });
const blocks: Block[] = [];
let words = 0;
for (let part = 1; words < 100 * 450; part++) {
	blocks.push(heading(1, `Part ${part}`));
	for (const block of sections) {
		blocks.push(block);
		words += JSON.stringify(block).split(/\s+/).length;
	}
}
appendBlockLines(documentBody(doc, id)!, blocks);
const long = readDocumentForExport(doc, id, { exportedAt: new Date(), versionLabel: 'Draft' })!;
console.log(`A 100-page charter: ${blocks.length} blocks, about ${words} words.`);

let start = performance.now();
const markdown = exportMarkdown(long, labels);
console.log(`  Markdown: ${ms(start)} (${(markdown.length / 1024).toFixed(0)} KiB)`);
start = performance.now();
const html = exportHtml(long, labels);
console.log(`  HTML:     ${ms(start)} (${(html.length / 1024).toFixed(0)} KiB)`);
start = performance.now();
const docx = await exportDocx(long, labels);
console.log(`  Word:     ${ms(start)} (${(docx.length / 1024).toFixed(0)} KiB)`);

const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
try {
	const page = await browser.newPage();
	await page.setContent(html);
	start = performance.now();
	const pdf = await page.pdf({ format: 'A4' });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	console.log(`  PDF (Chromium print of the HTML): ${ms(start)} (${pages} pages)`);
} finally {
	await browser.close();
}

// A workspace file of about 1 MB: a real editing history (the shared trace) typed into a document.
const trace = '../shared/data/traces/automerge-paper.json.gz';
const history = createWorkspaceDoc();
Y.applyUpdate(history, Y.encodeStateAsUpdate(newWorkspace()));
type Trace = { txns: { patches: [number, number, string][] }[] };
const txns: Trace['txns'] = existsSync(trace)
	? (JSON.parse(gunzipSync(readFileSync(trace)).toString()) as Trace).txns
	: Array.from({ length: 60_000 }, (_, i) => ({
			patches: [[i, 0, String.fromCharCode(97 + (i % 26))]] as [number, number, string][]
		}));
// Each replay of the whole history adds one document; stop once the file passes 1 MiB.
for (let n = 1; Y.encodeStateAsUpdateV2(history).length < 1024 * 1024; n++) {
	const paper = addDocument(history, { title: `Paper ${n}`, kind: 'notes', now: 2 });
	const text = documentBody(history, paper)!;
	for (const txn of txns) {
		for (const [pos, del, ins] of txn.patches) {
			if (del) text.delete(pos, del);
			if (ins) text.insert(pos, ins);
		}
	}
}
const info = {
	workspaceId: 'benchmarkbenchmark0001',
	key: null,
	signaling: [],
	savedAt: new Date()
};
start = performance.now();
const file = await encodeWorkspaceFile(history, info);
console.log(`Workspace file: ${(file.length / 1024).toFixed(0)} KiB, saved in ${ms(start)}`);
const diverged = createWorkspaceDoc();
Y.applyUpdate(diverged, Y.encodeStateAsUpdate(newWorkspace()));
start = performance.now();
const { update } = await decodeWorkspaceFile(file);
mergeWorkspaceFile(diverged, update, 'file');
console.log(`  checked and merged into another copy in ${ms(start)}`);
