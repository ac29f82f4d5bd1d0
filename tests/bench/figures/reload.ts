/**
 * Reload → editable: from `page.reload()` until the charter takes typing, in the built app, on a
 * 100-page charter and on the real editing trace with its whole history; against a plain TipTap
 * editor (no Yjs) given the same text as HTML on the same origin, and, reported, against
 * `Y.applyUpdate` of the workspace's state in the page.
 */
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import type { Figure, FigureSource } from '../suite/figure';
import type { BenchStage } from '../suite/stage';
import { charterHtml, hundredPageWorkspace, openAsFile, traceWorkspace } from './workspace-files';

const ENTRY = fileURLToPath(new URL('./plain-editor.entry.ts', import.meta.url));

let script: Promise<string> | undefined;
/** The baseline page's script, bundled once per run. */
function plainEditorScript(): Promise<string> {
	script ??= build({
		entryPoints: [ENTRY],
		bundle: true,
		format: 'esm',
		minify: true,
		write: false
	}).then((out) => out.outputFiles[0]!.text);
	return script;
}

/** Reloads and returns the ms from the new document's start until the charter is editable. */
async function reloadToEditable(page: Page): Promise<number> {
	await page.reload({ waitUntil: 'commit' });
	return page.evaluate(async () => {
		// No named function here: the page runs this text as it is, without the bundler's helpers.
		while (
			!document.querySelector('[role="textbox"][aria-label="Charter"][contenteditable="true"]')
		)
			await new Promise(requestAnimationFrame);
		return performance.now();
	});
}

/** Types a word at the charter's end and waits until it shows: the charter really is editable. */
async function typingWorks(page: Page, word: string): Promise<void> {
	const charter = page.getByRole('textbox', { name: 'Charter' });
	await charter.click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type(word);
	await charter.getByText(word).first().waitFor();
}

function median(values: number[]): number {
	return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function measureOne(
	stage: BenchStage,
	label: string,
	doc: Y.Doc,
	rounds: number
): Promise<Figure[]> {
	const origin = await stage.origin();
	const context = await stage.context();
	try {
		const app = await context.newPage();
		await openAsFile(app, doc);
		await typingWorks(app, 'Opened');
		const appMs: number[] = [];
		for (let i = 0; i < rounds; i++) appMs.push(await reloadToEditable(app));
		await typingWorks(app, 'Reloaded');

		const html = charterHtml(doc);
		const state = Y.encodeStateAsUpdate(doc);
		const js = await plainEditorScript();
		const plain = await context.newPage();
		await plain.route(`${origin}/bench/**`, (route) => {
			const path = new URL(route.request().url()).pathname;
			if (path.endsWith('.js')) return route.fulfill({ contentType: 'text/javascript', body: js });
			if (path.endsWith('.bin'))
				return route.fulfill({ contentType: 'application/octet-stream', body: Buffer.from(state) });
			return route.fulfill({
				contentType: 'text/html',
				body:
					'<!doctype html><meta charset="utf-8"><title>Plain editor</title><div id="editor"></div>' +
					`<template id="content">${html}</template><script type="module" src="/bench/plain-editor.js"></script>`
			});
		});
		await plain.goto(`${origin}/bench/plain-editor.html`);
		await typingWorks(plain, 'Opened');
		const plainMs: number[] = [];
		for (let i = 0; i < rounds; i++) plainMs.push(await reloadToEditable(plain));
		await typingWorks(plain, 'Reloaded');
		const applyMs: number[] = [];
		for (let i = 0; i < rounds; i++)
			applyMs.push(
				await plain.evaluate(
					(url) =>
						(window as unknown as { applyState: (u: string) => Promise<number> }).applyState(url),
					'/bench/state.bin'
				)
			);

		const note = `${(state.length / 1024).toFixed(0)} KiB state (v1), ${html.length} characters of HTML; median of ${rounds} reloads`;
		return [
			{
				name: `Reload → editable, ${label}`,
				concord: { value: median(appMs), unit: 'ms' },
				baseline: { name: 'plain TipTap, same HTML', value: median(plainMs), unit: 'ms' },
				goal: { maxRatio: 1.5 },
				note
			},
			{
				name: `Reload → editable against applying the state, ${label}`,
				concord: { value: median(appMs), unit: 'ms' },
				baseline: { name: 'Y.applyUpdate in the page', value: median(applyMs), unit: 'ms' }
			}
		];
	} finally {
		await context.close();
	}
}

export const reloadFigures: FigureSource = {
	title: 'Reload to editable',
	async measure(stage: BenchStage) {
		const rounds = stage.pick(2, 7);
		const hundred = await measureOne(stage, '100-page charter', hundredPageWorkspace(), rounds);
		// Quick mode replays the trace's first quarter; the full mode all of it.
		const trace = traceWorkspace(stage.pick(65_000, Infinity));
		const label = `${trace.real ? 'real' : 'generated'} trace (${trace.transactions} transactions)`;
		return [...hundred, ...(await measureOne(stage, label, trace.doc, rounds))];
	}
};
