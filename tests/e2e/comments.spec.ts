import type { Page } from '@playwright/test';
import {
	createWorkspace,
	expect,
	expectSaved,
	selectParagraph,
	test as single,
	typeAtEnd
} from './fixtures';
import { downloaded, exportFrom } from './downloads';
import { connection, joinByLink, readInviteLink, setMyName, test, goOffline } from './peers';

const CLAUSE = 'Members meet every month, online or in person.';

/** Selects the paragraph holding `text` in a document, as a triple click does. */
async function selectIn(page: Page, title: string, text: string) {
	await selectParagraph(page.getByRole('textbox', { name: title }), text);
}

const comments = (page: Page) => page.getByRole('region', { name: 'Comments' });

single(
	'a member comments on a passage, replies, edits, resolves and reopens with the keyboard',
	async ({ page }) => {
		await createWorkspace(page, 'Comment circle');
		await typeAtEnd(page, 'Charter', CLAUSE);
		await selectIn(page, 'Charter', CLAUSE);
		await page.getByRole('button', { name: 'Comment', exact: true }).focus();
		await page.keyboard.press('Enter');
		const panel = comments(page);
		await expect(panel.getByRole('textbox', { name: 'Comment' })).toBeFocused();
		// Nothing written is refused, and said.
		await panel.getByRole('button', { name: 'Post' }).press('Enter');
		await expect(panel.getByRole('alert')).toHaveText('Write something first.');
		await panel.getByRole('textbox', { name: 'Comment' }).fill('Monthly is too often for us.');
		await panel.getByRole('button', { name: 'Post' }).press('Enter');
		await expect(panel.getByRole('article')).toContainText('Monthly is too often for us.');
		await expect(panel.getByRole('article')).toContainText(`On “${CLAUSE}”`);
		// The passage is marked in the text, and the document's link counts the open thread.
		await expect(
			page.getByRole('textbox', { name: 'Charter' }).locator('[data-comment-thread]')
		).toHaveText(CLAUSE);
		await expect(page.getByRole('navigation', { name: 'Documents' })).toContainText(
			'1 open comment thread'
		);
		// "Show the passage" takes the caret there.
		await panel.getByRole('button', { name: /^Show the passage of the thread/ }).press('Enter');
		await expect(page.getByRole('textbox', { name: 'Charter' })).toBeFocused();

		await panel.getByRole('textbox', { name: 'Reply' }).fill('Every second month, then?');
		await panel.getByRole('button', { name: /^Reply to the thread/ }).press('Enter');
		await expect(panel.getByRole('listitem')).toHaveCount(3);
		await panel
			.getByRole('button', { name: /^Edit my message of/ })
			.last()
			.press('Enter');
		await panel.getByRole('textbox', { name: 'Comment' }).fill('Every second month?');
		await panel.getByRole('button', { name: 'Save' }).press('Enter');
		const reply = panel.getByRole('listitem').last();
		await expect(reply).toContainText('Every second month?');
		await expect(reply).toContainText('(edited)');

		await panel.getByRole('button', { name: /^Resolve the thread/ }).press('Enter');
		await expect(panel.getByRole('article')).toHaveCount(0);
		await panel.getByRole('checkbox', { name: 'Show resolved threads' }).check();
		await expect(panel).toContainText('Resolved by Amina');
		await panel.getByRole('button', { name: /^Reopen the thread/ }).press('Enter');
		await expect(panel.getByRole('textbox', { name: 'Reply' })).toBeVisible();

		// Kept on this device.
		await page.reload();
		await expect(comments(page).getByRole('article')).toContainText('Every second month?');

		// The draft's Markdown export lists the thread after the text, when asked for.
		const markdown = await downloaded(page, () =>
			exportFrom(page, 'Current draft with its comments', 'Markdown')
		);
		const appendix = markdown.text().slice(markdown.text().indexOf('## Comments'));
		expect(appendix).toContain(`### On “${CLAUSE}”`);
		expect(appendix).toContain('Monthly is too often for us.');
		expect(appendix).toContain('Every second month?');
		const plain = await downloaded(page, () => exportFrom(page, /^Current draft$/, 'Markdown'));
		expect(plain.text()).not.toContain('Monthly is too often for us.');
	}
);

test('members comment and reply apart, and a thread outlives the paragraph it was on', async ({
	amina,
	bea
}) => {
	test.setTimeout(180_000);
	await setMyName(amina.page, 'Amina');
	await createWorkspace(amina.page, 'Apart circle');
	const link = await readInviteLink(amina.page);
	await joinByLink(bea.page, link, 'Bea');
	await expect(connection(amina.page)).toHaveText('Connected to 1 peer');

	await typeAtEnd(amina.page, 'Charter', CLAUSE);
	await expect(bea.page.getByRole('textbox', { name: 'Charter' })).toContainText(CLAUSE);
	await selectIn(amina.page, 'Charter', CLAUSE);
	await amina.page.getByRole('button', { name: 'Comment', exact: true }).click();
	await comments(amina.page).getByRole('textbox', { name: 'Comment' }).fill('Who hosts online?');
	await comments(amina.page).getByRole('button', { name: 'Post' }).click();
	// It arrives live.
	await expect(comments(bea.page).getByRole('article')).toContainText('Who hosts online?');

	// Bea replies offline; Amina adds to the thread meanwhile.
	await goOffline(bea.page, true);
	await comments(bea.page).getByRole('textbox', { name: 'Reply' }).fill('I can host, from Quito.');
	await comments(bea.page)
		.getByRole('button', { name: /^Reply to the thread/ })
		.click();
	await comments(amina.page).getByRole('textbox', { name: 'Reply' }).fill('Or we take turns.');
	await comments(amina.page)
		.getByRole('button', { name: /^Reply to the thread/ })
		.click();
	await expectSaved(bea.page);
	await goOffline(bea.page, false);
	for (const page of [amina.page, bea.page]) {
		const thread = comments(page).getByRole('article');
		await expect(thread).toContainText('I can host, from Quito.', { timeout: 20_000 });
		await expect(thread).toContainText('Or we take turns.');
		await expect(thread.getByRole('listitem')).toHaveCount(3);
	}
	// What came in while Bea was away is said, the reply as well.
	await expect(bea.page.getByRole('region', { name: 'While you were away' })).toContainText(
		'Charter: 1 new reply'
	);

	// Amina answered after Bea: Bea's overview says a reply waits for her, and leads to it.
	await bea.page
		.getByRole('navigation', { name: 'Workspace' })
		.getByRole('link', { name: 'Overview' })
		.click();
	const replies = bea.page.getByRole('region', { name: 'Replies to your comments' });
	await expect(replies).toContainText('Amina replied, in Charter');
	await replies.getByRole('link', { name: `On “${CLAUSE}”` }).click();

	// Bea deletes the whole paragraph; the thread stays, on deleted text, with its quote.
	await selectIn(bea.page, 'Charter', CLAUSE);
	await bea.page.keyboard.press('Backspace');
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).not.toContainText(CLAUSE);
	await expect(comments(amina.page).getByRole('article')).toContainText(
		`On deleted text: “${CLAUSE}”`
	);
	await expect(comments(amina.page).getByRole('article')).toContainText('Who hosts online?');
});
