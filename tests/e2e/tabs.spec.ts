import type { BrowserContext, Page } from '@playwright/test';
import { TEMPLATE_TITLES, createWorkspace, expect, expectSaved, test } from './fixtures';
import { seededRandom } from '../../src/lib/doc/bad-updates';
import { documentText } from './peers';

/** How long the tabs edit; longer with CONCORD_TABS_SECONDS. */
const SECONDS = Number(process.env.CONCORD_TABS_SECONDS ?? 120);
/** The seed of the random run; replay one with CONCORD_TABS_SEED. */
const SEED = Number(process.env.CONCORD_TABS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const TABS = 3;
const TOKEN = /zq\d{5}zq/g;

interface Tab {
	page: Page;
	title: string;
}

async function openTab(context: BrowserContext, url: string, title: string): Promise<Tab> {
	const page = await context.newPage();
	await page.goto(url);
	await expect(page.getByRole('textbox', { name: title })).toBeVisible();
	return { page, title };
}

/** How many times each token appears in each document, as one page shows them. */
async function tokenCounts(page: Page, urls: Map<string, string>): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	for (const [title, url] of urls) {
		await page.goto(url);
		await expect(page.getByRole('textbox', { name: title })).toBeVisible();
		await expectSaved(page);
		for (const token of (await documentText(page, title)).match(TOKEN) ?? []) {
			counts.set(token, (counts.get(token) ?? 0) + 1);
		}
	}
	return counts;
}

test(`${TABS} tabs editing and closing at random for ${SECONDS} s keep every edit exactly once`, async ({
	context,
	page
}) => {
	test.setTimeout((SECONDS + 150) * 1000);
	console.log(`tabs: seed ${SEED} (replay with CONCORD_TABS_SEED=${SEED}), ${SECONDS} s`);
	const random = seededRandom(SEED);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

	await createWorkspace(page, 'Many Tabs Group');
	const nav = page.getByRole('navigation', { name: 'Documents' });
	const urls = new Map<string, string>();
	for (const title of TEMPLATE_TITLES) {
		const href = await nav.getByRole('link', { name: title }).getAttribute('href');
		urls.set(title, new URL(href!, page.url()).href);
	}
	await page.close();
	const tabs: Tab[] = [];
	for (let i = 0; i < TABS; i++) {
		const title = pick(TEMPLATE_TITLES);
		tabs.push(await openTab(context, urls.get(title)!, title));
	}

	const acknowledged = new Set<string>();
	const typed: string[] = [];
	let closes = 0;
	const deadline = Date.now() + SECONDS * 1000;
	while (Date.now() < deadline) {
		const index = Math.floor(random() * tabs.length);
		if (random() < 0.15) {
			// A tab closes without warning, and another opens on a document chosen at random.
			await tabs[index]!.page.close();
			closes++;
			const title = pick(TEMPLATE_TITLES);
			tabs[index] = await openTab(context, urls.get(title)!, title);
			continue;
		}
		const { page: tab, title } = tabs[index]!;
		const token = `zq${String(typed.length).padStart(5, '0')}zq`;
		typed.push(token);
		await tab.getByRole('textbox', { name: title }).focus();
		await tab.keyboard.press('Control+End');
		await tab.keyboard.press('Enter');
		await tab.keyboard.insertText(`Edit ${token}.`);
		if (random() < 0.5) {
			await expectSaved(tab);
			acknowledged.add(token);
		}
	}
	for (const { page: tab } of tabs) await expectSaved(tab);

	const seen: Map<string, number>[] = [];
	for (const { page: tab } of tabs) seen.push(await tokenCounts(tab, urls));
	await tabs[0]!.page.reload();
	seen.push(await tokenCounts(tabs[0]!.page, urls));
	const [first] = seen;
	const lost = [...acknowledged].filter((token) => !first!.has(token));
	const doubled = [...first!].filter(([, count]) => count > 1).map(([token]) => token);
	console.log(
		`tabs: ${typed.length} edits (${acknowledged.size} acknowledged), ${closes} tab closes; ` +
			`acknowledged lost: ${lost.length}, unacknowledged lost: ${typed.length - first!.size - lost.length}, ` +
			`duplicated: ${doubled.length}`
	);
	expect(lost, 'acknowledged edits missing').toEqual([]);
	expect(doubled, 'edits present more than once').toEqual([]);
	// Every tab, and the copy reloaded from this device, shows the same edits.
	for (const counts of seen.slice(1)) expect([...counts].sort()).toEqual([...first!].sort());
});
