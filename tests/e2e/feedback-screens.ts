import type { Walk } from './axe-walk';
import { expect } from './fixtures';

/**
 * The feedback pages, as a facilitator meets them: the list, the dialog that starts a round, the
 * round being written, the answer form (with the error of a missing answer), the summary.
 */
export async function feedbackScreens(walk: Walk): Promise<void> {
	const { page, t } = walk;
	const nav = page.getByRole('navigation', { name: t('workspace_navigation') });
	await nav.getByRole('link', { name: t('fb_feedback') }).click();
	await expect(page.getByRole('heading', { name: t('fb_feedback'), level: 2 })).toBeVisible();
	await walk.check('Feedback, no round yet');
	const start = await walk.dialog('new feedback round dialog', t('fb_new_round'), () =>
		page.getByRole('button', { name: t('fb_new_round') }).click()
	);
	await start.getByRole('combobox', { name: t('fb_start_from') }).selectOption('after-meeting');
	await expect(start.getByRole('textbox', { name: t('fb_title') })).not.toHaveValue('');
	await start.getByRole('button', { name: t('fb_write_round') }).click();
	await expect(page.getByRole('heading', { name: t('fb_write_round_heading') })).toBeVisible();
	await page.getByRole('button', { name: t('fb_add_question') }).click();
	const added = page.getByRole('group', { name: t('fb_question_number', { number: 5 }) });
	await added.getByRole('combobox', { name: t('fb_kind') }).selectOption('choice');
	await added.getByRole('textbox', { name: t('fb_prompt'), exact: true }).fill('Which day?');
	await added.getByRole('textbox', { name: t('fb_options') }).fill('Monday');
	await added.getByRole('textbox', { name: t('fb_options') }).press('Tab');
	await expect(added.getByRole('alert')).toHaveText(t('fb_options_missing'));
	await walk.check('round being written, a question with an error');
	await added.getByRole('textbox', { name: t('fb_options') }).fill('Monday\nFriday');
	await added.getByRole('textbox', { name: t('fb_options') }).press('Tab');
	await expect(added.getByRole('alert')).toHaveCount(0);
	await page.getByRole('button', { name: t('fb_open_round') }).click();
	await expect(page.getByRole('button', { name: t('fb_answer') })).toBeVisible();
	await walk.check('Feedback with an open round');

	await page.getByRole('button', { name: t('fb_answer') }).click();
	await page.getByRole('button', { name: t('fb_send_answers') }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await walk.check('answer form with a missing answer');
	// Every question that needs one gets its first choice.
	for (const group of await page.getByRole('group').all())
		if ((await group.getByRole('radio').count()) > 0)
			await group.getByRole('radio').first().check();
	await page.getByRole('button', { name: t('fb_send_answers') }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.goto(page.url().replace(/\/answer$/, '/summary'));
	await expect(page.getByRole('heading', { name: t('fb_steps') })).toBeVisible();
	await walk.check('summary of a round');
}
