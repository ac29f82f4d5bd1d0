import type { Locator, Page } from '@playwright/test';
import { downloaded } from './downloads';
import { expect, test } from './fixtures';

/*
 * The main jobs by keyboard alone: create a workspace, write (and leave a table), invite, open
 * and answer a decision, export. Every stop of the way shows a focus ring, and closing a dialog
 * or a menu gives the focus back instead of dropping it on the page.
 */

/** What is wrong with the focus now: none, one without a ring, or none at all. */
async function focusProblem(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return 'the focus is lost on the page';
		const style = getComputedStyle(element);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
		if (outline || style.boxShadow !== 'none') return null;
		const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40);
		const kind = element.getAttribute('type') ?? element.getAttribute('role') ?? '';
		return `${element.tagName.toLowerCase()} ${kind} “${name}” has no visible focus`;
	});
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking the ring at every stop. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
	for (let step = 0; step < 80; step++) {
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
		expect(await focusProblem(page)).toBeNull();
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

/** Moves along a toolbar or menu with an arrow key until `target` has the focus. */
async function arrowTo(page: Page, target: Locator, key: 'ArrowRight' | 'ArrowDown') {
	for (let step = 0; step < 30; step++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press(key);
	}
	throw new Error(`${key} never reached ${target}`);
}

test('a person creates a workspace, writes, invites, decides and exports by keyboard alone', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Your workspaces' })).toBeVisible();
	await tabTo(page, page.getByRole('button', { name: 'New workspace' }));
	await page.keyboard.press('Enter');
	const create = page.getByRole('dialog', { name: 'New workspace' });
	await expect(create.getByRole('textbox', { name: 'Workspace name' })).toBeFocused();
	await page.keyboard.type('Keyboard Circle');
	await tabTo(page, create.getByRole('textbox', { name: 'Your name' }));
	await page.keyboard.type('Amina');
	await page.keyboard.press('Enter');
	const charter = page.getByRole('textbox', { name: 'Charter' });
	await expect(charter).toBeVisible({ timeout: 30_000 });
	expect(await focusProblem(page)).not.toBe('the focus is lost on the page');

	// Write at the end of the charter.
	await tabTo(page, charter);
	await page.keyboard.press('Control+End');
	await page.keyboard.press('Enter');
	await page.keyboard.type('We meet on the first Monday of each month.');
	await expect(charter).toContainText('We meet on the first Monday of each month.');

	// A table keeps Tab for its cells; Escape, then Tab, leaves the text.
	await page.keyboard.press('Alt+F10');
	const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
	await arrowTo(page, toolbar.getByRole('button', { name: 'Insert table' }), 'ArrowRight');
	await page.keyboard.press('Enter');
	await expect(charter.getByRole('table')).toBeVisible();
	await expect(charter).toBeFocused();
	for (let cell = 0; cell < 8; cell++) await page.keyboard.press('Tab');
	await expect(charter).toBeFocused();
	await page.keyboard.press('Escape');
	await page.keyboard.press('Tab');
	await expect(charter).not.toBeFocused();
	expect(await focusProblem(page)).toBeNull();

	// Invite: the dialog closes back onto its button.
	const invite = page.getByRole('button', { name: 'Invite', exact: true });
	await tabTo(page, invite, true);
	await page.keyboard.press('Enter');
	const inviting = page.getByRole('dialog', { name: 'Invite someone to this workspace' });
	await expect(inviting.getByRole('textbox', { name: 'Invite link' })).toHaveValue(/\/join#/);
	await tabTo(page, inviting.getByRole('button', { name: 'Done' }));
	await page.keyboard.press('Enter');
	await expect(inviting).toBeHidden();
	await expect(invite).toBeFocused();

	// Open a decision on the charter, then answer it.
	const openDecision = page.getByRole('button', { name: 'Open decision', exact: true });
	await tabTo(page, openDecision);
	await page.keyboard.press('Enter');
	const deciding = page.getByRole('dialog', { name: 'Open a decision' });
	await tabTo(page, deciding.getByRole('textbox', { name: 'Version name' }));
	await page.keyboard.type('Charter v1');
	await tabTo(page, deciding.getByRole('button', { name: 'Open decision' }));
	await page.keyboard.press('Enter');
	await expect(deciding).toBeHidden();
	expect(await focusProblem(page)).toBeNull();
	const decision = page.getByRole('region', { name: /^Decision open/ });
	await tabTo(page, decision.getByRole('button', { name: 'Agree' }));
	await page.keyboard.press('Enter');
	await expect(decision.getByRole('button', { name: 'Agree' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// Closing the decision removes its panel, and the button that opened the confirmation.
	await tabTo(page, decision.getByRole('button', { name: 'Close decision' }));
	await page.keyboard.press('Enter');
	const confirm = page.getByRole('dialog', { name: 'Close this decision now?' });
	await tabTo(page, confirm.getByRole('button', { name: 'Close decision' }));
	await page.keyboard.press('Enter');
	await expect(page.getByText('Agreed version “Charter v1”, adopted')).toBeVisible();
	await expect(page.getByRole('main')).toBeFocused();

	// Export from the menu: arrows choose, Enter takes, the focus returns to the menu's button.
	const exportMenu = page.getByRole('button', { name: 'Export', exact: true });
	await tabTo(page, exportMenu);
	await page.keyboard.press('Enter');
	const markdown = await downloaded(page, async () => {
		await arrowTo(page, page.getByRole('menuitem', { name: 'Markdown' }).first(), 'ArrowDown');
		await page.keyboard.press('Enter');
	});
	expect(markdown.text()).toContain('We meet on the first Monday of each month.');
	await expect(exportMenu).toBeFocused();
});
