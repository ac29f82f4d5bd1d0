import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { downloaded } from './downloads';
import { createWorkspace, expect, selectParagraph, typeAtEnd } from './fixtures';
import { connection, joinByLink, readInviteLink, test, webrtcBytesReceived } from './peers';

const SHARED = {
	tried: 'We ran our partner survey by SMS only.',
	happened: 'Almost nobody in the rural offices answered.',
	learned: 'Ask in person first, then follow up by SMS.'
};
const CLAUSE = 'Partners answer the yearly survey in the language they choose.';
const INSIDE = {
	tried: 'We let the budget sheet update itself.',
	happened: 'Nobody touched it for three months.',
	learned: 'One named person keeps the budget sheet.'
};

async function openLog(page: Page) {
	await page
		.getByRole('navigation', { name: 'Workspace' })
		.getByRole('link', { name: 'Learning log' })
		.click();
	await expect(page.getByRole('heading', { name: 'Learning log', level: 2 })).toBeVisible();
}

async function writeEntry(
	page: Page,
	entry: typeof SHARED,
	options: { tag: string; share: boolean; named: boolean }
) {
	await page.getByRole('button', { name: 'New entry' }).click();
	const dialog = page.getByRole('dialog', { name: 'New entry' });
	await dialog.getByRole('textbox', { name: 'What we tried' }).fill(entry.tried);
	await dialog.getByRole('textbox', { name: 'What happened' }).fill(entry.happened);
	await dialog.getByRole('textbox', { name: 'What we learned' }).fill(entry.learned);
	await dialog.getByRole('checkbox', { name: options.tag, exact: true }).check();
	if (options.share)
		await dialog.getByRole('checkbox', { name: 'Share outside the group' }).check();
	if (!options.named) {
		await dialog.getByRole('radio', { name: 'Write without my name' }).check();
		await expect(dialog.getByText(/someone watching the data arrive/)).toBeVisible();
	}
	await dialog.getByRole('button', { name: 'Save entry' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('article').filter({ hasText: entry.tried })).toBeVisible();
}

/** The article of the entry that says `tried`. */
const entryOf = (page: Page, tried: string) => page.getByRole('article').filter({ hasText: tried });

test('a member writes two entries, one shared outside the group; another member reads and comments on both, and the export holds only the shared one', async ({
	amina,
	bea
}) => {
	test.setTimeout(180_000);
	await createWorkspace(amina.page, 'Partnership');
	const link = await readInviteLink(amina.page);
	await joinByLink(bea.page, link, 'Beatriz Núñez');
	await expect(connection(amina.page)).toHaveText('Connected to 1 peer');

	await openLog(amina.page);
	await writeEntry(amina.page, SHARED, { tag: 'Failure', share: true, named: true });
	await writeEntry(amina.page, INSIDE, { tag: 'Lesson', share: false, named: false });
	await expect(entryOf(amina.page, SHARED.tried)).toContainText('Shared outside the group');
	await expect(entryOf(amina.page, INSIDE.tried)).toContainText('Inside the group');
	await expect(entryOf(amina.page, INSIDE.tried)).toContainText('Yours, written without your name');

	// Bea sees both, over WebRTC; the unnamed one names nobody.
	await openLog(bea.page);
	await expect(entryOf(bea.page, SHARED.tried)).toContainText(SHARED.learned);
	await expect(entryOf(bea.page, SHARED.tried)).toContainText('Written by Amina');
	const unnamed = entryOf(bea.page, INSIDE.tried);
	await expect(unnamed).toContainText(INSIDE.happened);
	await expect(unnamed).toContainText('Written without a name');
	await expect(unnamed).not.toContainText('Amina');
	await expect(unnamed.getByRole('button', { name: 'Edit entry' })).toHaveCount(0);
	expect(await webrtcBytesReceived(bea.page)).toBeGreaterThan(0);

	// Bea comments on both; Amina reads the comments.
	for (const [tried, text] of [
		[SHARED.tried, 'We saw the same with our members.'],
		[INSIDE.tried, 'Thank you for writing this down.']
	] as const) {
		const entry = entryOf(bea.page, tried);
		await entry.getByRole('textbox', { name: 'Your comment' }).fill(text);
		await entry.getByRole('button', { name: 'Post comment' }).click();
		await expect(entry).toContainText(text);
		await expect(entryOf(amina.page, tried)).toContainText(text);
	}

	// The tag filter and the search find the entries they should.
	await bea.page.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'Lesson' });
	await expect(bea.page.getByRole('article')).toHaveCount(1);
	await expect(entryOf(bea.page, INSIDE.tried)).toBeVisible();
	await bea.page.getByRole('button', { name: 'Clear filters' }).click();
	await bea.page.getByRole('searchbox', { name: 'Search' }).fill('rural offices');
	await expect(bea.page.getByRole('article')).toHaveCount(1);
	await expect(entryOf(bea.page, SHARED.tried)).toBeVisible();
	await bea.page.getByRole('button', { name: 'Clear filters' }).click();

	// An entry about a passage of the charter, written from the text itself.
	await amina.page.getByRole('link', { name: 'Charter' }).click();
	await typeAtEnd(amina.page, 'Charter', CLAUSE);
	await selectParagraph(amina.page.getByRole('textbox', { name: 'Charter' }), CLAUSE);
	await amina.page.getByRole('button', { name: 'Add to learning log' }).click();
	const fromText = amina.page.getByRole('dialog', { name: 'New entry' });
	await expect(fromText).toContainText(`Passage: “${CLAUSE}”`);
	await fromText.getByRole('textbox', { name: 'What we learned' }).fill('Ask in every language.');
	await fromText.getByRole('button', { name: 'Save entry' }).click();
	await expect(fromText).toBeHidden();
	await expect(entryOf(bea.page, 'Ask in every language.')).toContainText(`Passage: “${CLAUSE}”`);

	// The export, downloaded and read: the shared entry, not the other, and no comment.
	const exportItem = (item: string) =>
		downloaded(bea.page, async () => {
			await bea.page.getByRole('button', { name: 'Export log' }).click();
			await bea.page.getByRole('menuitem', { name: item, exact: true }).click();
		});
	const markdown = (await exportItem('Markdown')).text();
	for (const text of Object.values(SHARED)) expect(markdown).toContain(text);
	for (const text of Object.values(INSIDE)) expect(markdown).not.toContain(text);
	expect(markdown).not.toContain('We saw the same');

	const html = await exportItem('HTML');
	const reader = await bea.context.newPage();
	await reader.setContent(html.text(), { waitUntil: 'load' });
	await expect(reader.locator('body')).toContainText(SHARED.learned);
	await expect(reader.locator('body')).toContainText('Failure');
	await expect(reader.locator('body')).not.toContainText(INSIDE.tried);
	await reader.close();

	const docx = await exportItem('Word (DOCX)');
	expect(docx.name).toMatch(/\.docx$/);
	const xml = strFromU8(unzipSync(docx.bytes)['word/document.xml']!);
	expect(xml).toContain(SHARED.happened);
	expect(xml).not.toContain(INSIDE.happened);

	// Amina takes the shared one back inside the group: the export then holds nothing of it.
	await openLog(amina.page);
	await expect(entryOf(amina.page, 'Ask in every language.')).toContainText('Written by Amina');
	await entryOf(amina.page, SHARED.tried)
		.getByRole('button', { name: 'Keep inside the group' })
		.click();
	await expect(entryOf(bea.page, SHARED.tried)).toContainText('Inside the group');
	const after = (await exportItem('Markdown')).text();
	expect(after).not.toContain(SHARED.tried);
	expect(after).toContain('No entry is shared outside the group.');
});
