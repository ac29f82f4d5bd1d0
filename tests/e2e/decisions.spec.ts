import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { downloaded, exportAs, exportFrom } from './downloads';
import { createWorkspace, expect, typeAtEnd } from './fixtures';
import {
	connection,
	joinByLink,
	readInviteLink,
	setMyName,
	test,
	typeAfter,
	goOffline
} from './peers';

const GUIDANCE = 'Say in a few sentences why this group exists';

/** The region of an open decision, as a member finds it above the text. */
const decisionRegion = (page: Page) => page.getByRole('region', { name: /^Decision open/ });

test('a saved version is compared with the text a peer wrote since, and authors are shown', async ({
	amina,
	bea
}) => {
	await setMyName(amina.page, 'Amina');
	await createWorkspace(amina.page, 'Versions Circle');
	await joinByLink(bea.page, await readInviteLink(amina.page), 'Bea');
	await expect(connection(amina.page)).toHaveText('Connected to 1 peer');

	await amina.page.getByRole('button', { name: 'Save version' }).click();
	const dialog = amina.page.getByRole('dialog', { name: 'Save a version' });
	await dialog.getByRole('textbox', { name: 'Version name' }).fill('First draft');
	await dialog.getByRole('button', { name: 'Save version' }).click();
	await expect(dialog).toBeHidden();

	await typeAfter(bea.page, 'Charter', GUIDANCE, ' Bea adds a sentence on listening.');
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).toContainText(
		'Bea adds a sentence on listening.'
	);

	await amina.page.getByRole('button', { name: 'History' }).click();
	const history = amina.page.getByRole('region', { name: 'History of “Charter”' });
	await expect(history.getByRole('listitem').filter({ hasText: 'First draft' })).toContainText(
		'by Amina'
	);
	await expect(history.getByRole('combobox', { name: 'From' })).toHaveValue(/.+/);
	await history.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Current text' });
	await history.getByRole('button', { name: 'Compare' }).click();
	const changes = amina.page.getByRole('region', {
		name: 'Changes from “First draft” to “Current text”'
	});
	await expect(changes.getByRole('document').getByRole('insertion')).toHaveText(
		'inserted: Bea adds a sentence on listening.'
	);
	await expect(changes.getByRole('deletion')).toHaveCount(0);
	await expect(changes).toContainText('34 characters inserted, 0 deleted.');

	// The version as it was: without Bea's sentence, and not editable.
	await history.getByRole('button', { name: 'Open version “First draft”' }).click();
	const version = amina.page.getByRole('region', { name: 'Version “First draft” (read-only)' });
	await expect(version).toContainText(GUIDANCE);
	await expect(version).not.toContainText('Bea adds');
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).toHaveCount(0);
	await version.getByRole('button', { name: 'Back to the text' }).click();
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).toBeVisible();

	// Who wrote what: the template is Amina's, the new sentence Bea's.
	await amina.page.getByRole('button', { name: 'Show authors' }).click();
	const authors = amina.page.getByRole('region', { name: 'Who wrote what' });
	await expect(authors.getByRole('list', { name: 'Authors' }).getByRole('listitem')).toHaveText([
		/^\s*Amina$/,
		/^\s*Bea$/
	]);
	await expect(authors.getByRole('document')).toContainText(
		'written by Bea: Bea adds a sentence on listening.'
	);
});

test('a decision is answered by members, one offline, adopted, and exported with its record', async ({
	amina,
	bea,
	chidi
}) => {
	test.setTimeout(120_000);
	await setMyName(amina.page, 'Amina');
	await createWorkspace(amina.page, 'Decision Circle');
	const link = await readInviteLink(amina.page);
	await joinByLink(bea.page, link, 'Bea');
	await joinByLink(chidi.page, link, 'Chidi');
	await expect(connection(amina.page)).toHaveText('Connected to 2 peers');

	// Only facilitators open decisions; Amina, who created the workspace, makes Bea one.
	await expect(bea.page.getByRole('button', { name: 'Open decision' })).toHaveCount(0);
	await amina.page
		.getByRole('navigation', { name: 'Workspace' })
		.getByRole('link', { name: 'Members' })
		.click();
	const members = amina.page.getByRole('table', { name: 'Members' });
	await expect(members.getByRole('row')).toHaveCount(4);
	const beaRow = members.getByRole('row').filter({ hasText: 'Bea' });
	await beaRow.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Facilitator' });
	await beaRow.getByRole('button', { name: 'Change role' }).click();
	await expect(beaRow.getByRole('button', { name: 'Change role' })).toHaveCount(0);
	await expect(beaRow.getByRole('combobox', { name: 'Role' })).toHaveValue('facilitator');
	await amina.page.getByRole('link', { name: 'Charter' }).click();
	await expect(bea.page.getByRole('button', { name: 'Open decision' })).toBeVisible();

	await amina.page.getByRole('button', { name: 'Open decision' }).click();
	const open = amina.page.getByRole('dialog', { name: 'Open a decision' });
	await open.getByRole('textbox', { name: 'Version name' }).fill('Charter v1');
	await expect(open.getByRole('textbox', { name: 'Question' })).toHaveValue(
		'Do we adopt “Charter v1” as our Charter?'
	);
	await expect(open.getByRole('radio', { name: /^Consent/ })).toBeChecked();
	await open.getByRole('button', { name: 'Open decision' }).click();
	await expect(open).toBeHidden();

	// Chidi receives the decision, then answers while offline.
	await expect(decisionRegion(chidi.page)).toContainText('Do we adopt “Charter v1”');
	await goOffline(chidi.page, true);
	await decisionRegion(chidi.page)
		.getByRole('textbox', { name: 'Reason (optional)' })
		.fill('I was not at the meeting.');
	await decisionRegion(chidi.page).getByRole('button', { name: 'Stand aside' }).click();
	await expect(decisionRegion(chidi.page)).toContainText('Your answer: Stand aside');

	await decisionRegion(bea.page).getByRole('button', { name: 'Agree' }).click();
	await expect(decisionRegion(amina.page).getByRole('listitem')).toHaveText([/^Bea: Agree/]);
	await decisionRegion(amina.page).getByRole('button', { name: 'Agree' }).click();
	await expect(decisionRegion(bea.page)).toContainText('Answers (2 of 3)');
	await expect(decisionRegion(bea.page)).toContainText('Not answered yet: Chidi');
	await expect(amina.page.getByText('Agreed', { exact: true })).toHaveCount(0);

	// Chidi's answer arrives with him; everyone has answered, nobody objects: adopted.
	await goOffline(chidi.page, false);
	for (const { page } of [amina, bea, chidi]) {
		await expect(page.getByText('Agreed', { exact: true })).toBeVisible({ timeout: 20_000 });
		await expect(page.getByText('Agreed version “Charter v1”, adopted')).toBeVisible();
		await expect(decisionRegion(page)).toHaveCount(0);
	}

	// The draft goes on; the agreed version stays as it was.
	await typeAtEnd(bea.page, 'Charter', 'Added after the decision.');
	await expect(amina.page.getByText('Changed since agreed')).toBeVisible();
	await amina.page.getByRole('button', { name: 'Show changes since agreed' }).click();
	await expect(
		amina.page
			.getByRole('region', { name: 'Changes from “Charter v1” to “Current text”' })
			.getByRole('insertion')
	).toContainText('Added after the decision.');
	await amina.page.getByRole('button', { name: 'Back to the text' }).click();

	const markdown = await downloaded(amina.page, () =>
		exportFrom(amina.page, 'Agreed version “Charter v1”', 'Markdown')
	);
	expect(markdown.name).toMatch(/-agreed\.md$/);
	const md = markdown.text();
	expect(md).toContain('Agreed: version “Charter v1”, adopted');
	expect(md).toContain('## Decision record');
	expect(md).toContain('**Question:** Do we adopt “Charter v1” as our Charter?');
	expect(md).toContain('**Rule:** Consent');
	expect(md).toContain('**Outcome:** Adopted');
	expect(md).toMatch(/\| Bea\s+\| Agree\s+\|/);
	expect(md).toMatch(/\| Chidi\s+\| Stand aside\s+\| I was not at the meeting\.\s+\|/);
	expect(md).toContain(GUIDANCE);
	expect(md).not.toContain('Added after the decision.');

	const docx = await downloaded(amina.page, () =>
		exportFrom(amina.page, 'Agreed version “Charter v1”', 'Word (DOCX)')
	);
	const xml = strFromU8(unzipSync(docx.bytes)['word/document.xml']!);
	for (const expected of [
		'Decision record',
		'Charter v1',
		'Stand aside',
		'I was not at the meeting.'
	]) {
		expect(xml).toContain(expected);
	}
	expect(xml).not.toContain('Added after the decision.');

	const draft = await downloaded(amina.page, () =>
		exportFrom(amina.page, 'Current draft', 'Markdown')
	);
	expect(draft.text()).toContain('Draft, not agreed');
	expect(draft.text()).toContain('Added after the decision.');
	expect(draft.text()).not.toContain('Decision record');
});

test('a draft without an agreed version exports as the draft only', async ({ amina }) => {
	await createWorkspace(amina.page, 'Only Drafts');
	const markdown = await downloaded(amina.page, () => exportAs(amina.page, 'Markdown'));
	expect(markdown.text()).toContain('Draft, not agreed');
	await amina.page.getByRole('button', { name: 'Export' }).click();
	await expect(amina.page.getByRole('group', { name: /Agreed version/ })).toHaveCount(0);
});
