import {
	createWorkspace,
	expect,
	expectSaved,
	openBlankDocument,
	test,
	typeAtEnd
} from './fixtures';

test('the formatting toolbar works from the keyboard alone', async ({ page }) => {
	await createWorkspace(page, 'Keyboard Group');
	const charter = await openBlankDocument(page);
	await page.keyboard.type('Listen first');
	await page.keyboard.press('Control+A'); // the whole (one-line) document

	const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
	await toolbar.getByRole('button', { name: 'Undo' }).focus();
	await page.keyboard.press('ArrowRight'); // Redo
	await page.keyboard.press('ArrowRight'); // Bold
	await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(charter).toBeFocused();
	await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	await page.keyboard.press('Alt+F10'); // back to the toolbar, on the button last used
	await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused();
	await page.keyboard.press('End'); // Link
	await expect(toolbar.getByRole('button', { name: 'Link' })).toBeFocused();
	await page.keyboard.press('Home');
	await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeFocused();
	await page.keyboard.press('Tab'); // one tab stop: straight on to the text
	await expect(charter).toBeFocused();

	await expect(charter.locator('strong', { hasText: 'Listen first' })).toBeVisible();
	await expectSaved(page);
});

test('headings, lists and quotes come from the toolbar, and undo takes them back', async ({
	page
}) => {
	await createWorkspace(page, 'Structure Group');
	const charter = await openBlankDocument(page);
	await page.keyboard.type('Our shared values');
	const toolbar = page.getByRole('toolbar', { name: 'Formatting' });

	await toolbar.getByRole('button', { name: 'Heading 2' }).click();
	await expect(charter.getByRole('heading', { level: 2, name: 'Our shared values' })).toBeVisible();
	await page.keyboard.press('Enter');
	await toolbar.getByRole('button', { name: 'Numbered list' }).click();
	await page.keyboard.type('Transparency');
	await expect(charter.locator('ol > li', { hasText: 'Transparency' })).toBeVisible();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	await toolbar.getByRole('button', { name: 'Quote' }).click();
	await page.keyboard.type('Nothing about us without us.');
	await expect(charter.locator('blockquote', { hasText: 'Nothing about us' })).toBeVisible();

	// One undo takes back typing done without a pause; on a busy machine the line may have come in
	// bursts, so press Undo as a person would, until the quote is gone, and Redo as many times.
	const quote = charter.locator('blockquote');
	let undos = 0;
	while ((await quote.count()) > 0) {
		expect(undos, 'Undo never takes the quote away').toBeLessThanOrEqual(
			'Nothing about us without us.'.length
		);
		const before = await charter.innerHTML();
		await toolbar.getByRole('button', { name: 'Undo' }).click();
		undos++;
		await expect.poll(() => charter.innerHTML()).not.toBe(before);
	}
	for (let i = 0; i < undos; i++) await toolbar.getByRole('button', { name: 'Redo' }).click();
	await expect(quote).toHaveText('Nothing about us without us.');
	await expect(charter.getByRole('heading', { level: 2, name: 'Our shared values' })).toBeVisible();
});

test('a link accepts web addresses and refuses scripts', async ({ page }) => {
	await createWorkspace(page, 'Link Group');
	const charter = await openBlankDocument(page);
	await page.keyboard.type('Read our principles');
	await page.keyboard.press('Control+A'); // the whole (one-line) document
	await page.getByRole('button', { name: 'Link' }).click();
	const address = page.getByRole('textbox', { name: 'Link address' });
	await expect(address).toBeFocused();
	await address.fill('javascript:alert(1)');
	await page.getByRole('button', { name: 'Apply link' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter a web address');
	await address.fill('example.org/principles');
	await page.getByRole('button', { name: 'Apply link' }).click();
	await expect(charter.getByRole('link', { name: 'Read our principles' })).toHaveAttribute(
		'href',
		'https://example.org/principles'
	);
	await expect(charter.locator('a[href^="javascript"]')).toHaveCount(0);
});

test('a failed save is shown at once instead of "saved"', async ({ page }) => {
	await createWorkspace(page, 'Fragile Storage');
	// The workspace's storage disappears under the page, as when another tab deletes it.
	await page.evaluate(async () => {
		const names = (await indexedDB.databases()).map((d) => d.name ?? '');
		await Promise.all(
			names
				.filter((n) => n.startsWith('concord-ws-'))
				.map(
					(n) =>
						new Promise((resolve, reject) => {
							const request = indexedDB.deleteDatabase(n);
							request.onsuccess = resolve;
							request.onerror = reject;
						})
				)
		);
	});
	await typeAtEnd(page, 'Charter', 'This sentence cannot be stored.');
	await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toHaveText('Not saved');
	await expect(page.getByRole('alert')).toContainText('Your latest changes are not saved');
	// The database itself is gone, so storing again cannot help and is not offered.
	await expect(page.getByRole('button', { name: 'Try saving again' })).toHaveCount(0);
	await expect(page.getByRole('textbox', { name: 'Charter' })).toContainText(
		'This sentence cannot be stored.'
	);
});

test('every screen fits a 360 px phone without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await createWorkspace(page, 'A rather long workspace name for a network of many organisations');
	const overflow = () =>
		page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
	expect(await overflow()).toBeLessThanOrEqual(0);
	await page.getByRole('button', { name: /Documents/ }).click();
	await page.getByRole('link', { name: 'Membership rules' }).click();
	await expect(page.getByRole('textbox', { name: 'Membership rules' })).toBeVisible();
	expect(await overflow()).toBeLessThanOrEqual(0);
	await page.goto('/');
	expect(await overflow()).toBeLessThanOrEqual(0);
});
