import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { downloaded } from './downloads';
import { createWorkspace, expect, expectSaved, typeAtEnd } from './fixtures';
import {
	connection,
	joinByLink,
	readInviteLink,
	setMyName,
	test,
	typeAfter,
	goOffline
} from './peers';

const CLAUSE = 'Each partner publishes its pilot results every quarter.';
const TITLE = 'Publish the pilot results';
const CHECK_IN = 'Half the towns reported; the rest are late.';

async function openPlace(page: Page, name: 'Commitments' | 'Members') {
	await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

async function nameOrganisation(page: Page, organisation: string) {
	await openPlace(page, 'Members');
	await page.getByRole('textbox', { name: 'Your organisation' }).fill(organisation);
	await page.getByRole('button', { name: 'Save organisation' }).click();
	await expect(page.getByRole('table', { name: 'Members' })).toContainText(organisation);
}

/** The text LibreOffice reads in a Word file. */
function readByLibreOffice(bytes: Uint8Array): string {
	const dir = mkdtempSync(join(tmpdir(), 'concord-report-'));
	try {
		writeFileSync(join(dir, 'report.docx'), bytes);
		execFileSync(
			'soffice',
			[
				'--headless',
				'--norestore',
				`-env:UserInstallation=file://${dir}/profile`,
				'--convert-to',
				'txt:Text',
				'--outdir',
				dir,
				join(dir, 'report.docx')
			],
			{ stdio: 'pipe', timeout: 120_000 }
		);
		return readFileSync(join(dir, 'report.txt'), 'utf8').replace(/\s+/g, ' ');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

test('a commitment made from a clause is checked in on offline, survives edits around its passage, and is reported', async ({
	amina,
	bea,
	chidi
}) => {
	test.setTimeout(240_000);
	await setMyName(amina.page, 'Amina');
	await createWorkspace(amina.page, 'Partnership');
	const link = await readInviteLink(amina.page);
	await joinByLink(bea.page, link, 'Beatriz Núñez');
	await joinByLink(chidi.page, link, 'Chidi Ọkafọ');
	await expect(connection(amina.page)).toHaveText('Connected to 2 peers');
	await nameOrganisation(amina.page, 'Red Sol');
	await nameOrganisation(bea.page, 'Asociación Río 河流');

	// Amina writes the clause and makes a commitment of it, owed by Bea's organisation's member.
	await amina.page.getByRole('link', { name: 'Charter' }).click();
	await typeAtEnd(amina.page, 'Charter', CLAUSE);
	await expect(chidi.page.getByRole('textbox', { name: 'Charter' })).toContainText(CLAUSE);
	await amina.page
		.getByRole('textbox', { name: 'Charter' })
		.getByText(CLAUSE)
		.click({ clickCount: 3 });
	await amina.page.getByRole('button', { name: 'Make a commitment' }).click();
	const dialog = amina.page.getByRole('dialog', { name: 'New commitment' });
	await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(CLAUSE);
	await dialog.getByRole('textbox', { name: 'Title' }).fill(TITLE);
	const owners = dialog.getByRole('group', { name: 'Owners' });
	await owners.getByRole('checkbox', { name: /^Amina/ }).uncheck();
	await owners.getByRole('checkbox', { name: /^Beatriz Núñez/ }).check();
	await dialog.getByRole('textbox', { name: 'Due date' }).fill('2030-03-31');
	await dialog.getByRole('button', { name: 'Make commitment' }).click();
	await expect(dialog).toBeHidden();
	await expect(
		amina.page.getByRole('region', { name: /Commitments from this text/ })
	).toContainText(TITLE);

	// Bea, offline, checks in and says it is at risk.
	await openPlace(bea.page, 'Commitments');
	await bea.page.getByRole('link', { name: TITLE }).click();
	await goOffline(bea.page, true);
	await bea.page.getByRole('button', { name: 'Add check-in' }).click();
	const checkIn = bea.page.getByRole('dialog', { name: 'Add check-in' });
	await checkIn.getByRole('combobox', { name: 'Status now' }).selectOption({ label: 'At risk' });
	await checkIn.getByRole('textbox', { name: 'What happened' }).fill(CHECK_IN);
	await checkIn.getByRole('button', { name: 'Save check-in' }).click();
	await expect(checkIn).toBeHidden();
	await expectSaved(bea.page);

	// Meanwhile Chidi edits the clause around the passage.
	await typeAfter(chidi.page, 'Charter', CLAUSE, ' Reports are shared with all members.');
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).toContainText(
		'Reports are shared with all members.'
	);

	await goOffline(bea.page, false);
	for (const member of [amina, bea, chidi]) {
		const page = member.page;
		await openPlace(page, 'Commitments');
		await page.getByRole('link', { name: TITLE }).click();
		const article = page.getByRole('article');
		await expect(article.getByRole('region', { name: 'Check-ins' })).toContainText(CHECK_IN, {
			timeout: 20_000
		});
		await expect(article.getByText('At risk').first()).toBeVisible();
		await expect(article.getByRole('blockquote').or(article.locator('blockquote'))).toHaveText(
			CLAUSE
		);
		await expect(article).toContainText('Beatriz Núñez');
	}

	// The progress report, as Word read by LibreOffice and as CSV read by a CSV parser.
	await openPlace(amina.page, 'Commitments');
	await amina.page.getByRole('link', { name: 'Record of mutual progress' }).click();
	await expect(amina.page.getByText('1 commitment: 1 at risk')).toBeVisible();
	const exportItem = async (item: string) =>
		downloaded(amina.page, async () => {
			await amina.page.getByRole('button', { name: 'Progress report' }).click();
			await amina.page.getByRole('menuitem', { name: item, exact: true }).click();
		});
	const docx = await exportItem('Word (DOCX)');
	expect(docx.name).toMatch(/\.docx$/);
	const text = readByLibreOffice(docx.bytes);
	expect(text).toContain('Record of mutual progress');
	expect(text).toContain(TITLE);
	expect(text).toContain(CHECK_IN);
	expect(text).toContain('Asociación Río 河流');
	const csv = await exportItem('CSV');
	expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const rows = Papa.parse<Record<string, string>>(csv.text().replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: true
	}).data;
	expect(rows).toHaveLength(1);
	expect(rows[0]).toMatchObject({
		Title: TITLE,
		Owners: 'Beatriz Núñez',
		'Status when the period ended': 'At risk',
		'What happened': CHECK_IN,
		'Check-in by': 'Beatriz Núñez'
	});
});
