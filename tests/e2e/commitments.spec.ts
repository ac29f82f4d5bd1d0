import { downloaded } from './downloads';
import { createWorkspace, expect, test } from './fixtures';

test.describe('commitments', () => {
	test('a facilitator makes a commitment with the keyboard only, checks in on it, and finds it by filter', async ({
		page
	}) => {
		await createWorkspace(page, 'Water committee');
		await page
			.getByRole('navigation', { name: 'Workspace' })
			.getByRole('link', { name: 'Commitments' })
			.click();
		await expect(page.getByRole('heading', { name: 'Commitments' })).toBeVisible();
		await expect(page.getByText('No commitments yet.')).toBeVisible();

		await page.getByRole('button', { name: 'New commitment' }).focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'New commitment' });
		await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();
		// Refused without a title: said, and nothing written.
		await dialog.getByRole('button', { name: 'Make commitment' }).press('Enter');
		await expect(dialog.getByRole('alert')).toHaveText('Please give the commitment a title.');
		await dialog.getByRole('textbox', { name: 'Title' }).fill('Map every well in the district');
		const owners = dialog.getByRole('group', { name: 'Owners' });
		await expect(owners.getByRole('checkbox', { name: 'Amina' })).toBeChecked();
		await owners.getByRole('textbox', { name: 'Another organisation' }).fill('Red Sol');
		await owners.getByRole('textbox', { name: 'Another organisation' }).press('Enter');
		await expect(owners.getByRole('checkbox', { name: 'Red Sol (organisation)' })).toBeChecked();
		await dialog.getByRole('textbox', { name: 'Due date' }).fill('2020-01-31');
		await dialog.getByRole('textbox', { name: 'Start date' }).fill('2020-01-01');
		await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'On track' });
		await dialog.getByRole('button', { name: 'Make commitment' }).focus();
		await page.keyboard.press('Enter');

		await expect(
			page.getByRole('heading', { name: 'Map every well in the district' })
		).toBeVisible();
		await expect(page.getByText(/^Overdue by [\d,]+ days$/)).toBeVisible();
		await expect(page.getByText('Amina, Red Sol')).toBeVisible();

		await page.getByRole('button', { name: 'Add check-in' }).focus();
		await page.keyboard.press('Enter');
		const checkIn = page.getByRole('dialog', { name: 'Add check-in' });
		await checkIn.getByRole('combobox', { name: 'Status now' }).selectOption({ label: 'At risk' });
		await checkIn
			.getByRole('textbox', { name: 'What happened' })
			.fill('Half the wells mapped; the truck broke down.');
		await checkIn
			.getByRole('textbox', { name: 'Evidence link (optional)' })
			.fill('javascript:alert(1)');
		await checkIn.getByRole('button', { name: 'Save check-in' }).press('Enter');
		await expect(checkIn.getByRole('alert')).toContainText('must be a web address');
		await checkIn
			.getByRole('textbox', { name: 'Evidence link (optional)' })
			.fill('https://example.org/wells');
		await checkIn.getByRole('button', { name: 'Save check-in' }).press('Enter');
		await expect(checkIn).toBeHidden();

		const timeline = page.getByRole('region', { name: 'Check-ins' });
		await expect(timeline.getByText('Half the wells mapped; the truck broke down.')).toBeVisible();
		await expect(timeline.getByRole('link', { name: 'Evidence' })).toHaveAttribute(
			'href',
			'https://example.org/wells'
		);
		await expect(page.getByRole('article').getByText('At risk').first()).toBeVisible();

		await page.getByRole('link', { name: 'Commitments' }).first().click();
		const table = page.getByRole('table', { name: 'Commitments' });
		await expect(table.getByRole('row')).toHaveCount(2);
		await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Done' });
		await expect(page.getByText('No commitment matches these filters.')).toBeVisible();
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await page.getByRole('checkbox', { name: 'Overdue' }).check();
		await expect(table.getByRole('link', { name: 'Map every well in the district' })).toBeVisible();
		await page.getByRole('radio', { name: 'Board' }).check();
		await expect(
			page
				.getByRole('region', { name: /At risk/ })
				.getByRole('link', { name: 'Map every well in the district' })
		).toBeVisible();

		// The progress report, exported with the keyboard only: the menu opens on ArrowDown, End
		// goes to its last format (CSV), Enter downloads it.
		await page.getByRole('link', { name: 'Record of mutual progress' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByText('1 commitment: 1 at risk')).toBeVisible();
		await page.getByRole('button', { name: 'Progress report' }).focus();
		const csv = await downloaded(page, async () => {
			await page.keyboard.press('ArrowDown');
			await expect(page.getByRole('menuitem', { name: 'Markdown' })).toBeFocused();
			await page.keyboard.press('End');
			await expect(page.getByRole('menuitem', { name: 'CSV' })).toBeFocused();
			await page.keyboard.press('Enter');
		});
		expect(csv.name).toMatch(/\.csv$/);
		expect(csv.text()).toContain('Map every well in the district');
		// Saved as sent: it is offered again, and the next report starts after it.
		await page.getByRole('textbox', { name: 'Name of this report' }).fill('First quarter');
		await page.getByRole('textbox', { name: 'Name of this report' }).press('Enter');
		await expect(
			page.getByRole('status').filter({ hasText: 'Saved “First quarter”.' })
		).toBeVisible();
		const saved = page.getByRole('combobox', { name: 'Saved reports' });
		await saved.selectOption({ index: 1 });
		await expect(saved.locator('option:checked')).toHaveText(/^First quarter/);
		await expect(page.getByText('1 commitment: 1 at risk')).toBeVisible();
		await page.getByRole('link', { name: 'Commitments' }).first().click();
		await expect(page.getByRole('heading', { name: 'Commitments' })).toBeVisible();

		// Kept on this device: after a reload it is all still there.
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Commitments' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Map every well in the district' })).toBeVisible();
	});

	test('the overview lists what needs this member: an overdue commitment and a document due for review', async ({
		page
	}) => {
		await createWorkspace(page, 'Review circle');
		const nav = page.getByRole('navigation', { name: 'Workspace' });
		// The overview is where a workspace opens (after the first visit, which starts at the charter).
		await page.getByRole('link', { name: /All workspaces/ }).click();
		await page.getByRole('link', { name: 'Review circle' }).click();
		await expect(page.getByRole('heading', { name: 'Overview', level: 2 })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await expect(
			page.getByRole('status').filter({ hasText: 'Nothing needs you right now' })
		).toBeVisible();

		await page.getByRole('link', { name: 'Charter' }).click();
		await page.getByRole('button', { name: 'Set review date' }).click();
		const review = page.getByRole('dialog', { name: 'When to revisit “Charter”' });
		// A day that does not exist is refused, and said so, rather than saved as no date.
		await review.getByRole('textbox', { name: 'Revisit by' }).click();
		await review.getByRole('textbox', { name: 'Revisit by' }).pressSequentially('02302027');
		await review.getByRole('button', { name: 'Save' }).click();
		await expect(review.getByRole('alert')).toHaveText(/“Revisit by” is not a day that exists/);
		await review.getByRole('textbox', { name: 'Revisit by' }).fill('2021-06-30');
		await review.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByText('Revisit by Jun 30, 2021')).toBeVisible();
		await expect(page.getByText('Due for review')).toBeVisible();

		await nav.getByRole('link', { name: 'Commitments' }).click();
		await page.getByRole('button', { name: 'New commitment' }).click();
		const dialog = page.getByRole('dialog', { name: 'New commitment' });
		await dialog.getByRole('textbox', { name: 'Title' }).fill('Send the minutes');
		await dialog.getByRole('textbox', { name: 'Start date' }).fill('2021-01-01');
		await dialog.getByRole('textbox', { name: 'Due date' }).click();
		await dialog.getByRole('textbox', { name: 'Due date' }).pressSequentially('02302021');
		await dialog.getByRole('button', { name: 'Make commitment' }).click();
		await expect(dialog.getByRole('alert')).toHaveText(/“Due date” is not a day that exists/);
		await expect(dialog.getByRole('textbox', { name: 'Due date' })).toBeFocused();
		await dialog.getByRole('textbox', { name: 'Due date' }).fill('2021-02-01');
		await dialog.getByRole('button', { name: 'Make commitment' }).click();
		await expect(page.getByRole('heading', { name: 'Send the minutes' })).toBeVisible();
		// The status is given by choosing it in a menu: moving through the choices gives none.
		await page.getByRole('button', { name: 'Change status' }).focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('menuitem', { name: 'On track' })).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('menuitem', { name: 'At risk' })).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('menu')).toBeHidden();
		const facts = page.getByRole('article');
		await expect(facts.getByText('On track')).toBeVisible();
		await page.getByRole('button', { name: 'Change status' }).click();
		await expect(page.getByRole('menuitem', { name: 'On track' })).toHaveCount(0);
		await page.keyboard.press('Escape');

		await nav.getByRole('link', { name: 'Overview' }).click();
		const mine = page.getByRole('region', { name: 'Your commitments that need you' });
		await expect(mine.getByRole('link', { name: 'Send the minutes' })).toBeVisible();
		await expect(mine).toContainText(/Overdue by [\d,]+ days/);
		await expect(mine).toContainText('Check-in due');
		const due = page.getByRole('region', { name: 'Due for review' });
		await due.getByRole('link', { name: 'Charter' }).click();
		await expect(page.getByRole('textbox', { name: 'Charter' })).toBeVisible();
	});

	test('how the group decides, set on the Members page, is where a new decision starts', async ({
		page
	}) => {
		await createWorkspace(page, 'Rules circle');
		await page
			.getByRole('navigation', { name: 'Workspace' })
			.getByRole('link', { name: 'Members' })
			.click();
		const rules = page.getByRole('region', { name: 'How we decide' });
		await rules
			.getByRole('combobox', { name: 'Decision rule' })
			.selectOption({ label: 'Majority' });
		await rules.getByRole('spinbutton', { name: /^Quorum/ }).fill('0');
		await rules.getByRole('button', { name: 'Save how we decide' }).click();
		await expect(rules.getByRole('alert')).toBeVisible();
		await rules.getByRole('spinbutton', { name: /^Quorum/ }).fill('2');
		await rules.getByRole('button', { name: 'Save how we decide' }).click();
		await expect(rules.getByRole('status')).toHaveText('Saved.');

		await page.getByRole('link', { name: 'Charter' }).click();
		await page.getByRole('button', { name: 'Open decision' }).click();
		const open = page.getByRole('dialog', { name: 'Open a decision' });
		await expect(open.getByRole('radio', { name: /^Majority/ })).toBeChecked();
		await expect(open.getByRole('spinbutton', { name: /^Quorum/ })).toHaveValue('2');
	});
});
