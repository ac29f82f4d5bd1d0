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
import { userEvent } from 'vitest/browser';
import {
	addDocument,
	createWorkspaceDoc,
	documentBody,
	heading,
	paragraph,
	startThread,
	type Block,
	type MemberId
} from '../../src/lib/doc';
import { createEditor, threadsAtCaret } from '../../src/lib/editor';

const PAGES = 100;
const THREADS = 300;
const KEYS = Number(import.meta.env.VITE_KEYS ?? 300);
const ROUNDS = 3;
const sentence = 'Members agree to share what they learn, in plain words, within a month. ';

/** About 100 pages: 15 paragraphs of 3 sentences and a heading per page. */
function blocks(): Block[] {
	return Array.from({ length: PAGES }, (_, page) => [
		heading(2 as const, `Section ${page + 1}`),
		...Array.from({ length: 15 }, () => paragraph(sentence.repeat(3)))
	]).flat();
}

/** The charter in a workspace, with `threads` comment threads on passages spread through it. */
function charter(threads: number) {
	const doc = createWorkspaceDoc();
	const id = addDocument(doc, { title: 'Charter', kind: 'charter', now: 1, blocks: blocks() });
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

/** Types keys into an editor and returns each key's time to paint, in milliseconds. */
async function typeAndMeasure(editor: Editor): Promise<number[]> {
	const dom = editor.view.dom;
	const times: number[] = [];
	let pending: ((ms: number) => void) | null = null;
	const onKey = (event: KeyboardEvent) => {
		const start = event.timeStamp;
		requestAnimationFrame(() => setTimeout(() => pending?.(performance.now() - start), 0));
	};
	dom.addEventListener('keydown', onKey, true);
	editor.commands.focus(Math.floor(editor.state.doc.content.size / 2));
	for (let i = 0; i < KEYS; i++) {
		const painted = new Promise<number>((resolve) => (pending = resolve));
		await userEvent.keyboard(i % 40 === 39 ? ' ' : 'e');
		const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), 2000));
		const ms = await Promise.race([painted, timeout]);
		if (ms >= 0) times.push(ms);
	}
	dom.removeEventListener('keydown', onKey, true);
	return times;
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
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
		times.plain.push(...(await typeAndMeasure(plain)));
		times.marked.push(...(await typeAndMeasure(marked)));
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
