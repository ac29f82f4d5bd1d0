import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The suite's `test`: any uncaught error in a page fails the test that caused it. */
export const test = base.extend<{ pageErrors: Error[] }>({
	pageErrors: [
		async ({ context }, use) => {
			const errors: Error[] = [];
			context.on('weberror', (e) => errors.push(e.error()));
			await use(errors);
			expect(errors, 'uncaught errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The three documents every new workspace starts with, in order. */
export const TEMPLATE_TITLES = ['Charter', 'Membership rules', 'Mutual-accountability commitments'];

/**
 * Chooses an item of one of the page's menus ("Workspace", "Document") as a person does: opens
 * the menu by its button, then picks the item by its name.
 */
export async function chooseFromMenu(page: Page, menu: string, item: string): Promise<void> {
	await page.getByRole('button', { name: menu, exact: true }).click();
	await page
		.getByRole('menu', { name: menu, exact: true })
		.getByRole('menuitem', { name: item, exact: true })
		.click();
}

/** Creates a workspace from the home page as a person would, and waits for its charter. */
export async function createWorkspace(page: Page, name: string): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: 'New workspace' }).click();
	await page.getByRole('textbox', { name: 'Workspace name' }).fill(name);
	const yourName = page.getByRole('textbox', { name: 'Your name' });
	if (!(await yourName.inputValue())) await yourName.fill('Amina');
	await page.getByRole('button', { name: 'Create' }).click();
	// Creating writes the templates and opens the workspace: on a loaded machine that can take
	// longer than a step's usual wait.
	await expect(page.getByRole('textbox', { name: 'Charter' })).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
}

/**
 * Whether the caret shown is in a block of an editor, once the editor has had a frame to take
 * note of it: in its last block, at the end of the last paragraph that reads `text`, or in the
 * last paragraph that reads `before` + `after`, right after `before`.
 */
export async function caretIn(
	editor: Locator,
	where: 'last' | { endOf: string } | { before: string; after: string }
): Promise<boolean> {
	return editor.evaluate(async (element, where) => {
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
		const selection = getSelection();
		const anchor = selection?.anchorNode;
		if (!anchor) return false;
		if (where === 'last') return element.lastElementChild?.contains(anchor) ?? false;
		const [before, after] = 'endOf' in where ? [where.endOf, ''] : [where.before, where.after];
		// What a reader sees: others' carets (and their name labels) are not text.
		const seen = (fragment: Node) => {
			const copy = fragment.cloneNode(true) as Element;
			copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
			return copy.textContent ?? '';
		};
		const blocks = [...element.querySelectorAll('p')].filter((p) => seen(p) === before + after);
		const block = blocks[blocks.length - 1];
		if (!block?.contains(anchor)) return false;
		const range = document.createRange();
		range.selectNodeContents(block);
		range.setStart(anchor, selection.anchorOffset);
		const rest = document.createElement('div');
		rest.append(range.cloneContents());
		return seen(rest) === after;
	}, where);
}

/** Puts the caret at the end of a document and types a new paragraph. */
export async function typeAtEnd(page: Page, title: string, text: string): Promise<void> {
	// Focus, not a click: the editor settles a click's caret a moment later, which on a busy
	// machine can land after Control+End and send the text to where the click was.
	const editor = page.getByRole('textbox', { name: title });
	await editor.focus();
	// As a person would, look that the caret went to the end before typing (on a busy machine
	// the editor can move it back once more as it settles its focus).
	await expect(async () => {
		await page.keyboard.press('Control+End');
		expect(await caretIn(editor, 'last')).toBe(true);
	}).toPass();
	await page.keyboard.press('Enter');
	await page.keyboard.type(text);
}

/** Adds a blank document to the open workspace and puts the caret in it. */
export async function openBlankDocument(page: Page): Promise<Locator> {
	await page.getByRole('button', { name: 'Add document' }).click();
	const editor = page.getByRole('textbox', { name: 'Untitled document' });
	await editor.click();
	await expect(editor).toBeFocused();
	return editor;
}

/** Waits until the save indicator says every change is stored on this device. */
export async function expectSaved(page: Page): Promise<void> {
	await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
}

/** Opens a document from the sidebar, as a person does after arriving at a workspace's overview. */
export async function openDocument(page: Page, title: string): Promise<void> {
	await expect(page.getByRole('heading', { name: 'Overview', level: 2 })).toBeVisible();
	await documentLinks(page).getByRole('link', { name: title }).click();
	await expect(page.getByRole('textbox', { name: title })).toBeVisible();
}

/** The titles of the documents in the sidebar, in order. */
export function documentLinks(page: Page) {
	return page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem');
}

/** Selects the paragraph holding `text` in an editor by a triple click, again if it missed. */
export async function selectParagraph(editor: Locator, text: string): Promise<void> {
	await expect(async () => {
		await editor.getByText(text).click({ clickCount: 3 });
		expect(await editor.evaluate(() => getSelection()?.toString().trim())).toBe(text);
	}).toPass();
}
