import * as Y from 'yjs';
import { listDocuments } from '../../src/lib/doc';
import { decodeWorkspaceFile } from '../../src/lib/workspace/concord-file/format';
import { downloaded } from './downloads';
import { TEMPLATE_TITLES, createWorkspace, expect, expectSaved, typeAtEnd } from './fixtures';
import { joinByLink, readInviteLink, setMyName, test } from './peers';
import { damageStoredChanges } from './storage';

test('damaged data on this device is said so, what can be read is exported, and a re-sync from a member restores the rest', async ({
	amina,
	bea
}) => {
	await setMyName(amina.page, 'Amina');
	await createWorkspace(amina.page, 'Damaged Data Group');
	await typeAtEnd(amina.page, 'Charter', 'Written before the damage.');
	await expectSaved(amina.page);
	await joinByLink(bea.page, await readInviteLink(amina.page), 'Bea');
	await typeAtEnd(bea.page, 'Charter', 'Bea adds a line.');
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).toContainText(
		'Bea adds a line.'
	);
	await expectSaved(amina.page);

	const charterUrl = amina.page.url();
	const workspaceId = new URL(charterUrl).pathname.split('/')[2]!;
	await amina.page.getByRole('link', { name: /All workspaces/ }).click();
	const damaged = await damageStoredChanges(amina.page, workspaceId);
	expect(damaged).toBeGreaterThan(0);

	// Opening says so, instead of showing the workspace without what the damaged records held.
	await amina.page.goto(charterUrl);
	await expect(
		amina.page.getByRole('heading', { name: 'This workspace cannot be loaded from this device' })
	).toBeVisible();
	await expect(amina.page.getByRole('alert')).toContainText(
		`${damaged} of ${damaged + 1} cannot be read`
	);
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).toHaveCount(0);

	// What can be read comes out as a workspace file, with its key when asked for.
	await amina.page.getByRole('checkbox', { name: 'Include the invite key' }).check();
	const file = await downloaded(amina.page, () =>
		amina.page.getByRole('button', { name: 'Export what can be read' }).click()
	);
	expect(file.name).toMatch(/^damaged-data-group-readable-.*\.concord$/);
	await expect(amina.page.getByRole('status')).toContainText(
		`Stored changes read: 1; unreadable: ${damaged}.`
	);
	const { header, update } = await decodeWorkspaceFile(file.bytes);
	expect(header.name).toBe('Damaged Data Group');
	expect(header.key).not.toBeNull();
	const rescued = new Y.Doc();
	Y.applyUpdateV2(rescued, update);
	expect(listDocuments(rescued).map((d) => d.title)).toEqual(TEMPLATE_TITLES);

	// Re-syncing keeps the damaged data aside and fills a fresh copy from Bea, who is online.
	await amina.page.getByRole('button', { name: 'Re-sync from peers' }).click();
	const charter = amina.page.getByRole('textbox', { name: 'Charter' });
	await expect(charter).toContainText('Written before the damage.', { timeout: 20_000 });
	await expect(charter).toContainText('Bea adds a line.');
	await expectSaved(amina.page);
	const setAside = await amina.page.evaluate(async () =>
		(await indexedDB.databases()).filter((d) => d.name?.startsWith('concord-damaged-'))
	);
	expect(setAside).toHaveLength(1);

	// The fresh copy is this device's copy now: it opens again as it was.
	await amina.page.reload();
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).toContainText(
		'Bea adds a line.'
	);
});
