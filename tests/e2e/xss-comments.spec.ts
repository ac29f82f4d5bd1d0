import { packPayloads } from '../xss/packing';
import { XSS_PAYLOADS } from '../xss/payloads';
import { createWorkspace, expect, test, typeAtEnd } from './fixtures';
import { report, watch } from './xss-watch';

/**
 * Every cross-site-scripting vector of tests/xss/payloads.ts as the words of comment threads (the
 * first message, replies, a message rewritten, and a passage's quote) and of an amendment (its
 * text, rationale and discussion): shown in the panel, the review and History as text only.
 */

test('payloads as comments, replies and quotes are shown as text only', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(240_000);
	const seen = await watch(context, baseURL!);
	await createWorkspace(page, 'Payload circle');
	const quote = '<img src=x onerror=alert(1)> "><svg onload=alert(2)>';
	await typeAtEnd(page, 'Charter', quote);
	await page.getByRole('textbox', { name: 'Charter' }).getByText(quote).click({ clickCount: 3 });
	const [first, ...rest] = packPayloads(3000, '\n', false);
	await page.getByRole('button', { name: 'Comment', exact: true }).click();
	const panel = page.getByRole('region', { name: 'Comments' });
	await panel.getByRole('textbox', { name: 'Comment' }).fill(first!);
	await panel.getByRole('button', { name: 'Post' }).click();
	await expect(panel.getByRole('article')).toContainText(`On “${quote}”`);
	for (const text of rest) {
		await panel.getByRole('textbox', { name: 'Reply' }).fill(text);
		await panel.getByRole('button', { name: /^Reply to the thread/ }).click();
	}
	await expect(panel.getByRole('article').getByRole('listitem')).toHaveCount(rest.length + 1);
	await report(page, seen, `comment threads (${rest.length + 1} messages)`, XSS_PAYLOADS.length);

	// Rewritten, and seen again after a reload (read back from this device's storage).
	await panel
		.getByRole('button', { name: /^Edit my message of/ })
		.first()
		.click();
	await panel.getByRole('textbox', { name: 'Comment' }).fill(rest.at(-1) ?? first!);
	await panel.getByRole('button', { name: 'Save' }).click();
	await page.reload();
	await expect(page.getByRole('region', { name: 'Comments' }).getByRole('article')).toBeVisible();
	await report(page, seen, 'comment threads after a reload', XSS_PAYLOADS.length);
});

test('payloads as an amendment’s text, rationale and discussion are shown as text only', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(240_000);
	const seen = await watch(context, baseURL!);
	await createWorkspace(page, 'Payload amendments');
	const quote = '<img src=x onerror=alert(3)>';
	await typeAtEnd(page, 'Charter', quote);
	await page.getByRole('textbox', { name: 'Charter' }).getByText(quote).click({ clickCount: 3 });
	await page.getByRole('button', { name: 'Propose amendment' }).click();
	const draft = page.getByRole('textbox', { name: 'Draft amendment of Charter' });
	await draft.getByText(quote).click();
	await page.keyboard.press('End');
	await page.keyboard.insertText(XSS_PAYLOADS.map((p) => p.text).join(' '));
	const [rationale, ...discussion] = packPayloads(2000, '\n', false);
	await page.getByRole('textbox', { name: 'Rationale' }).fill(rationale!);
	await page.getByRole('button', { name: 'Submit amendment' }).click();
	const card = page.getByRole('region', { name: 'Amendments' }).getByRole('article').first();
	await expect(card).toContainText(`On “${quote}”`);
	await card.getByRole('textbox', { name: 'Comment on the amendment' }).fill(discussion[0] ?? '');
	await card.getByRole('button', { name: 'Post' }).click();
	await report(page, seen, 'an amendment under review', XSS_PAYLOADS.length);

	await card.getByRole('button', { name: 'Accept amendment' }).click();
	await page.getByRole('button', { name: 'Accept and apply' }).click();
	await page.getByRole('button', { name: 'History' }).click();
	await expect(page.getByRole('region', { name: /^History of/ }).getByRole('table')).toBeVisible();
	await report(page, seen, 'an accepted amendment in the text and in History', XSS_PAYLOADS.length);
});
