import { createWorkspace, expect, expectSaved, typeAtEnd, chooseFromMenu } from './fixtures';
import {
	connection,
	documentText,
	joinByLink,
	test,
	readInviteLink,
	setMyName,
	typeAfter,
	webrtcBytesReceived
} from './peers';

const GUIDANCE = 'Say in a few sentences why this group exists';

test('two members co-write live over WebRTC and see each other', async ({ amina, bea }) => {
	await setMyName(amina.page, 'Amina');
	await createWorkspace(amina.page, 'Listening Network');
	const link = await readInviteLink(amina.page);
	expect(new URL(link).pathname).toBe('/join');
	expect(new URL(link).search).toBe('');

	await joinByLink(bea.page, link, 'Bea');
	await expect(connection(amina.page)).toHaveText('Connected to 1 peer');
	await expect(connection(bea.page)).toHaveText('Connected to 1 peer');
	await expect(bea.page.getByRole('heading', { level: 1 })).toHaveText('Listening Network');

	await Promise.all([
		typeAtEnd(amina.page, 'Charter', 'Amina proposes monthly calls.'),
		typeAfter(bea.page, 'Charter', GUIDANCE, ' Bea proposes shared minutes.')
	]);
	// The words as a reader takes them in: the other member's caret and name label are not text.
	for (const { page } of [amina, bea]) {
		await expect
			.poll(() => documentText(page, 'Charter'))
			.toContain('Amina proposes monthly calls.');
		await expect
			.poll(() => documentText(page, 'Charter'))
			.toContain('Bea proposes shared minutes.');
	}
	const [a, b] = await Promise.all([amina.page, bea.page].map((p) => documentText(p, 'Charter')));
	expect(a).toBe(b);
	// The text travelled over WebRTC data channels: Bea's bytes grow as Amina types.
	const before = await webrtcBytesReceived(bea.page);
	await typeAtEnd(amina.page, 'Charter', 'One more line, to be carried over WebRTC.');
	await expect(bea.page.getByRole('textbox', { name: 'Charter' })).toContainText('One more line');
	expect(await webrtcBytesReceived(bea.page)).toBeGreaterThan(before + 40);

	// Presence: Amina sees Bea here, in the charter, and Bea's caret in the text.
	const here = amina.page.getByRole('list', { name: 'Here now' });
	await expect(here.getByRole('listitem').filter({ hasText: 'Bea' })).toContainText('in Charter');
	await expect(here.getByRole('listitem').filter({ hasText: 'Amina (you)' })).toBeVisible();
	// Bea's caret, labelled with her name, in Amina's text.
	const caret = amina.page
		.getByRole('textbox', { name: 'Charter' })
		.locator('[title="Bea is writing here"]');
	await expect(caret).toBeVisible();
	await expect(caret).toHaveText('Bea');
});

test('edits made offline merge on reconnection, and "While you were away" says what changed', async ({
	amina,
	bea
}) => {
	await setMyName(amina.page, 'Amina');
	await createWorkspace(amina.page, 'Offline Merge');
	await joinByLink(bea.page, await readInviteLink(amina.page), 'Bea');
	await expect(connection(bea.page)).toHaveText('Connected to 1 peer');

	await bea.page.getByRole('switch', { name: 'Work offline' }).click();
	await expect(bea.page.getByRole('switch', { name: 'Work offline' })).toHaveAttribute(
		'aria-checked',
		'true'
	);
	await expect(connection(bea.page)).toHaveText('Offline');
	await expect(connection(amina.page)).toHaveText('Looking for peers');

	await typeAfter(amina.page, 'Charter', GUIDANCE, ' Amina: we exist to listen.');
	await typeAfter(bea.page, 'Charter', GUIDANCE, ' Bea: and to act on what we hear.');
	await expectSaved(bea.page);
	await expect(bea.page.getByRole('textbox', { name: 'Charter' })).not.toContainText(
		'Amina: we exist'
	);

	await bea.page.getByRole('switch', { name: 'Work offline' }).click();
	await expect(connection(bea.page)).toHaveText('Connected to 1 peer');
	for (const { page } of [amina, bea]) {
		const charter = page.getByRole('textbox', { name: 'Charter' });
		await expect(charter).toContainText('Amina: we exist to listen.');
		await expect(charter).toContainText('Bea: and to act on what we hear.');
	}
	const texts = await Promise.all([amina.page, bea.page].map((p) => documentText(p, 'Charter')));
	expect(texts[0]).toBe(texts[1]);

	const away = bea.page.getByRole('region', { name: 'While you were away' });
	await expect(away).toContainText('Charter: changed by Amina');
	await away.getByRole('link', { name: 'Charter' }).click();
	await away.getByRole('button', { name: 'Dismiss' }).click();
	await expect(away).toHaveCount(0);
});

test('a third member who joins late receives everything, documents made before included', async ({
	amina,
	bea,
	chidi
}) => {
	await createWorkspace(amina.page, 'Three Voices');
	const link = await readInviteLink(amina.page);
	await amina.page.getByRole('button', { name: 'Add document' }).click();
	await chooseFromMenu(amina.page, 'Document', 'Rename document');
	await amina.page.getByRole('textbox', { name: 'Document title' }).fill('Code of conduct');
	await amina.page.getByRole('button', { name: 'Save', exact: true }).click();
	await typeAtEnd(amina.page, 'Code of conduct', 'We speak one at a time.');
	await joinByLink(bea.page, link, 'Bea');
	await typeAtEnd(bea.page, 'Charter', 'Written by Bea before Chidi came.');
	await expectSaved(bea.page);

	await joinByLink(chidi.page, link, 'Chidi');
	await expect(connection(chidi.page)).toHaveText('Connected to 2 peers');
	const nav = chidi.page.getByRole('navigation', { name: 'Documents' });
	await expect(nav.getByRole('listitem')).toHaveText([
		'Charter',
		'Membership rules',
		'Mutual-accountability commitments',
		'Code of conduct'
	]);
	await expect(chidi.page.getByRole('textbox', { name: 'Charter' })).toContainText(
		'Written by Bea before Chidi came.'
	);
	await nav.getByRole('link', { name: 'Code of conduct' }).click();
	await expect(chidi.page.getByRole('textbox', { name: 'Code of conduct' })).toContainText(
		'We speak one at a time.'
	);
});

test('edits made offline survive a reload and reach the others once back online', async ({
	amina,
	bea
}) => {
	await createWorkspace(amina.page, 'Reload Group');
	await joinByLink(bea.page, await readInviteLink(amina.page), 'Bea');
	await expect(connection(bea.page)).toHaveText('Connected to 1 peer');

	await bea.page.getByRole('switch', { name: 'Work offline' }).click();
	await expect(connection(bea.page)).toHaveText('Offline');
	await typeAtEnd(bea.page, 'Charter', 'Drafted on the train, offline.');
	await expectSaved(bea.page);
	await bea.page.reload();
	await expect(connection(bea.page)).toHaveText('Offline');
	await expect(bea.page.getByRole('textbox', { name: 'Charter' })).toContainText(
		'Drafted on the train, offline.'
	);
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).not.toContainText(
		'Drafted on the train'
	);

	await bea.page.getByRole('switch', { name: 'Work offline' }).click();
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).toContainText(
		'Drafted on the train, offline.'
	);
});

test('a broken invite link gets a clear message, never a workspace', async ({ page }) => {
	await page.goto('/join#v=1&k=abc');
	await expect(page.getByRole('alert')).toHaveText(/incomplete: it was probably cut off/);
	await expect(page.getByRole('button', { name: 'Join' })).toHaveCount(0);
	await page.goto('/join');
	await page.reload();
	await expect(page.getByRole('alert')).toHaveText(/holds no invitation/);
	await page.getByRole('link', { name: 'Back to your workspaces' }).click();
	await expect(
		page.getByRole('paragraph').filter({ hasText: 'No workspace on this device yet' })
	).toBeVisible();
});

test('two tabs of one browser sync with each other', async ({ amina }) => {
	await createWorkspace(amina.page, 'Two Tabs');
	const second = await amina.context.newPage();
	await second.goto(amina.page.url());
	await expect(connection(second)).toHaveText('Connected to 1 peer');
	await typeAtEnd(second, 'Charter', 'Typed in the second tab.');
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).toContainText(
		'Typed in the second tab.'
	);
});
