import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { downloaded } from './downloads';
import { createWorkspace, expect, expectSaved } from './fixtures';
import { connection, goOffline, joinByLink, readInviteLink, setMyName, test } from './peers';

const RATINGS = [
	'We keep each other well informed.',
	'Decisions are made together, and my voice counts.',
	'I trust the other members of the partnership.',
	'We meet the commitments we make to one another.'
];
const ADDED = 'Did our last meeting help?';
const CANDID = 'Decisions are sometimes made before the call — say so openly.';
const STEP = 'Share the agenda of every call three days before';

async function openFeedback(page: Page) {
	await page
		.getByRole('navigation', { name: 'Workspace' })
		.getByRole('link', { name: 'Feedback' })
		.click();
	await expect(page.getByRole('heading', { name: 'Feedback', level: 2 })).toBeVisible();
}

/** Answers the partnership round: each rating, the added yes/no question, and one free text. */
async function answer(page: Page, ratings: number[], yes: boolean, text: string | null) {
	await openFeedback(page);
	await page.getByRole('button', { name: 'Answer' }).click();
	for (const [i, prompt] of RATINGS.entries())
		await page
			.getByRole('group', { name: new RegExp(`^${i + 1}\\. ${prompt.replace('.', '\\.')}`) })
			.getByRole('radio', { name: new RegExp(`^${ratings[i]}`) })
			.check();
	await page
		.getByRole('group', { name: new RegExp(ADDED.replace('?', '\\?')) })
		.getByRole('radio', { name: yes ? 'Yes' : 'No' })
		.check();
	if (text)
		await page.getByRole('textbox', { name: 'What one thing should we improve?' }).fill(text);
	await page.getByRole('button', { name: 'Send answers' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Your answers were saved' })
	).toBeVisible();
}

/** Every stored change of a workspace on a device, as the Yjs updates it keeps. */
async function storedUpdates(page: Page): Promise<Uint8Array[]> {
	const id = new URL(page.url()).pathname.split('/')[2]!;
	const records = await page.evaluate(async (workspace) => {
		const open = indexedDB.open(`concord-ws-${workspace}`);
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const request = db.transaction('updates').objectStore('updates').getAll();
		const all = await new Promise<unknown[]>(
			(resolve) => (request.onsuccess = () => resolve(request.result))
		);
		db.close();
		return all.map((r) => Array.from(r as Uint8Array));
	}, id);
	return records.map((r) => Uint8Array.from(r));
}

test('a feedback round: opened, answered unnamed (once offline), closed, summed up alike everywhere, and answered with a commitment', async ({
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

	// Amina writes the round from the partnership template, adds a question and opens it.
	await openFeedback(amina.page);
	await expect(bea.page.getByRole('button', { name: 'New feedback round' })).toHaveCount(0);
	await amina.page.getByRole('button', { name: 'New feedback round' }).click();
	const dialog = amina.page.getByRole('dialog', { name: 'New feedback round' });
	await dialog
		.getByRole('combobox', { name: 'Start from' })
		.selectOption({ label: 'How is our partnership working?' });
	await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(
		'How is our partnership working?'
	);
	await dialog.getByRole('button', { name: 'Write the round' }).click();
	await expect(amina.page.getByRole('heading', { name: 'Write the round' })).toBeVisible();
	await expect(amina.page.getByRole('radio', { name: /^Unnamed/ })).toBeChecked();
	await amina.page.getByRole('button', { name: 'Add question' }).click();
	const seventh = amina.page.getByRole('group', { name: 'Question 7' });
	await expect(seventh.getByRole('combobox', { name: 'Kind' })).toBeFocused();
	await seventh.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Yes or no' });
	await amina.page.getByRole('button', { name: 'Open round' }).click();
	await expect(amina.page.getByRole('alert')).toHaveText(
		'The last question is not complete yet: write it, or remove it.'
	);
	await seventh.getByRole('textbox', { name: 'Question' }).fill(ADDED);
	await seventh.getByRole('textbox', { name: 'Question' }).press('Tab');
	// Moved to come right after the ratings.
	await seventh.getByRole('button', { name: 'Move question 7 up' }).click();
	await amina.page
		.getByRole('group', { name: 'Question 6' })
		.getByRole('button', { name: 'Move question 6 up' })
		.click();
	await expect(
		amina.page.getByRole('group', { name: 'Question 5' }).getByRole('textbox', { name: 'Question' })
	).toHaveValue(ADDED);
	await amina.page.getByRole('button', { name: 'Open round' }).click();
	await expect(amina.page.getByRole('heading', { name: 'Feedback', level: 2 })).toBeVisible();
	await expect(amina.page.getByText('Open', { exact: true })).toBeVisible();

	// Bea answers online; Chidi answers offline and comes back.
	await answer(bea.page, [4, 3, 4, 3], true, null);
	await goOffline(chidi.page, true);
	await answer(chidi.page, [2, 3, 4, 5], false, CANDID);
	await expectSaved(chidi.page);
	await openFeedback(amina.page);
	await expect(amina.page.getByText('1 of 3 answered')).toBeVisible();
	await goOffline(chidi.page, false);
	await expect(amina.page.getByText('2 of 3 answered')).toBeVisible({ timeout: 30_000 });
	// While it is open, an unnamed round's results are not shown: who has just answered would tell.
	await openFeedback(bea.page);
	await bea.page.getByRole('button', { name: 'Summary' }).click();
	await expect(
		bea.page.getByRole('status').filter({ hasText: 'shown once it closes' })
	).toBeVisible();
	await expect(bea.page.getByRole('main')).not.toContainText(CANDID);
	await answer(amina.page, [3, 3, 3, 3], true, null);
	await openFeedback(amina.page);
	await expect(amina.page.getByText('3 of 3 answered')).toBeVisible();

	// Amina closes it; every copy shows the same summary.
	await amina.page.getByRole('link', { name: 'How is our partnership working?' }).click();
	await amina.page.getByRole('button', { name: 'Close round' }).click();
	await amina.page
		.getByRole('dialog', { name: 'Close this feedback round now?' })
		.getByRole('button', { name: 'Close round' })
		.click();
	await expect(amina.page.getByText('Closed', { exact: true })).toBeVisible();
	const summaries: string[] = [];
	for (const { page } of [amina, bea, chidi]) {
		await openFeedback(page);
		await page.getByRole('button', { name: 'Summary' }).click();
		const main = page.getByRole('main');
		await expect(main).toContainText('3 answers from 3 members asked', { timeout: 20_000 });
		await expect(main).toContainText('Average 3, spread 0.8, 3 ratings');
		await expect(main).toContainText(CANDID);
		await expect(
			page.getByRole('table', { name: `Answers to “${ADDED}”` }).getByRole('row', { name: 'Yes 2' })
		).toBeVisible();
		const results = page
			.getByRole('region')
			.filter({ has: page.getByRole('heading', { level: 3 }) });
		await expect(results).toHaveCount(7);
		for (const text of await results.allInnerTexts()) expect(text).not.toMatch(/Beatriz|Chidi/);
		summaries.push((await results.allInnerTexts()).join('\n'));
	}
	expect(summaries[1]).toBe(summaries[0]);
	expect(summaries[2]).toBe(summaries[0]);

	// The stored state on Amina's device: no item of Chidi's unnamed answer is his device's, or
	// names him, and the authorship record gives its writer to no one.
	const chidiId = await chidi.page.evaluate(
		() => JSON.parse(localStorage.getItem('concord.profile')!).memberId as string
	);
	const state = Y.mergeUpdates(await storedUpdates(amina.page));
	const doc = new Y.Doc();
	Y.applyUpdate(doc, state);
	const { structs } = Y.decodeUpdate(state);
	const said = (s: (typeof structs)[number]) =>
		s instanceof Y.Item && s.content instanceof Y.ContentAny ? JSON.stringify(s.content.arr) : '';
	// The answer's own items (the round's record of what it counted is the closer's, Amina's).
	const answerClients = new Set(
		structs
			.filter((s) => said(s).includes(CANDID) && (s as Y.Item).parentSub !== 'outcome')
			.map((s) => s.id.client)
	);
	expect(answerClients.size).toBe(1);
	const chidiClients = new Set(
		structs
			.filter((s) => s instanceof Y.Item && (s.parentSub === chidiId || said(s).includes(chidiId)))
			.map((s) => s.id.client)
	);
	expect(chidiClients.size).toBeGreaterThan(0);
	for (const client of answerClients) {
		expect(chidiClients.has(client)).toBe(false);
		for (const s of structs.filter((x) => x.id.client === client))
			expect(said(s)).not.toContain(chidiId);
	}
	const authors = JSON.stringify(doc.getMap('authors').toJSON());
	for (const client of answerClients) expect(authors).not.toContain(`${client}`);

	// A step towards improvement becomes a commitment, on everyone's Commitments page.
	await amina.page
		.getByRole('textbox', { name: 'What the group takes from these results' })
		.fill('Trust is good; decisions need to be more open.');
	await amina.page.getByRole('button', { name: 'Save response' }).click();
	await expect(amina.page.getByText('Response saved.')).toBeVisible();
	await amina.page.getByRole('textbox', { name: 'New step' }).fill(STEP);
	await amina.page.getByRole('button', { name: 'Add step' }).click();
	await amina.page.getByRole('button', { name: 'Make a commitment' }).click();
	const make = amina.page.getByRole('dialog', { name: 'New commitment' });
	await expect(make.getByRole('textbox', { name: 'Title' })).toHaveValue(STEP);
	await make.getByRole('textbox', { name: 'Due date' }).fill('2030-01-31');
	await make.getByRole('button', { name: 'Make commitment' }).click();
	await expect(make).toBeHidden();
	await expect(amina.page.getByRole('link', { name: 'See the commitment' })).toBeVisible();
	await bea.page
		.getByRole('navigation', { name: 'Workspace' })
		.getByRole('link', { name: 'Commitments' })
		.click();
	await expect(bea.page.getByRole('link', { name: STEP })).toBeVisible({ timeout: 20_000 });

	// The summary as Markdown holds the results and the response, and no name.
	const markdown = await downloaded(amina.page, async () => {
		await amina.page.getByRole('button', { name: 'Export' }).click();
		await amina.page.getByRole('menuitem', { name: 'Markdown', exact: true }).click();
	});
	expect(markdown.name).toMatch(/\.md$/);
	const text = markdown.text();
	expect(text).toContain('How is our partnership working?');
	expect(text).toContain('Average 3, spread 0.8, 3 ratings');
	expect(text).toContain(CANDID);
	expect(text).toContain(STEP);
	expect(text).not.toContain('Chidi');
});
