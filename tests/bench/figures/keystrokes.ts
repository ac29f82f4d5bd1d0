/**
 * Keystroke to next paint at the end of a 100-page charter, alone and with one and five peers
 * connected (their carets showing), against a plain `<textarea>` holding the same text, typed in
 * the same browser in alternating rounds so the machine's other load falls on both alike.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Figure, FigureSource } from '../suite/figure';
import type { BenchStage } from '../suite/stage';
import { charterHtml, charterText, pasteHtml, percentile, typeTimed } from './keystroke-timing';
import { createWorkspace } from './workspace-page';

const PEER_NAMES = ['Bea', 'Chidi', 'Dara', 'Emeka', 'Fatou'];

/** A separate person's browser that can reach peers over loopback WebRTC. */
async function personContext(stage: BenchStage): Promise<BrowserContext> {
	const browser = await stage.browser();
	return browser.newContext({
		baseURL: await stage.origin(),
		serviceWorkers: 'block',
		permissions: ['microphone']
	});
}

async function readInviteLink(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Invite' }).click();
	const link = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
	await page.getByRole('button', { name: 'Done' }).click();
	return link;
}

/**
 * A peer joins by the invite link, waits for the whole charter (its `last` heading), and puts its
 * caret on the heading `at`, near the typist's.
 */
async function joinPeer(stage: BenchStage, link: string, name: string, last: string, at: string) {
	const context = await personContext(stage);
	const page = await context.newPage();
	await page.goto(link);
	await page.getByRole('textbox', { name: 'Your name' }).fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	const charter = page.getByRole('textbox', { name: 'Charter' });
	// Not exact: another peer's caret label may sit in the heading.
	await charter
		.getByText(last)
		.waitFor({ timeout: 60_000 })
		.catch(async (error: Error) => {
			const text = (await charter.textContent()) ?? '';
			throw new Error(`${name} has ${text.length} characters, ending "${text.slice(-80)}"`, {
				cause: error
			});
		});
	await charter.getByText(at).click();
	return context;
}

/** Puts the caret at the end of the charter. */
async function caretAtEnd(page: Page): Promise<void> {
	await page.getByRole('textbox', { name: 'Charter' }).focus();
	await page.keyboard.press('Control+End');
}

export const keystrokeFigures: FigureSource = {
	title: 'Keystroke to paint',
	async measure(stage: BenchStage) {
		const pages = stage.pick(100, 100);
		const keys = stage.pick(40, 150);
		const rounds = stage.pick(1, 2);
		const last = `Section ${pages}`;
		const contexts: BrowserContext[] = [];
		try {
			const owner = await personContext(stage);
			contexts.push(owner);
			const typist = await owner.newPage();
			await createWorkspace(typist, 'Keystrokes');
			const charter = typist.getByRole('textbox', { name: 'Charter' });
			await caretAtEnd(typist);
			await pasteHtml(typist, charterHtml(pages));
			await charter.getByText(last, { exact: true }).waitFor({ timeout: 60_000 });
			const characters = (await charter.textContent())?.length ?? 0;
			const link = await readInviteLink(typist);

			const plain = await owner.newPage();
			await plain.setContent('<textarea aria-label="Plain" rows="40" cols="100"></textarea>');
			await plain
				.locator('textarea')
				.evaluate((area: HTMLTextAreaElement, text) => (area.value = text), charterText(pages));

			const figures: Figure[] = [];
			const cases = [
				{ name: 'alone', peers: 0 },
				{ name: 'with 1 peer', peers: 1 },
				{ name: 'with 5 peers', peers: 5 }
			];
			for (const { name, peers } of cases) {
				while (contexts.length - 1 < peers) {
					const peerName = PEER_NAMES[contexts.length - 1]!;
					const at = `Section ${pages - contexts.length + 1}`;
					contexts.push(await joinPeer(stage, link, peerName, last, at));
				}
				if (peers > 0) {
					// The typist sees every peer's caret before typing starts.
					await charter
						.locator('.collaboration-carets__caret')
						.nth(peers - 1)
						.waitFor({ timeout: 30_000 });
				}
				const times = { concord: [] as number[], textarea: [] as number[] };
				for (let round = 0; round < rounds; round++) {
					await plain.bringToFront();
					await plain.locator('textarea').focus();
					await plain.keyboard.press('Control+End');
					times.textarea.push(...(await typeTimed(plain, keys)));
					await typist.bringToFront();
					await caretAtEnd(typist);
					times.concord.push(...(await typeTimed(typist, keys)));
				}
				for (const [p, maxRatio] of [
					[95, 1.2],
					[99, 1.5]
				] as const) {
					figures.push({
						name: `Keystroke to paint, ${name}, p${p}`,
						concord: { value: percentile(times.concord, p), unit: 'ms' },
						baseline: { name: '<textarea>', value: percentile(times.textarea, p), unit: 'ms' },
						goal: { maxRatio },
						note:
							`${pages} pages (${characters} characters), ${times.concord.length} keys each at ` +
							`the end; median ${percentile(times.concord, 50).toFixed(1)} ms against ` +
							`${percentile(times.textarea, 50).toFixed(1)} ms`
					});
				}
			}
			return figures;
		} finally {
			for (const context of contexts) await context.close();
		}
	}
};
