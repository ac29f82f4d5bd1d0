import type { Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchCrashable, type CrashableBrowser } from './crashable-browser';
import { expect, expectSaved, test, typeAtEnd } from './fixtures';

/** How many times the browser is killed; more with CONCORD_CRASH_TRIALS. */
const TRIALS = Number(process.env.CONCORD_CRASH_TRIALS ?? 20);

/** Creates a workspace on a page without a base address, and returns its charter's address. */
async function createAt(page: Page, origin: string, name: string): Promise<string> {
	await page.goto(`${origin}/`);
	await page.getByRole('button', { name: 'New workspace' }).click();
	await page.getByRole('textbox', { name: 'Workspace name' }).fill(name);
	await page.getByRole('textbox', { name: 'Your name' }).fill('Amina');
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('textbox', { name: 'Charter' })).toBeVisible();
	await expectSaved(page);
	return page.url();
}

test(`every edit acknowledged as saved survives the browser being killed, ${TRIALS} times`, async ({
	baseURL
}) => {
	test.setTimeout(60_000 + TRIALS * 12_000);
	const profile = await mkdtemp(join(tmpdir(), 'concord-crash-'));
	const acknowledged: string[] = [];
	const lost: string[] = [];
	let browser: CrashableBrowser | undefined;
	try {
		browser = await launchCrashable(profile);
		const charterUrl = await createAt(browser.page, baseURL!, 'Crash Test Group');
		for (let trial = 1; trial <= TRIALS + 1; trial++) {
			if (trial > 1) {
				browser = await launchCrashable(profile);
				await browser.page.goto(charterUrl);
				const charter = browser.page.getByRole('textbox', { name: 'Charter' });
				await expect(charter).toBeVisible();
				const text = (await charter.textContent()) ?? '';
				for (const marker of acknowledged) {
					if (!text.includes(marker) && !lost.includes(marker)) lost.push(marker);
				}
			}
			if (trial > TRIALS) break;
			const marker = `Acknowledged edit ${trial} ${Math.random().toString(36).slice(2, 10)}.`;
			await appendParagraph(browser.page, 'Charter', marker, true);
			await expectSaved(browser.page);
			acknowledged.push(marker);
			await browser.kill();
		}
		await browser.close();
		console.log(
			`durability: ${TRIALS} kills (SIGKILL) after "Saved on this device", ` +
				`${acknowledged.length} acknowledged edits, ${lost.length} lost`
		);
		expect(lost, 'acknowledged edits missing after a restart').toEqual([]);
	} finally {
		// A failing step must not leave its browser running.
		await browser?.close();
		await rm(profile, { recursive: true, force: true });
	}
});

/**
 * Sets this site's storage quota through the DevTools protocol: shrunk below what the site already
 * uses, no further write fits, as on a full disk. The override lasts as long as the protocol
 * session, and navigator.storage.estimate() does not report it.
 */
async function setQuota(browser: CrashableBrowser, origin: string, quotaSize: number) {
	const cdp = await browser.context.newCDPSession(browser.page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
}

/** Adds a paragraph at the end of a document: typed key by key, or as one edit (as a paste). */
async function appendParagraph(page: Page, title: string, text: string, typed = false) {
	await page.getByRole('textbox', { name: title }).focus();
	await page.keyboard.press('Control+End');
	await page.keyboard.press('Enter');
	if (typed) await page.keyboard.type(text);
	else await page.keyboard.insertText(text);
}

/**
 * Types short edits until the indicator says "Not saved", noting in `acknowledged` each one it
 * said "Saved on this device" for; returns how many edits it took. The browser checks the quota
 * against a remaining-space figure it refreshes now and then, so the first few writes after the
 * quota shrinks may still fit.
 */
async function typeUntilNotSaved(
	page: Page,
	round: string,
	acknowledged: string[]
): Promise<number> {
	const state = page.getByRole('status').filter({ hasText: /^(Saved on this device|Not saved)$/ });
	for (let edit = 1; edit <= 200; edit++) {
		const text = `${round} edit ${edit} typed while the disk filled up.`;
		await appendParagraph(page, 'Charter', text, true);
		await expect(state).toBeVisible();
		if ((await state.textContent())?.includes('Not saved')) return edit;
		acknowledged.push(text);
	}
	throw new Error('200 edits were saved with the quota shrunk: the override had no effect');
}

// Saving again once space is freed ("Try saving again") is tested with an injected failure in
// src/lib/persistence/local-store.browser.test.ts.
test('with the disk full, an edit shows "Not saved", and nothing acknowledged is lost', async ({
	baseURL
}) => {
	test.setTimeout(120_000);
	const profile = await mkdtemp(join(tmpdir(), 'concord-quota-'));
	const origin = baseURL!;
	let browser: CrashableBrowser | undefined;
	try {
		browser = await launchCrashable(profile);
		const charterUrl = await createAt(browser.page, origin, 'Full Disk Group');
		await typeAtEnd(browser.page, 'Charter', 'Acknowledged before the disk filled.');
		await expectSaved(browser.page);

		await setQuota(browser, origin, 1000);
		const shrunk = Date.now();
		const acknowledged = ['Acknowledged before the disk filled.'];
		const edits = await typeUntilNotSaved(browser.page, 'First', acknowledged);
		await expect(browser.page.getByRole('alert')).toContainText('run out of storage space');
		console.log(
			`full disk: "Not saved" shown at edit ${edits} after the quota was shrunk ` +
				`(${((Date.now() - shrunk) / 1000).toFixed(1)} s later)`
		);
		const before = browser.page.getByRole('textbox', { name: 'Charter' });
		for (const text of acknowledged) await expect(before).toContainText(text);
		await browser.kill();

		browser = await launchCrashable(profile);
		await browser.page.goto(charterUrl);
		const charter = browser.page.getByRole('textbox', { name: 'Charter' });
		for (const text of acknowledged) await expect(charter).toContainText(text);
		await expectSaved(browser.page);
		await browser.close();
	} finally {
		await browser?.close();
		await rm(profile, { recursive: true, force: true });
	}
});
