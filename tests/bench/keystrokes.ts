/*
 * What the keystroke benchmarks in Chromium share: a long charter's blocks, typing through the
 * browser's real input pipeline while timing each key to the end of the frame that shows it, and
 * percentiles.
 */
import type { Editor } from '@tiptap/core';
import { userEvent } from 'vitest/browser';
import { heading, paragraph, type Block } from '../../src/lib/doc';

const SENTENCE = 'Members agree to share what they learn, in plain words, within a month. ';

/** About `pages` pages: a heading and 15 paragraphs of 3 sentences per page. */
export function charterBlocks(pages: number): Block[] {
	return Array.from({ length: pages }, (_, page) => [
		heading(2 as const, `Section ${page + 1}`),
		...Array.from({ length: 15 }, () => paragraph(SENTENCE.repeat(3)))
	]).flat();
}

/** Types `keys` keys in the middle of an editor's text; each key's time to paint, in ms. */
export async function typeAndMeasure(editor: Editor, keys: number): Promise<number[]> {
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
	for (let i = 0; i < keys; i++) {
		const painted = new Promise<number>((resolve) => (pending = resolve));
		await userEvent.keyboard(i % 40 === 39 ? ' ' : 'e');
		// A key the editor did not see (focus elsewhere) counts as nothing, rather than waiting.
		const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), 2000));
		const ms = await Promise.race([painted, timeout]);
		if (ms >= 0) times.push(ms);
	}
	dom.removeEventListener('keydown', onKey, true);
	return times;
}

/** The `p`th percentile of some times. */
export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
