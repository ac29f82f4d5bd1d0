import type { Page, TestInfo } from '@playwright/test';
import { templatesIn } from '../../src/lib/doc/templates';
import { say } from './catalogue';
import { downloaded } from './downloads';
import { expect, test, typeAtEnd } from './fixtures';
import { documentText, newPeer } from './peers';

/*
 * The interface in six languages: chosen on the home page or in Settings, switched in place,
 * remembered; Arabic mirrors the layout; members whose interfaces differ write one document.
 */

const charterTitle = async (locale: string) => (await templatesIn(locale)).workspace[0]!.title;

/** Creates a workspace from the home page in the interface's language, and waits for its charter. */
async function createIn(page: Page, locale: string, name: string, you = 'Amina'): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: say(locale, 'new_workspace') }).click();
	await page.getByRole('textbox', { name: say(locale, 'workspace_name') }).fill(name);
	await page.getByRole('textbox', { name: say(locale, 'your_name') }).fill(you);
	await page.getByRole('button', { name: say(locale, 'create'), exact: true }).click();
	await expect(page.getByRole('textbox', { name: await charterTitle(locale) })).toBeVisible({
		timeout: 30_000
	});
}

test('a person switches the interface language in place, and the choice stays on this device', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('en', 'home_title'));
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
	const menu = page.getByRole('combobox', { name: say('en', 'interface_language') });
	await expect(menu.getByRole('option')).toHaveText([
		'English',
		'Français',
		'Español',
		'Português',
		'العربية',
		'Kiswahili'
	]);

	await menu.selectOption('fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('fr', 'home_title'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await page.getByRole('combobox', { name: say('fr', 'interface_language') }).selectOption('ar');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('ar', 'home_title'));
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page).toHaveTitle(say('ar', 'page_title', { page: say('ar', 'home_title') }));
	// Nothing reloaded: what the page held before the switches is still there.
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('ar', 'home_title'));
	await page.getByRole('link', { name: say('ar', 'settings') }).click();
	const again = page.getByRole('combobox', { name: say('ar', 'interface_language') });
	await expect(again).toHaveValue('ar');
	await again.selectOption('sw');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('sw', 'settings'));
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('the interface starts in the browser’s preferred language', async ({ browser, baseURL }) => {
	const { context, page } = await newPeer(browser, baseURL!, { locale: 'pt-BR' });
	try {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('pt', 'home_title'));
		await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
	} finally {
		await context.close();
	}
});

/**
 * How much more the columns of the Arabic screenshot look like the English one mirrored than like
 * it unmirrored: the correlation of their column brightness, both ways.
 */
async function mirroring(page: Page, english: Buffer, arabic: Buffer) {
	return page.evaluate(
		async ({ en, ar }) => {
			const columns = async (png: string) => {
				const image = new Image();
				image.src = `data:image/png;base64,${png}`;
				await image.decode();
				const canvas = new OffscreenCanvas(image.width, image.height);
				const context = canvas.getContext('2d')!;
				context.drawImage(image, 0, 0);
				const { data } = context.getImageData(0, 0, image.width, image.height);
				const sums = new Array<number>(image.width).fill(0);
				for (let i = 0; i < data.length; i += 4) {
					sums[(i / 4) % image.width]! +=
						0.3 * data[i]! + 0.59 * data[i + 1]! + 0.11 * data[i + 2]!;
				}
				return sums;
			};
			const correlation = (a: number[], b: number[]) => {
				const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
				const [ma, mb] = [mean(a), mean(b)];
				let [ab, aa, bb] = [0, 0, 0];
				a.forEach((x, i) => {
					ab += (x - ma) * (b[i]! - mb);
					aa += (x - ma) ** 2;
					bb += (b[i]! - mb) ** 2;
				});
				return ab / Math.sqrt(aa * bb);
			};
			const [e, a] = [await columns(en), await columns(ar)];
			return { mirrored: correlation(a, [...e].reverse()), unmirrored: correlation(a, e) };
		},
		{ en: english.toString('base64'), ar: arabic.toString('base64') }
	);
}

/** A screenshot without a caret or focus ring, attached to the test's report. */
async function screenshot(page: Page, info: TestInfo, name: string): Promise<Buffer> {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.mouse.move(0, 0);
	const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
	await info.attach(name, { body: png, contentType: 'image/png' });
	return png;
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 360, height: 740 }
]) {
	test(`Arabic mirrors the layout at ${viewport.width} px: the sidebar on the right, text aligned right`, async ({
		browser,
		baseURL
	}, info) => {
		const en = await newPeer(browser, baseURL!, { locale: 'en-GB', viewport });
		const ar = await newPeer(browser, baseURL!, { locale: 'ar', viewport });
		try {
			await createIn(en.page, 'en', 'Listening Network');
			await createIn(ar.page, 'ar', 'شبكة الإصغاء');
			const editor = ar.page.getByRole('textbox', { name: await charterTitle('ar') });
			await expect(editor).toHaveAttribute('lang', 'ar');
			await expect(editor).toHaveAttribute('dir', 'rtl');

			// Text aligned right: the first paragraph ends at the editor's right edge.
			const edges = await editor.evaluate((element) => {
				const range = document.createRange();
				range.selectNodeContents(element.querySelector('p')!);
				const text = range.getBoundingClientRect();
				const box = element.getBoundingClientRect();
				return { right: box.right - text.right, left: text.left - box.left };
			});
			expect(edges.right).toBeLessThan(edges.left);
			if (viewport.width >= 1280) {
				const nav = await ar.page
					.getByRole('navigation', { name: say('ar', 'workspace_navigation') })
					.boundingBox();
				const main = await ar.page.getByRole('main').boundingBox();
				expect(nav!.x).toBeGreaterThan(main!.x);
			}

			const pages: [string, () => Promise<void>][] = [
				['charter', async () => {}],
				[
					'home',
					async () => {
						await en.page.goto('/');
						await ar.page.goto('/');
					}
				]
			];
			for (const [screen, open] of pages) {
				await open();
				const score = await mirroring(
					ar.page,
					await screenshot(en.page, info, `${screen}-en-${viewport.width}.png`),
					await screenshot(ar.page, info, `${screen}-ar-${viewport.width}.png`)
				);
				console.log(
					`[measure] ${screen} at ${viewport.width} px: Arabic against English mirrored r = ${score.mirrored.toFixed(2)}, unmirrored r = ${score.unmirrored.toFixed(2)}`
				);
				expect(score.mirrored, screen).toBeGreaterThan(score.unmirrored);
			}
		} finally {
			await en.context.close();
			await ar.context.close();
		}
	});
}

test('a member with an Arabic interface and one with a French interface write one Arabic charter', async ({
	browser,
	baseURL
}) => {
	const amina = await newPeer(browser, baseURL!, { locale: 'ar' });
	const bea = await newPeer(browser, baseURL!, { locale: 'fr-FR' });
	try {
		await createIn(amina.page, 'ar', 'شبكة الإصغاء', 'Amina أمينة');
		await amina.page.getByRole('button', { name: say('ar', 'invite'), exact: true }).click();
		const dialog = amina.page.getByRole('dialog', { name: say('ar', 'invite_title') });
		const link = await dialog.getByRole('textbox', { name: say('ar', 'invite_link') }).inputValue();
		await dialog.getByRole('button', { name: say('ar', 'done') }).click();

		await bea.page.goto(link);
		await bea.page.getByRole('textbox', { name: say('fr', 'your_name') }).fill('Bea');
		await bea.page.getByRole('button', { name: say('fr', 'join') }).click();
		const title = await charterTitle('ar');
		const beasCharter = bea.page.getByRole('textbox', { name: title });
		await expect(beasCharter).toBeVisible({ timeout: 20_000 });
		// The text keeps its own language in the French interface.
		await expect(bea.page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(beasCharter).toHaveAttribute('dir', 'rtl');

		await typeAtEnd(amina.page, title, 'نجتمع كل شهر عبر الإنترنت.');
		// Bea reads Amina's line as it arrives, then writes hers below it.
		await expect.poll(() => documentText(bea.page, title)).toContain('نجتمع كل شهر عبر الإنترنت.');
		await typeAtEnd(bea.page, title, 'Bea: نتبادل المحاضر بعد كل اجتماع.');
		for (const page of [amina.page, bea.page]) {
			await expect.poll(() => documentText(page, title)).toContain('نجتمع كل شهر عبر الإنترنت.');
			await expect.poll(() => documentText(page, title)).toContain('نتبادل المحاضر بعد كل اجتماع.');
		}

		// Each sees the other here and their caret, named in the reader's own language.
		const views = [
			{ page: amina.page, locale: 'ar', other: 'Bea' },
			{ page: bea.page, locale: 'fr', other: 'Amina أمينة' }
		];
		for (const { page, locale, other } of views) {
			const here = page.getByRole('list', { name: say(locale, 'here_now') });
			await expect(here.getByRole('listitem').filter({ hasText: other })).toBeVisible();
			const caret = page
				.getByRole('textbox', { name: title })
				.locator(`[title="${say(locale, 'caret_label', { name: other })}"]`);
			await expect(caret).toHaveText(other);
		}

		// Bea sends the Arabic charter on from her French interface: the text stays right to left.
		const html = await downloaded(bea.page, async () => {
			await bea.page.getByRole('button', { name: say('fr', 'export_menu'), exact: true }).click();
			await bea.page.getByRole('menuitem', { name: 'HTML', exact: true }).click();
		});
		expect(html.text()).toContain('<html lang="ar" dir="rtl">');
		expect(html.text()).toContain('<dl lang="fr" dir="ltr">');
		expect(html.text()).toContain('نتبادل المحاضر بعد كل اجتماع.');
	} finally {
		await amina.context.close();
		await bea.context.close();
	}
});
