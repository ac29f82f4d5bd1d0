/**
 * Benchmark, not a test: keystroke-to-paint on a 100-page charter in Chromium with 300 comment
 * threads marked in its text (overlapping, as live discussions do), against the same charter
 * without them, both measured in this run with rounds alternated. Each key goes through the
 * browser's real input pipeline; the time runs from the key's event to the end of the frame that
 * shows it, and the threads at the caret are looked up on every change, as the document page does.
 * Prints p50, p95 and p99 of each and their ratios. Run: `npm run bench:comments`.
 */
import type { Editor } from '@tiptap/core';
import { it } from 'vitest';
import {
	addDocument,
	createWorkspaceDoc,
	documentBody,
	startThread,
	type MemberId
} from '../../src/lib/doc';
import { createEditor, threadsAtCaret } from '../../src/lib/editor';
import { charterBlocks, percentile, typeAndMeasure } from './keystrokes';

const PAGES = 100;
const THREADS = 300;
const KEYS = Number(import.meta.env.VITE_KEYS ?? 300);
const ROUNDS = 3;

/** The charter in a workspace, with `threads` comment threads on passages spread through it. */
function charter(threads: number) {
	const doc = createWorkspaceDoc();
	const id = addDocument(doc, {
		title: 'Charter',
		kind: 'charter',
		now: 1,
		blocks: charterBlocks(PAGES)
	});
	const body = documentBody(doc, id)!;
	const length = body.length;
	for (let i = 0; i < threads; i++) {
		// Spread evenly, every third one overlapping the one before.
		const from = Math.floor(((i + 0.5) / threads) * (length - 200));
		const to = from + 40 + (i % 3 === 0 ? 120 : 0);
		startThread(doc, {
			documentId: id,
			from,
			to,
			quote: body.toString().slice(from, to),
			text: `Thread ${i}`,
			by: 'member-bench-0000000001' as MemberId,
			now: i
		});
	}
	return body;
}

function mount(body: ReturnType<typeof charter>, label: string): Editor {
	const element = document.createElement('div');
	document.body.append(element);
	const editor = createEditor({ element, body, label });
	// As the document page does: which threads hold the caret, on every change.
	editor.on('transaction', () => threadsAtCaret(editor));
	return editor;
}

it('prints keystroke-to-paint on a 100-page charter with 300 comment threads against none', async () => {
	const marked = mount(charter(THREADS), 'With threads');
	const plain = mount(charter(0), 'Without');
	const marks = marked.view.dom.querySelectorAll('[data-comment-thread]').length;
	const times = { marked: [] as number[], plain: [] as number[] };
	for (let round = 0; round < ROUNDS; round++) {
		times.plain.push(...(await typeAndMeasure(plain, KEYS)));
		times.marked.push(...(await typeAndMeasure(marked, KEYS)));
	}
	const line = (name: string, values: number[]) =>
		`${name}: p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, p99 ${percentile(values, 99).toFixed(1)} ms`;
	const ratio = (p: number) =>
		(percentile(times.marked, p) / percentile(times.plain, p)).toFixed(2);
	console.log(
		[
			`Keystroke to paint, ${PAGES} pages (${plain.state.doc.textContent.length} characters), ${times.marked.length} keys each:`,
			`  ${line(`with ${THREADS} comment threads (${marks} marked spans)`, times.marked)}`,
			`  ${line('without comments (baseline)', times.plain)}`,
			`  ratio with/without: p50 ${ratio(50)}×, p95 ${ratio(95)}×, p99 ${ratio(99)}×`
		].join('\n')
	);
	marked.destroy();
	plain.destroy();
}, 900_000);
