import { createWorkspace, expect, typeAtEnd } from './fixtures';
import { documentText, fillRoom, readInviteLink, setMyName, test } from './peers';

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
	const room = await fillRoom(browser, baseURL!, link, { page: amina.page, name: 'Amina' }, NAMES);
	const { members } = room;
	try {
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
		await room.close();
	}
});
