import { executableInDocx, executableInMarkdown } from '../xss/export-checks';
import { packPayloads } from '../xss/packing';
import { XSS_PAYLOADS } from '../xss/payloads';
import { downloaded } from './downloads';
import { createWorkspace, expect, test } from './fixtures';
import { report, watch } from './xss-watch';

/**
 * Every cross-site-scripting vector of tests/xss/payloads.ts as the texts of learning-log
 * entries (what we tried, what happened, what we learned, named and unnamed) and of comments on
 * them; shown on the Learning log page, and in every file the log is exported to.
 */

test('payloads as learning-log entries and comments are shown as text, and the log exports inert', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(300_000);
	const seen = await watch(context, baseURL!);
	await createWorkspace(page, 'Payload partnership');
	await page
		.getByRole('navigation', { name: 'Workspace' })
		.getByRole('link', { name: 'Learning log' })
		.click();
	const texts = packPayloads(3900, '\n');
	for (const [i, text] of texts.entries()) {
		await page.getByRole('button', { name: 'New entry' }).click();
		const dialog = page.getByRole('dialog', { name: 'New entry' });
		for (const field of ['What we tried', 'What happened', 'What we learned'])
			await dialog.getByRole('textbox', { name: field }).fill(text);
		await dialog.getByRole('checkbox', { name: 'Share outside the group' }).check();
		if (i % 2 === 1) await dialog.getByRole('radio', { name: 'Write without my name' }).check();
		await dialog.getByRole('button', { name: 'Save entry' }).click();
		await expect(dialog).toBeHidden();
	}
	await expect(page.getByRole('article')).toHaveCount(texts.length);
	const log = page.getByRole('main');
	for (const { text } of XSS_PAYLOADS.slice(0, 5))
		await expect(log).toContainText(text.replace(/\s+/g, ' ').trim().slice(0, 40));
	await report(page, seen, `learning-log entries (${texts.length} entries)`, XSS_PAYLOADS.length);

	const first = page.getByRole('article').first();
	for (const comment of packPayloads(1900, '\n')) {
		await first.getByRole('textbox', { name: 'Your comment' }).fill(comment);
		await first.getByRole('button', { name: 'Post comment' }).click();
		await expect(first.getByRole('textbox', { name: 'Your comment' })).toHaveValue('');
	}
	await report(page, seen, 'comments on a learning-log entry', XSS_PAYLOADS.length);
	await page.getByRole('searchbox', { name: 'Search' }).fill('<script');
	await report(page, seen, 'the learning log searched', XSS_PAYLOADS.length);
	await page.getByRole('button', { name: 'Clear filters' }).click();

	const exportItem = (item: string) =>
		downloaded(page, async () => {
			await page.getByRole('button', { name: 'Export log' }).click();
			await page.getByRole('menuitem', { name: item, exact: true }).click();
		});
	expect(executableInMarkdown((await exportItem('Markdown')).text()), 'Markdown log').toEqual([]);
	expect(executableInDocx((await exportItem('Word (DOCX)')).bytes), 'Word log').toEqual([]);
	const html = await exportItem('HTML');
	const reader = await context.newPage();
	await reader.setContent(html.text(), { waitUntil: 'load' });
	await expect(reader.locator('body')).toContainText(
		XSS_PAYLOADS[0]!.text.replace(/\s+/g, ' ').trim().slice(0, 40)
	);
	await report(reader, seen, 'the HTML learning log, opened', XSS_PAYLOADS.length);
	await reader.close();
});
