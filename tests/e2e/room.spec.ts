import { createWorkspace, expect, typeAtEnd } from './fixtures';
import {
	connection,
	documentText,
	joinByLink,
	newPeer,
	readInviteLink,
	setMyName,
	test
} from './peers';

/*
 * A room of ten members, each in a browser of their own, over real WebRTC through the real relay:
 * everyone is connected to everyone, sees everyone here, and every line reaches every copy.
 * (Larger rooms run as Node processes: tests/rooms.)
 */

const NAMES = ['Bea', 'Chidi', 'Dara', 'Emeka', 'Farah', 'Gita', 'Hana', 'Ines', 'Jonas'];

test('ten members in one room see each other and each other’s lines', async ({
	amina,
	browser,
	baseURL
}) => {
	// Ten browsers on a small machine: the waits are for the room to settle, not figures of speed.
	test.setTimeout(480_000);
	await setMyName(amina.page, 'Amina');
	await createWorkspace(amina.page, 'Room of Ten');
	await typeAtEnd(amina.page, 'Charter', 'Who is here:');
	const link = await readInviteLink(amina.page);
	const others = await Promise.all(NAMES.map(() => newPeer(browser, baseURL!)));
	try {
		for (const [i, other] of others.entries()) await joinByLink(other.page, link, NAMES[i]!);
		const members = [
			{ page: amina.page, name: 'Amina' },
			...others.map((other, i) => ({ page: other.page, name: NAMES[i]! }))
		];
		for (const { page } of members)
			await expect(connection(page)).toHaveText('Connected to 9 peers', { timeout: 120_000 });
		const here = amina.page.getByRole('list', { name: 'Here now' });
		await expect(here.getByRole('listitem')).toHaveCount(10, { timeout: 60_000 });
		for (const name of NAMES)
			await expect(here.getByRole('listitem').filter({ hasText: name })).toBeVisible();

		// Everyone adds a line at the end, all at once, as on a call.
		const line = (name: string) => `${name} is here.`;
		await Promise.all(members.map(({ page, name }) => typeAtEnd(page, 'Charter', line(name))));
		for (const { page } of members) {
			await expect
				.poll(
					async () => {
						const text = await documentText(page, 'Charter');
						return members.filter(({ name }) => !text.includes(line(name))).map((m) => m.name);
					},
					{ message: 'members whose line this copy lacks', timeout: 180_000 }
				)
				.toEqual([]);
		}
		const texts = await Promise.all(members.map(({ page }) => documentText(page, 'Charter')));
		for (const text of texts) expect(text).toBe(texts[0]);
	} finally {
		await Promise.all(others.map((other) => other.context.close()));
	}
});
