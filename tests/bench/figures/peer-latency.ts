/**
 * Edit → shown on a connected peer: the time from an edit in one member's browser to its display
 * in another's (separate contexts, real WebRTC over loopback, the real relay), for Concord against
 * a bare `Y.Text` on raw y-webrtc between two pages, measured in the same run.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Figure, FigureSource } from '../suite/figure';
import type { BenchStage } from '../suite/stage';
import { percentile } from './keystroke-timing';
import { openRawPage } from './raw-webrtc-page';
import { createWorkspace } from './workspace-page';

async function personContext(stage: BenchStage): Promise<BrowserContext> {
	const browser = await stage.browser();
	const context = await browser.newContext({
		baseURL: await stage.origin(),
		serviceWorkers: 'block',
		permissions: ['microphone'],
		bypassCSP: true
	});
	return context;
}

/** Resolves with the time `page` shows `marker` inside `selector` (wall clock, shared by pages). */
function shownAt(page: Page, selector: string, marker: string): Promise<number> {
	// A string, not a function: the TypeScript runner would add helpers the page does not have.
	return page.evaluate(`new Promise((resolve) => {
		const target = document.querySelector(${JSON.stringify(selector)});
		const observer = new MutationObserver(() => {
			if (target.textContent.includes(${JSON.stringify(marker)})) {
				observer.disconnect();
				resolve(Date.now());
			}
		});
		observer.observe(target, { subtree: true, childList: true, characterData: true });
	})`) as Promise<number>;
}

/** Concord: member A types a marker into the charter; B's charter shows it. */
async function concordLatencies(stage: BenchStage, edits: number): Promise<number[]> {
	const a = await (await personContext(stage)).newPage();
	const b = await (await personContext(stage)).newPage();
	try {
		await createWorkspace(a, 'Latency');
		await a.getByRole('button', { name: 'Invite' }).click();
		const link = await a.getByRole('textbox', { name: 'Invite link' }).inputValue();
		await a.getByRole('button', { name: 'Done' }).click();
		await b.goto(link);
		await b.getByRole('textbox', { name: 'Your name' }).fill('Bea');
		await b.getByRole('button', { name: 'Join' }).click();
		await b
			.getByRole('textbox', { name: 'Charter' })
			.getByText('Purpose and scope')
			.waitFor({ timeout: 30_000 });
		const charter = a.getByRole('textbox', { name: 'Charter' });
		await charter.focus();
		await a.keyboard.press('Control+End');
		await a.keyboard.press('Enter');
		// The edit starts when the browser hands the input to the page.
		await a.evaluate(`addEventListener('beforeinput', () => (window.__sent = Date.now()), true)`);
		const latencies: number[] = [];
		for (let i = 0; i < edits; i++) {
			const marker = `m${i}x`;
			const seen = shownAt(b, '[role="textbox"][aria-label="Charter"]', marker);
			await b.evaluate('0'); // the observer is in place before typing starts
			await a.keyboard.insertText(marker);
			const shown = await seen;
			latencies.push(shown - ((await a.evaluate('window.__sent')) as number));
		}
		return latencies;
	} finally {
		await a.context().close();
		await b.context().close();
	}
}

/** The baseline: a bare `Y.Text` on raw y-webrtc in two pages, one inserting, one showing. */
async function rawLatencies(stage: BenchStage, edits: number): Promise<number[]> {
	const a = await (await personContext(stage)).newPage();
	const b = await (await personContext(stage)).newPage();
	try {
		const room = `raw-${Math.random().toString(36).slice(2)}`;
		const relay = await stage.relayUrl();
		for (const page of [a, b]) {
			await openRawPage(page);
			await page.evaluate(
				`openRoom(${JSON.stringify(room)}, 'a password of the bench', ${JSON.stringify(relay)})`
			);
		}
		await a.evaluate(`raw.text.insert(0, 'ready ')`);
		// The first text arrives once the two pages are connected.
		await b.locator('#shown').getByText('ready').waitFor({ timeout: 30_000 });
		const latencies: number[] = [];
		for (let i = 0; i < edits; i++) {
			const marker = `m${i}x`;
			const seen = shownAt(b, '#shown', marker);
			await b.evaluate('0');
			const sent = (await a.evaluate(
				`(() => { const t = Date.now(); raw.text.insert(raw.text.length, ${JSON.stringify(marker)}); return t; })()`
			)) as number;
			latencies.push((await seen) - sent);
		}
		return latencies;
	} finally {
		await a.context().close();
		await b.context().close();
	}
}

export const peerLatencyFigures: FigureSource = {
	title: 'Edit shown on a peer',
	async measure(stage: BenchStage) {
		const edits = stage.pick(60, 300);
		const raw = await rawLatencies(stage, edits);
		const concord = await concordLatencies(stage, edits);
		const note = `${edits} edits each, two browser contexts over loopback WebRTC and the same relay`;
		const figure = (name: string, p: number, goal?: Figure['goal']): Figure => ({
			name,
			concord: { value: percentile(concord, p), unit: 'ms' },
			baseline: { name: 'raw y-webrtc + Y.Text', value: percentile(raw, p), unit: 'ms' },
			goal,
			note
		});
		return [
			figure('Edit shown on a peer, median', 50, { maxRatio: 2 }),
			figure('Edit shown on a peer, p95', 95)
		];
	}
};
