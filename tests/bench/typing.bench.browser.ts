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
import * as Y from 'yjs';
import { appendBlockLines } from '../../src/lib/doc';
import { createEditor } from '../../src/lib/editor';
import { documentExtensions } from '../../src/lib/editor/extensions';
import { charterBlocks, percentile, typeAndMeasure } from './keystrokes';

const PAGES = 100;
const KEYS = Number(import.meta.env.VITE_KEYS ?? 300);

function mount(): HTMLElement {
	const element = document.createElement('div');
	document.body.append(element);
	return element;
}

it('prints keystroke-to-paint on a 100-page document, now against before', async () => {
	const content = charterBlocks(PAGES);

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
		times.before.push(...(await typeAndMeasure(before, KEYS)));
		times.now.push(...(await typeAndMeasure(now, KEYS)));
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
