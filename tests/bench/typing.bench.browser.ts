/**
 * Benchmark, not a test: keystroke-to-paint on a 100-page document in Chromium, with the editor
 * bound to one `Y.Text` of lines (now) against the editor bound to a `Y.XmlFragment` through
 * TipTap's Collaboration extension (the binding before), both measured in this run. Each key is
 * pressed through the browser's real input pipeline; the time runs from the key's event to the
 * end of the frame that shows it. Prints p50 and p95 of each and their ratios.
 * Run: `npm run bench:typing`.
 */
import { Editor, getSchema } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { it } from 'vitest';
import { userEvent } from 'vitest/browser';
import * as Y from 'yjs';
import { appendBlockLines, type Block, heading, paragraph } from '../../src/lib/doc';
import { createEditor } from '../../src/lib/editor';
import { documentExtensions } from '../../src/lib/editor/extensions';

const PAGES = 100;
const KEYS = Number(import.meta.env.VITE_KEYS ?? 300);
const sentence = 'Members agree to share what they learn, in plain words, within a month. ';

/** About 100 pages: 15 paragraphs of 3 sentences and a heading per page. */
function blocks(): Block[] {
	return Array.from({ length: PAGES }, (_, page) => [
		heading(2 as const, `Section ${page + 1}`),
		...Array.from({ length: 15 }, () => paragraph(sentence.repeat(3)))
	]).flat();
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
	// The caret in the middle of the document, as when editing a clause there.
	editor.commands.focus(Math.floor(editor.state.doc.content.size / 2));
	for (let i = 0; i < KEYS; i++) {
		const painted = new Promise<number>((resolve) => (pending = resolve));
		await userEvent.keyboard(i % 40 === 39 ? ' ' : 'e');
		// A key the editor did not see (focus elsewhere) counts as nothing, rather than waiting.
		const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), 2000));
		const ms = await Promise.race([painted, timeout]);
		if (ms >= 0) times.push(ms);
		if (i === 0) console.log(`first key: ${ms.toFixed(1)} ms`);
	}
	dom.removeEventListener('keydown', onKey, true);
	return times;
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function mount(): HTMLElement {
	const element = document.createElement('div');
	document.body.append(element);
	return element;
}

it('prints keystroke-to-paint on a 100-page document, now against before', async () => {
	const content = blocks();

	const beforeDoc = new Y.Doc({ gc: false });
	const fragment = beforeDoc.getXmlFragment('body');
	const schema = getSchema(documentExtensions());
	const lines = new Y.Doc({ gc: false });
	appendBlockLines(lines.getText('body'), content);
	const now = createEditor({ element: mount(), body: lines.getText('body'), label: 'Now' });
	prosemirrorJSONToYXmlFragment(schema, now.getJSON(), fragment);
	const before = new Editor({
		element: mount(),
		extensions: [...documentExtensions(), Collaboration.configure({ fragment })]
	});

	// Alternate rounds so that the machine's other load falls on both alike.
	const times = { now: [] as number[], before: [] as number[] };
	for (let round = 0; round < 2; round++) {
		times.before.push(...(await typeAndMeasure(before)));
		times.now.push(...(await typeAndMeasure(now)));
	}
	const line = (name: string, values: number[]) =>
		`${name}: p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
	const ratio = (p: number) => (percentile(times.now, p) / percentile(times.before, p)).toFixed(2);
	console.log(
		[
			`Keystroke to paint, ${PAGES} pages (${now.state.doc.textContent.length} characters), ${times.now.length} keys each:`,
			`  ${line('Y.Text of lines (now)', times.now)}`,
			`  ${line('XmlFragment (before)', times.before)}`,
			`  ratio now/before: p50 ${ratio(50)}×, p95 ${ratio(95)}×`
		].join('\n')
	);
	now.destroy();
	before.destroy();
}, 600_000);
