/**
 * Benchmark, not a test: how fast the group's text travels, measured on loopback between two
 * browser contexts (separate profiles, real WebRTC, the real relay). Prints the time from opening an
 * invite link to the first synced text, and edit-to-peer latency (median and 95th percentile).
 * Run: `npm run bench:sync` (EDITS=200 by default).
 */
import { chromium, type Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServer, listen } from '../../src/server/app-server';
import { buildIfNeeded } from '../../src/server/build-if-needed';
import { attachSignalingRelay } from '../../src/server/signaling-relay';
import { chromiumArgs, chromiumExecutable } from '../chromium';

const EDITS = Number(process.env.EDITS ?? 200);
const root = fileURLToPath(new URL('../..', import.meta.url));
const buildDir = join(root, 'build');

buildIfNeeded(root, buildDir, (line) => console.log(line));
const app = createAppServer({ buildDir, host: '127.0.0.1', port: 0 });
const relay = attachSignalingRelay(app, { path: '/signal' });
const server = await listen(app, '127.0.0.1', 0);
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });

async function peer(): Promise<Page> {
	const context = await browser.newContext({ baseURL: origin, permissions: ['microphone'] });
	return context.newPage();
}

const percentile = (sorted: number[], q: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

try {
	const a = await peer();
	await a.goto('/');
	await a.getByRole('button', { name: 'New workspace' }).click();
	await a.getByRole('textbox', { name: 'Workspace name' }).fill('Latency');
	await a.getByRole('textbox', { name: 'Your name' }).fill('Amina');
	await a.getByRole('button', { name: 'Create' }).click();
	const charterA = a.getByRole('textbox', { name: 'Charter' });
	await charterA.waitFor();
	await a.getByRole('button', { name: 'Invite' }).click();
	const link = await a.getByRole('textbox', { name: 'Invite link' }).inputValue();
	await a.getByRole('button', { name: 'Done' }).click();

	const b = await peer();
	const opened = Date.now();
	await b.goto(link);
	await b.getByRole('textbox', { name: 'Your name' }).fill('Bea');
	const joinedAt = Date.now();
	await b.getByRole('button', { name: 'Join' }).click();
	const charterB = b.getByRole('textbox', { name: 'Charter' });
	await charterB.getByText('Purpose and scope').waitFor({ timeout: 30_000 });
	const arrived = Date.now();
	console.log(`Invite link opened → first synced text: ${arrived - opened} ms`);
	console.log(`  of which "Join" clicked → first synced text: ${arrived - joinedAt} ms`);

	// Edit-to-peer: A inserts a marker; B's page records when its editor shows it (same clock).
	await charterA.click();
	await a.keyboard.press('Control+End');
	await a.keyboard.press('Enter');
	const latencies: number[] = [];
	for (let i = 0; i < EDITS; i++) {
		const marker = `m${i}x`;
		// A string, not a function: the TypeScript runner would add helpers the page does not have.
		const seen = b.evaluate(`new Promise((resolve) => {
			const editor = document.querySelector('[role="textbox"][aria-label="Charter"]');
			const observer = new MutationObserver(() => {
				if (editor.textContent.includes(${JSON.stringify(marker)})) {
					observer.disconnect();
					resolve(Date.now());
				}
			});
			observer.observe(editor, { subtree: true, childList: true, characterData: true });
		})`) as Promise<number>;
		await b.evaluate(() => 0); // the observer is in place before typing starts
		const sent = await a.evaluate(() => Date.now());
		await a.keyboard.insertText(marker);
		latencies.push((await seen) - sent);
	}
	latencies.sort((x, y) => x - y);
	console.log(`Edit → shown on the peer over ${EDITS} edits:`);
	console.log(
		`  median ${percentile(latencies, 0.5)} ms, p95 ${percentile(latencies, 0.95)} ms, max ${latencies.at(-1)} ms`
	);
} finally {
	await browser.close();
	await relay.close();
	server.close();
}
