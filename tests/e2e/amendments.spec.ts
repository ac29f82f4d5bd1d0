import type { Page } from '@playwright/test';
import { createWorkspace, expect, test as single, typeAtEnd } from './fixtures';
import { connection, documentText, joinByLink, readInviteLink, setMyName, test } from './peers';

const CLAUSE = 'Members meet every month, online or in person.';

const amendments = (page: Page) => page.getByRole('region', { name: 'Amendments' });
const draftEditor = (page: Page) =>
	page.getByRole('textbox', { name: 'Draft amendment of Charter' });

/** Replaces the word `word` in the draft's text with `typed`, as a double click and typing do. */
async function replaceWord(page: Page, word: string, typed: string) {
	await draftEditor(page).getByText(CLAUSE).waitFor();
	await replaceWordIn(page, word, typed);
}

/** Selects the first `word` of the draft's text, then types `typed` over it. */
async function replaceWordIn(page: Page, word: string, typed: string) {
	await draftEditor(page).evaluate((editor, word) => {
		const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent!.indexOf(word);
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + word.length);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
			return;
		}
	}, word);
	await page.keyboard.type(typed);
}

single(
	'a member proposes an amendment and a facilitator accepts it, with the keyboard',
	async ({ page }) => {
		await createWorkspace(page, 'Amending circle');
		await typeAtEnd(page, 'Charter', CLAUSE);
		await page.getByRole('textbox', { name: 'Charter' }).getByText(CLAUSE).click({ clickCount: 3 });
		await page.getByRole('button', { name: 'Propose amendment' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Amendment to “Charter”' })).toBeFocused();
		await expect(page.getByText(`Begun on the passage “${CLAUSE}”`)).toBeVisible();

		// Nothing changed yet: submitting is refused, and said.
		await page.getByRole('button', { name: 'Submit amendment' }).press('Enter');
		await expect(page.getByRole('alert')).toHaveText(
			'The draft changes nothing yet. Edit the text first.'
		);
		await replaceWord(page, 'month', 'quarter');
		const preview = page.getByRole('region', { name: 'What your amendment changes' });
		await expect(preview.locator('ins')).toHaveText(/inserted:\s*quarter/i);
		await expect(preview.locator('del')).toHaveText(/deleted:\s*month/i);
		// The group's text is untouched while the draft is edited; the draft survives a reload.
		await page.reload();
		await expect(draftEditor(page)).toContainText('Members meet every quarter');

		await page.getByRole('textbox', { name: 'Rationale' }).fill('Monthly is too often for us.');
		await page.getByRole('button', { name: 'Submit amendment' }).press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Amendment submitted' })).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'Charter', exact: true })).toContainText(CLAUSE);
		const card = amendments(page).getByRole('article', { name: /^Amendment by Amina/ });
		await expect(card).toContainText('Monthly is too often for us.');
		await expect(card.locator('ins')).toHaveText(/inserted:\s*quarter/i);

		await card.getByRole('button', { name: 'Support', exact: true }).press('Enter');
		await expect(card).toContainText('Supported by Amina.');
		await card.getByRole('button', { name: 'Accept amendment' }).press('Enter');
		const confirm = page.getByRole('dialog', { name: 'Accept this amendment?' });
		await confirm.getByRole('button', { name: 'Accept and apply' }).press('Enter');
		// The card has left the open list: the focus is on the panel, not lost.
		await expect(amendments(page).getByRole('heading', { name: 'Amendments' })).toBeFocused();
		await expect(page.getByRole('textbox', { name: 'Charter', exact: true })).toContainText(
			'Members meet every quarter, online or in person.'
		);
		// It stays in the record: with the ended amendments, and in the document's History.
		await amendments(page).getByText('Ended amendments (1)').click();
		await expect(amendments(page)).toContainText('Accepted by Amina');
		await page.getByRole('button', { name: 'History' }).click();
		const history = page.getByRole('region', { name: /^History of/ });
		await expect(history.getByRole('table')).toContainText('Monthly is too often for us.');
		await expect(history.getByRole('table')).toContainText('Accepted by Amina');
	}
);

test('an amendment drafted while another member edits the same clause merges both changes', async ({
	amina,
	bea
}) => {
	test.setTimeout(180_000);
	await setMyName(amina.page, 'Amina');
	await createWorkspace(amina.page, 'Merging circle');
	const link = await readInviteLink(amina.page);
	await joinByLink(bea.page, link, 'Bea');
	await expect(connection(amina.page)).toHaveText('Connected to 1 peer');
	await typeAtEnd(amina.page, 'Charter', CLAUSE);
	await expect(bea.page.getByRole('textbox', { name: 'Charter' })).toContainText(CLAUSE);

	// Bea drafts "every second month" while Amina rewrites the start of the same clause.
	await bea.page.getByRole('textbox', { name: 'Charter' }).getByText(CLAUSE).click({
		clickCount: 3
	});
	await bea.page.getByRole('button', { name: 'Propose amendment' }).click();
	await replaceWord(bea.page, 'month', 'second month');
	await amina.page.getByRole('textbox', { name: 'Charter' }).getByText(CLAUSE).click();
	await amina.page.keyboard.press('Home');
	await amina.page.keyboard.type('Rule 1: ');
	await bea.page.getByRole('textbox', { name: 'Rationale' }).fill('Monthly tires our volunteers.');
	await bea.page.getByRole('button', { name: 'Submit amendment' }).click();
	await expect(
		bea.page.getByRole('status').filter({ hasText: 'Amendment submitted' })
	).toBeVisible();

	// Amina sees it against today's text, since her edit touched the same passage.
	const card = amendments(amina.page).getByRole('article', { name: /^Amendment by Bea/ });
	await expect(card).toContainText('Monthly tires our volunteers.');
	await expect(card).toContainText('The passage has changed since this amendment was proposed.');
	await card.getByRole('button', { name: 'Accept amendment' }).click();
	await amina.page
		.getByRole('dialog', { name: 'Accept this amendment?' })
		.getByRole('button', { name: 'Accept and apply' })
		.click();

	const merged = 'Rule 1: Members meet every second month, online or in person.';
	for (const { page } of [amina, bea]) {
		await expect.poll(() => documentText(page, 'Charter')).toContain(merged);
	}
	expect(await documentText(bea.page, 'Charter')).toBe(await documentText(amina.page, 'Charter'));
	await amendments(bea.page).getByText('Ended amendments (1)').click();
	await expect(amendments(bea.page)).toContainText('Accepted by Amina');
	// The accepted words are Bea's: "Show authors" says who wrote them.
	await bea.page.getByRole('button', { name: 'Show authors' }).click();
	await expect(bea.page.getByText('Written by Bea').first()).toBeAttached();
	await bea.page.getByRole('button', { name: 'Back to the text' }).click();

	// A second amendment is put to the group's decision; adopting it applies it on every copy.
	await bea.page
		.getByRole('textbox', { name: 'Charter' })
		.getByText(/every second month/)
		.click({ clickCount: 3 });
	await bea.page.getByRole('button', { name: 'Propose amendment' }).click();
	await draftEditor(bea.page).getByText('Rule 1: ').waitFor();
	await replaceWordIn(bea.page, 'in person.', 'in person, by turns.');
	await bea.page.getByRole('textbox', { name: 'Rationale' }).fill('Fairer on travel.');
	await bea.page.getByRole('button', { name: 'Submit amendment' }).click();
	const second = amendments(amina.page).getByRole('article', { name: /^Amendment by Bea/ });
	await expect(second).toContainText('Fairer on travel.');
	await second.getByRole('button', { name: 'Put to a decision' }).click();
	const dialog = amina.page.getByRole('dialog', { name: 'Open a decision' });
	await expect(dialog.getByRole('textbox', { name: 'Question' })).toHaveValue(
		'Do we adopt the amendment to our Charter proposed by Bea?'
	);
	await dialog.getByRole('button', { name: 'Open decision' }).click();
	await expect(second).toContainText('The group is deciding');
	await expect(second.getByRole('button', { name: 'Accept amendment' })).toHaveCount(0);
	for (const { page } of [bea, amina]) {
		await page
			.getByRole('region', { name: /^Decision open/ })
			.getByRole('button', { name: 'Agree' })
			.click();
	}
	const adopted = 'every second month, online or in person, by turns.';
	for (const { page } of [amina, bea]) {
		await expect.poll(() => documentText(page, 'Charter'), { timeout: 20_000 }).toContain(adopted);
		await amendments(page).getByText('Ended amendments (2)').click();
		await expect(amendments(page)).toContainText('Adopted by the group’s decision');
	}
});
