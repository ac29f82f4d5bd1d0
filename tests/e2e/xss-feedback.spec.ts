import { executableInDocx, executableInMarkdown } from '../xss/export-checks';
import { packPayloads } from '../xss/packing';
import { XSS_PAYLOADS } from '../xss/payloads';
import { downloaded } from './downloads';
import { createWorkspace, expect, test } from './fixtures';
import { expectInertCsv, report, watch } from './xss-watch';

/**
 * Every cross-site-scripting vector of tests/xss/payloads.ts as the texts of a feedback round:
 * its title, introduction, questions, a choice's options, free-text answers, the group's
 * response and a step; shown on every page that shows them, and in every file the summary is
 * exported to (the CSV of answers without a cell a spreadsheet would run).
 */

test('payloads as a feedback round, its answers and its response are shown as text, and its summary exports inert', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(300_000);
	const seen = await watch(context, baseURL!);
	await createWorkspace(page, 'Payload partnership');
	await page
		.getByRole('navigation', { name: 'Workspace' })
		.getByRole('link', { name: 'Feedback' })
		.click();
	await page.getByRole('button', { name: 'New feedback round' }).click();
	const dialog = page.getByRole('dialog', { name: 'New feedback round' });
	await dialog.getByRole('textbox', { name: 'Title' }).fill(packPayloads(200)[0]!);
	await dialog.getByRole('button', { name: 'Write the round' }).click();
	await expect(page.getByRole('heading', { name: 'Write the round' })).toBeVisible();
	await page
		.getByRole('textbox', { name: 'Introduction' })
		.fill(packPayloads(3900, '\n', false)[0]!);
	await page.getByRole('textbox', { name: 'Introduction' }).press('Tab');

	const prompts = packPayloads(480);
	for (const [i, prompt] of prompts.entries()) {
		await page.getByRole('button', { name: 'Add question' }).click();
		const card = page.getByRole('group', { name: `Question ${i + 1}`, exact: true });
		await card.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Free text' });
		await card.getByRole('textbox', { name: 'Question' }).fill(prompt);
		await card.getByRole('checkbox', { name: 'Optional' }).check();
	}
	const options = packPayloads(190).slice(0, 20);
	await page.getByRole('button', { name: 'Add question' }).click();
	const choice = page.getByRole('group', { name: `Question ${prompts.length + 1}`, exact: true });
	await choice.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Choice' });
	await choice.getByRole('textbox', { name: 'Question' }).fill('Which one?');
	await choice.getByRole('textbox', { name: 'Options' }).fill(options.join('\n'));
	await choice.getByRole('textbox', { name: 'Options' }).press('Tab');
	await report(
		page,
		seen,
		`the round being written (${prompts.length + 1} questions)`,
		XSS_PAYLOADS.length
	);
	await page.getByRole('button', { name: 'Open round' }).click();
	await expect(page.getByRole('heading', { name: 'Feedback', level: 2 })).toBeVisible();
	await report(page, seen, 'the list of rounds', 1);

	// Answered with every payload, line breaks kept, in the free-text answers.
	await page.getByRole('button', { name: 'Answer' }).click();
	// The first begins as a spreadsheet formula does, which the CSV must defuse.
	const answers = packPayloads(3800, '\n', false).map((text, i) =>
		i === 0 ? `=HYPERLINK("https://attacker.test/","open") ${text}` : text
	);
	for (const [i, text] of answers.entries())
		await page
			.getByRole('group', { name: new RegExp(`^${i + 1}\\. `) })
			.getByRole('textbox')
			.fill(text);
	await page.getByRole('radio', { name: options[0]!, exact: true }).check();
	await report(page, seen, 'the answer form', XSS_PAYLOADS.length);
	await page.getByRole('button', { name: 'Send answers' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Your answers were saved' })
	).toBeVisible();

	await page.goto(page.url().replace(/\/answer$/, '/summary'));
	await expect(page.getByText('1 answer from 1 members asked')).toBeVisible();
	await page
		.getByRole('textbox', { name: 'What the group takes from these results' })
		.fill(packPayloads(7900, '\n', false)[0]!);
	await page.getByRole('button', { name: 'Save response' }).click();
	await page.getByRole('textbox', { name: 'New step' }).fill(packPayloads(480)[0]!);
	await page.getByRole('button', { name: 'Add step' }).click();
	await expect(page.getByRole('button', { name: 'Make a commitment' })).toBeVisible();
	await report(page, seen, 'the summary with its response and step', XSS_PAYLOADS.length);

	const exportItem = (item: string) =>
		downloaded(page, async () => {
			await page.getByRole('button', { name: 'Export' }).click();
			await page.getByRole('menuitem', { name: item, exact: true }).click();
		});
	expect(executableInMarkdown((await exportItem('Markdown')).text()), 'Markdown summary').toEqual(
		[]
	);
	expect(executableInDocx((await exportItem('Word (DOCX)')).bytes), 'Word summary').toEqual([]);
	const html = await exportItem('HTML');
	const reader = await context.newPage();
	await reader.setContent(html.text(), { waitUntil: 'load' });
	await expect(reader.getByRole('heading', { name: 'Which one?' })).toBeVisible();
	await report(reader, seen, 'the HTML summary, opened', XSS_PAYLOADS.length);
	await reader.close();

	const csv = await exportItem('Answers (CSV)');
	expectInertCsv(csv.text(), 'answers');
});
