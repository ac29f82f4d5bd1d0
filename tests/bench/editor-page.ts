/**
 * Benchmark, not a test: what the editor page costs a person on a modest connection and device.
 * Prints the JavaScript the charter page loads (raw and gzipped, from the build output) and the
 * time from navigation to an editable charter over repeated reloads. Run: `npm run bench`.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createAppServer, listen } from '../../src/server/app-server';
import { buildIfNeeded } from '../../src/server/build-if-needed';
import { chromiumArgs, chromiumExecutable } from '../chromium';

const RELOADS = Number(process.env.RELOADS ?? 15);
const root = fileURLToPath(new URL('../..', import.meta.url));
const buildDir = join(root, 'build');

buildIfNeeded(root, buildDir, (line) => console.log(line));
const server = await listen(
	createAppServer({ buildDir, host: '127.0.0.1', port: 0 }),
	'127.0.0.1',
	0
);
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });

try {
	const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto('/');
	await page.getByRole('button', { name: 'New workspace' }).click();
	await page.getByRole('textbox', { name: 'Workspace name' }).fill('Benchmark');
	await page.getByRole('textbox', { name: 'Your name' }).fill('Bench');
	await page.getByRole('button', { name: 'Create' }).click();
	const charter = page.getByRole('textbox', { name: 'Charter' });
	await charter.waitFor();

	const scripts = new Set<string>();
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (path.endsWith('.js')) scripts.add(path);
	});
	await page.reload();
	await charter.waitFor();

	let raw = 0;
	let gzipped = 0;
	for (const path of scripts) {
		const bytes = readFileSync(join(buildDir, path));
		raw += bytes.length;
		gzipped += gzipSync(bytes, { level: 9 }).length;
	}
	console.log(`JavaScript loaded by the charter page: ${scripts.size} files`);
	console.log(`  raw:     ${(raw / 1024).toFixed(1)} KiB`);
	console.log(`  gzip -9: ${(gzipped / 1024).toFixed(1)} KiB`);

	const times: number[] = [];
	for (let i = 0; i < RELOADS; i++) {
		await page.reload();
		await charter.waitFor();
		await page.waitForFunction(() =>
			document.querySelector('[role="textbox"][contenteditable="true"]')
		);
		times.push(await page.evaluate(() => performance.now()));
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
	console.log(
		`Navigation → editable charter over ${RELOADS} reloads (warm cache, no service worker):`
	);
	console.log(
		`  median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms`
	);
} finally {
	await browser.close();
	server.close();
}
