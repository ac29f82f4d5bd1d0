/**
 * The JavaScript a person downloads: every script the home page and a charter page load on a cold
 * visit, gzipped at level 9, against the budgets (120 KB and 200 KB).
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure, FigureSource } from '../suite/figure';
import { buildDir, type BenchStage } from '../suite/stage';
import { createWorkspace } from './workspace-page';

const KB = 1000;

/** Records the path of every script the page loads from now on. */
function recordScripts(page: Page): Set<string> {
	const scripts = new Set<string>();
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (path.endsWith('.js')) scripts.add(path);
	});
	return scripts;
}

function gzippedSize(scripts: Set<string>): number {
	let bytes = 0;
	for (const path of scripts)
		bytes += gzipSync(readFileSync(join(buildDir, path)), { level: 9 }).length;
	return bytes;
}

function budgetFigure(name: string, scripts: Set<string>, budgetKb: number): Figure {
	return {
		name,
		concord: { value: gzippedSize(scripts) / KB, unit: 'KB' },
		baseline: { name: 'budget', value: budgetKb, unit: 'KB' },
		goal: { maxRatio: 1 },
		note: `${scripts.size} scripts, gzip -9`
	};
}

export const bundleFigures: FigureSource = {
	title: 'JavaScript loaded',
	async measure(stage: BenchStage) {
		const home = await (await stage.context()).newPage();
		const homeScripts = recordScripts(home);
		await home.goto('/');
		await home.getByRole('button', { name: 'New workspace' }).waitFor();
		await home.waitForLoadState('networkidle');

		const setup = await (await stage.context()).newPage();
		await createWorkspace(setup, 'Bundle');
		const editorScripts = recordScripts(setup);
		await setup.reload();
		await setup.getByRole('textbox', { name: 'Charter' }).waitFor();
		await setup.waitForLoadState('networkidle');
		await home.context().close();
		await setup.context().close();
		return [
			budgetFigure('JavaScript of the home page (gzip)', homeScripts, 120),
			budgetFigure('JavaScript of the charter page (gzip)', editorScripts, 200)
		];
	}
};
