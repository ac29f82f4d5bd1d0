import { executableInDocx, executableInMarkdown } from '../xss/export-checks';
import { packPayloads } from '../xss/packing';
import { XSS_PAYLOADS } from '../xss/payloads';
import { downloaded } from './downloads';
import { createWorkspace, expect, test } from './fixtures';
import { expectInertCsv, report, watch } from './xss-watch';

/**
 * Every cross-site-scripting vector of tests/xss/payloads.ts as the text of commitments: their
 * titles, the organisations that own them, the narratives of check-ins, this person's
 * organisation; shown on every page that shows them, and in every file the progress report is
 * exported to (the CSV without a cell a spreadsheet would run).
 */

/** A title as the app keeps it: control and invisible formatting characters become spaces. */
const asTitle = (text: string) =>
	text
		.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();

test('payloads as commitments, organisations and check-ins are shown as text, and the report exports inert', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(300_000);
	const seen = await watch(context, baseURL!);
	await createWorkspace(page, 'Payload partnership');
	const nav = page.getByRole('navigation', { name: 'Workspace' });
	const titles = packPayloads(200);
	const organisations = packPayloads(120);

	await nav.getByRole('link', { name: 'Members' }).click();
	await page.getByRole('textbox', { name: 'Your organisation' }).fill(organisations[0]!);
	await page.getByRole('button', { name: 'Save organisation' }).click();
	await expect(page.getByRole('table', { name: 'Members' })).toContainText(organisations[0]!);
	await report(page, seen, 'an organisation on the Members page', 1);

	await nav.getByRole('link', { name: 'Commitments' }).click();
	for (const [i, title] of titles.entries()) {
		await page.getByRole('button', { name: 'New commitment' }).click();
		const dialog = page.getByRole('dialog', { name: 'New commitment' });
		await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
		const owners = dialog.getByRole('group', { name: 'Owners' });
		for (const organisation of organisations.slice(2 * i + 1, 2 * i + 3)) {
			await owners.getByRole('textbox', { name: 'Another organisation' }).fill(organisation);
			await owners.getByRole('button', { name: 'Add organisation' }).click();
		}
		await dialog.getByRole('button', { name: 'Make commitment' }).click();
		await expect(page.getByRole('heading', { name: asTitle(title), exact: true })).toBeVisible();
		await nav.getByRole('link', { name: 'Commitments' }).click();
	}
	await expect(page.getByRole('table', { name: 'Commitments' }).getByRole('row')).toHaveCount(
		titles.length + 1
	);
	await report(
		page,
		seen,
		`commitment titles and organisations (${titles.length} commitments)`,
		XSS_PAYLOADS.length
	);
	await page.getByRole('radio', { name: 'Board' }).check();
	await report(page, seen, 'the board of commitments', XSS_PAYLOADS.length);

	// Every payload, line breaks kept, in the narratives of check-ins on the first commitment.
	await page.getByRole('radio', { name: 'List' }).check();
	await page.getByRole('link', { name: asTitle(titles[0]!), exact: true }).click();
	for (const narrative of packPayloads(3900, '\n')) {
		await page.getByRole('button', { name: 'Add check-in' }).click();
		const checkIn = page.getByRole('dialog', { name: 'Add check-in' });
		await checkIn.getByRole('textbox', { name: 'What happened' }).fill(narrative);
		await checkIn.getByRole('button', { name: 'Save check-in' }).click();
		await expect(checkIn).toBeHidden();
	}
	const timeline = page.getByRole('region', { name: 'Check-ins' });
	for (const { text } of XSS_PAYLOADS.slice(0, 5))
		await expect(timeline).toContainText(text.replace(/\s+/g, ' ').trim().slice(0, 40));
	await report(page, seen, 'check-in narratives', XSS_PAYLOADS.length);

	await nav.getByRole('link', { name: 'Commitments' }).click();
	await page.getByRole('link', { name: 'Record of mutual progress' }).click();
	await expect(
		page.getByText(`${titles.length} commitments: ${titles.length} not started`)
	).toBeVisible();
	await report(page, seen, 'the record of mutual progress', XSS_PAYLOADS.length);
	const exportItem = (item: string) =>
		downloaded(page, async () => {
			await page.getByRole('button', { name: 'Progress report' }).click();
			await page.getByRole('menuitem', { name: item, exact: true }).click();
		});
	expect(executableInMarkdown((await exportItem('Markdown')).text()), 'Markdown report').toEqual(
		[]
	);
	expect(executableInDocx((await exportItem('Word (DOCX)')).bytes), 'Word report').toEqual([]);
	const html = await exportItem('HTML');
	const reader = await context.newPage();
	await reader.setContent(html.text(), { waitUntil: 'load' });
	// One heading per group the commitment is in: its owners' three organisations.
	await expect(reader.getByRole('heading', { name: asTitle(titles[0]!), exact: true })).toHaveCount(
		3
	);
	await report(reader, seen, 'the HTML report, opened', XSS_PAYLOADS.length);
	await reader.close();

	const csv = await exportItem('CSV');
	expectInertCsv(csv.text(), 'report');
});
