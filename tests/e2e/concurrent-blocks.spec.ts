import type { Page } from '@playwright/test';
import { caretIn, createWorkspace, expect, expectSaved, typeAtEnd } from './fixtures';
import { connection, fillRoom, joinByLink, readInviteLink, setMyName, test } from './peers';

/*
 * A member splits or joins a paragraph that another member is typing in, over real WebRTC
 * between separate browsers: every word ends where its writer put it.
 */

/** The paragraphs of a document, in order, as a reader sees them (others' carets left out). */
async function paragraphs(page: Page, title: string): Promise<string[]> {
	return page.getByRole('textbox', { name: title }).evaluate((editor) =>
		[...editor.querySelectorAll('p, h1, h2, h3')].map((block) => {
			const copy = block.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
			return copy.textContent ?? '';
		})
	);
}

/** Puts the caret at the end of the paragraph that reads `text`, and looks that it is there. */
async function caretAtEndOf(page: Page, title: string, text: string): Promise<void> {
	const editor = page.getByRole('textbox', { name: title });
	await expect(async () => {
		await editor.getByRole('paragraph').filter({ hasText: text }).last().click();
		await page.keyboard.press('End');
		expect(await caretIn(editor, { endOf: text })).toBe(true);
	}).toPass();
}

test('typing at the end of a paragraph that another member splits offline ends up in the second half', async ({
	amina,
	bea
}) => {
	await setMyName(amina.page, 'Amina');
	await createWorkspace(amina.page, 'Split While Apart');
	await typeAtEnd(amina.page, 'Charter', 'Hello wonderful world');
	await joinByLink(bea.page, await readInviteLink(amina.page), 'Bea');
	await expect(bea.page.getByRole('textbox', { name: 'Charter' })).toContainText(
		'Hello wonderful world'
	);

	await bea.page.getByRole('switch', { name: 'Work offline' }).click();
	await expect(connection(bea.page)).toHaveText('Offline');

	// Amina goes on typing at the end of the paragraph…
	await caretAtEndOf(amina.page, 'Charter', 'Hello wonderful world');
	await amina.page.keyboard.type(' again');
	// …while Bea, apart, presses Enter after "Hello ".
	const editor = bea.page.getByRole('textbox', { name: 'Charter' });
	await expect(async () => {
		await caretAtEndOf(bea.page, 'Charter', 'Hello wonderful world');
		for (let i = 0; i < 'wonderful world'.length; i++) await bea.page.keyboard.press('ArrowLeft');
		expect(await caretIn(editor, { before: 'Hello ', after: 'wonderful world' })).toBe(true);
	}).toPass();
	await bea.page.keyboard.press('Enter');
	await expectSaved(bea.page);

	await bea.page.getByRole('switch', { name: 'Work offline' }).click();
	await expect(connection(bea.page)).toHaveText('Connected to 1 peer');
	for (const { page } of [amina, bea]) {
		await expect
			.poll(async () => (await paragraphs(page, 'Charter')).slice(-2))
			.toEqual(['Hello ', 'wonderful world again']);
	}
	expect(await paragraphs(amina.page, 'Charter')).toEqual(await paragraphs(bea.page, 'Charter'));
});

test('six members press Enter at the end of one paragraph and each types a line at once', async ({
	amina,
	browser,
	baseURL
}) => {
	// Six browsers on a small machine: the wait is for the copies to agree, not a figure of speed.
	test.setTimeout(300_000);
	await setMyName(amina.page, 'Amina');
	await createWorkspace(amina.page, 'Six At Once');
	await typeAtEnd(amina.page, 'Charter', 'Our lines:');
	const link = await readInviteLink(amina.page);
	const names = ['Bea', 'Chidi', 'Dara', 'Emeka', 'Farah'];
	const room = await fillRoom(browser, baseURL!, link, { page: amina.page, name: 'Amina' }, names);
	const { members } = room;
	try {
		const line = (name: string) => `Line from ${name}, typed whole.`;
		await Promise.all(
			members.map(async ({ page, name }) => {
				await caretAtEndOf(page, 'Charter', 'Our lines:');
				await page.keyboard.press('Enter');
				await page.keyboard.type(line(name), { delay: 15 });
			})
		);
		const expected = members.map(({ name }) => line(name)).sort();
		for (const { page } of members) {
			await expect
				.poll(
					async () => {
						const shown = await paragraphs(page, 'Charter');
						const at = shown.indexOf('Our lines:');
						return shown.slice(at + 1).sort();
					},
					{ timeout: 120_000 }
				)
				.toEqual(expected);
		}
		const all = await Promise.all(members.map(({ page }) => paragraphs(page, 'Charter')));
		for (const shown of all) expect(shown).toEqual(all[0]);
	} finally {
		await room.close();
	}
});
