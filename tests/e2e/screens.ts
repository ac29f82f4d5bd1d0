import type { Page } from '@playwright/test';
import { OPEN_DIALOG, Walk, templateTitles, type WalkLocale } from './axe-walk';
import { damageStoredChanges } from './storage';
import { expect } from './fixtures';
import type { Member } from './peers';

/**
 * Shows the interface in a language by the "Language" menu of the home page, found by its
 * choices (each language named in itself), whatever language the browser started in.
 */
export async function chooseInterfaceLanguage(page: Page, locale: WalkLocale): Promise<void> {
	await page.goto('/');
	const english = page.getByRole('option', { name: 'English', exact: true });
	await page.getByRole('combobox').filter({ has: english }).selectOption(locale);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** Creates a workspace from the home page in the interface's language; the dialog is checked. */
export async function createWorkspace(walk: Walk, name: string) {
	const { page, t } = walk;
	await walk.dialog('new workspace dialog', t('new_workspace_title'), () =>
		page.getByRole('button', { name: t('new_workspace') }).click()
	);
	await page.getByRole('textbox', { name: t('workspace_name') }).fill(name);
	await page.getByRole('textbox', { name: t('your_name') }).fill('Amina');
	await page.getByRole('button', { name: t('create'), exact: true }).click();
}

/** Bea joins by the invite link in the same interface language; her join page is checked. */
export async function beaJoins(
	walk: Walk,
	bea: Member,
	link: string,
	lang: WalkLocale,
	width: number
) {
	const { t } = walk;
	await bea.page.setViewportSize({ width, height: 740 });
	await chooseInterfaceLanguage(bea.page, lang);
	await bea.page.goto(link);
	await expect(bea.page.getByRole('button', { name: t('join'), exact: true })).toBeVisible();
	await walk.check('join page, valid link', { page: bea.page });
	await bea.page.getByRole('textbox', { name: t('your_name') }).fill('Bea');
	await bea.page.getByRole('button', { name: t('join'), exact: true }).click();
	await expect(
		bea.page.getByRole('textbox', { name: (await templateTitles(lang))[0] })
	).toBeVisible({
		timeout: 20_000
	});
}

/** The workspace's other pages: commitments, one commitment, the report, members, overview. */
export async function workspaceScreens(walk: Walk) {
	const { page, t } = walk;
	const nav = page.getByRole('navigation', { name: t('workspace_navigation') });
	await nav.getByRole('link', { name: t('commitments') }).click();
	await expect(page.getByRole('link', { name: 'Host the calls' })).toBeVisible();
	await walk.check('Commitments list');
	// A second commitment, overdue: first refused without a title, and said so.
	const create = await walk.dialog('new commitment dialog', t('new_commitment_title'), () =>
		page.getByRole('button', { name: t('new_commitment') }).click()
	);
	const make = create.getByRole('button', { name: t('make_commitment_submit') });
	await make.click();
	await expect(create.getByRole('alert')).toBeVisible();
	await walk.check('new commitment dialog with an error', { within: [OPEN_DIALOG] });
	await create.getByRole('textbox', { name: t('commitment_title') }).fill('Send the minutes');
	await create.getByRole('textbox', { name: t('commitment_start_date') }).fill('2021-01-01');
	await create.getByRole('textbox', { name: t('commitment_due_date') }).fill('2021-02-01');
	await create
		.getByRole('combobox', { name: t('commitment_status') })
		.selectOption({ label: t('status_on_track') });
	await make.click();
	await expect(page.getByRole('heading', { name: 'Send the minutes' })).toBeVisible();
	const checkIn = await walk.dialog('check-in dialog', t('add_check_in'), () =>
		page.getByRole('button', { name: t('add_check_in') }).click()
	);
	await checkIn.getByRole('textbox', { name: t('check_in_what_happened') }).fill('Sent in May.');
	await checkIn
		.getByRole('textbox', { name: t('check_in_evidence') })
		.fill('https://example.org/minutes');
	await checkIn.getByRole('button', { name: t('check_in_save') }).click();
	await expect(checkIn).toBeHidden();
	await expect(page.getByRole('region', { name: t('check_ins') })).toContainText('Sent in May.');
	await walk.check('one commitment, with a check-in');
	await walk.menu('change status menu', t('commitment_set_status'));
	await walk.dialogCancelled('edit commitment dialog', t('edit_commitment_title'), () =>
		page.getByRole('button', { name: t('edit_commitment') }).click()
	);
	await walk.dialogCancelled(
		'delete commitment dialog',
		t('delete_commitment_title', { title: 'Send the minutes' }),
		() => page.getByRole('button', { name: t('delete_commitment') }).click()
	);
	await page
		.getByRole('link', { name: t('commitments') })
		.first()
		.click();
	await page.getByRole('radio', { name: t('layout_board') }).check();
	await expect(page.getByRole('link', { name: 'Send the minutes' })).toBeVisible();
	await walk.check('Commitments board');
	await page.getByRole('link', { name: t('report_title') }).click();
	await expect(page.getByRole('heading', { name: t('report_title') })).toBeVisible();
	await walk.check('progress report');

	await nav.getByRole('link', { name: t('members') }).click();
	const rules = page.getByRole('region', { name: t('how_we_decide') });
	await rules.getByRole('button', { name: t('save_group_settings') }).click();
	await expect(rules.getByRole('status')).toHaveText(t('settings_saved'));
	// A role chosen for Bea and not given yet: its buttons show.
	await page
		.getByRole('combobox', { name: t('member_role_of', { name: 'Bea' }) })
		.selectOption('facilitator');
	await expect(
		page.getByRole('button', { name: t('change_role_of', { name: 'Bea' }), exact: true })
	).toBeVisible();
	await walk.check('Members');
	await nav.getByRole('link', { name: t('overview') }).click();
	await expect(page.getByRole('region', { name: t('overview_commitments') })).toBeVisible();
	await expect(page.getByRole('region', { name: t('overview_review') })).toBeVisible();
	await expect(page.getByRole('region', { name: t('overview_replies') })).toBeVisible();
	await walk.check('workspace overview');
}

/** The pages outside a workspace: settings, a broken invite link, home, a damaged workspace. */
export async function outsideScreens(walk: Walk, workspaceUrl: string, name: string) {
	const { page, t } = walk;
	await page.getByRole('link', { name: t('settings'), exact: true }).click();
	await expect(page.getByRole('heading', { name: t('settings'), level: 1 })).toBeVisible();
	await walk.check('Settings');
	await page.goto('/join#v=1&k=abc');
	await expect(page.getByRole('alert')).toBeVisible();
	await walk.check('join page, broken link');
	await page.goto('/');
	await expect(page.getByRole('link', { name })).toBeVisible();
	await walk.check('home with workspaces');
	await damageStoredChanges(page, new URL(workspaceUrl).pathname.split('/')[2]!);
	await page.goto(workspaceUrl);
	await expect(page.getByRole('heading', { name: t('damaged_title') })).toBeVisible();
	await walk.check('damaged workspace');
}

/** The learning log: empty, the new entry dialog (with an error), an entry with a comment, its menus and dialogs. */
export async function learningLogScreens(walk: Walk) {
	const { page, t } = walk;
	const nav = page.getByRole('navigation', { name: t('workspace_navigation') });
	await nav.getByRole('link', { name: t('log_title') }).click();
	await expect(page.getByRole('heading', { name: t('log_title'), level: 2 })).toBeVisible();
	await walk.check('Learning log, empty');
	const create = await walk.dialog('new entry dialog', t('log_new_entry'), () =>
		page.getByRole('button', { name: t('log_new_entry') }).click()
	);
	await create.getByRole('button', { name: t('log_save') }).click();
	await expect(create.getByRole('alert')).toBeVisible();
	await walk.check('new entry dialog with an error', { within: [OPEN_DIALOG] });
	await create.getByRole('textbox', { name: t('log_tried') }).fill('Radio meetings');
	await create.getByRole('textbox', { name: t('log_learned') }).fill('Send the agenda first.');
	await create.getByRole('checkbox', { name: t('log_tag_lesson'), exact: true }).check();
	await create.getByRole('checkbox', { name: t('log_share') }).check();
	await create.getByRole('radio', { name: t('log_name_hidden') }).check();
	await create.getByRole('button', { name: t('log_save') }).click();
	await expect(create).toBeHidden();
	const entry = page.getByRole('article').filter({ hasText: 'Radio meetings' });
	await entry.getByRole('textbox', { name: t('log_comment_label') }).fill('Thank you.');
	await entry.getByRole('button', { name: t('log_comment_post') }).click();
	await expect(entry).toContainText('Thank you.');
	await walk.check('Learning log, an unnamed entry with a comment');
	await walk.menu('learning log export menu', t('log_export'));
	await walk.dialogCancelled('edit entry dialog', t('log_edit_entry'), () =>
		entry.getByRole('button', { name: t('log_edit_entry') }).click()
	);
	await walk.dialogCancelled('delete entry dialog', t('log_delete_title'), () =>
		entry.getByRole('button', { name: t('log_delete') }).click()
	);
}
