import { createWorkspace, expect, typeAtEnd } from './fixtures';
import {
	documentText,
	joinByLink,
	newPeer,
	readInviteLink,
	setMyName,
	test,
	type Member
} from './peers';

const MEMBERS = 10;

test('ten members in one room each add a line, and every copy ends with all ten', async ({
	browser,
	baseURL
}) => {
	// Ten browsers of their own on one small machine: joining one by one takes a while.
	test.setTimeout(300_000);
	const members: Member[] = [];
	const errors: Error[] = [];
	try {
		for (let i = 0; i < MEMBERS; i++) {
			const member = await newPeer(browser, baseURL!);
			member.context.on('weberror', (e) => errors.push(e.error()));
			members.push(member);
		}
		const [first, ...others] = members;
		await setMyName(first!.page, 'Member 1');
		await createWorkspace(first!.page, 'Wide Circle');
		const link = await readInviteLink(first!.page);
		for (const [i, { page }] of others.entries()) await joinByLink(page, link, `Member ${i + 2}`);

		// Everyone writes at once, each on a line of their own at the end of the charter.
		const lines = members.map((_, i) => `Line written by member ${i + 1}.`);
		await Promise.all(members.map(({ page }, i) => typeAtEnd(page, 'Charter', lines[i]!)));

		for (const { page } of members) {
			await expect
				.poll(
					async () => {
						const text = await documentText(page, 'Charter');
						return lines.filter((line) => !text.includes(line));
					},
					{ message: 'lines missing from a copy', timeout: 60_000 }
				)
				.toEqual([]);
		}
		const texts = await Promise.all(members.map(({ page }) => documentText(page, 'Charter')));
		expect(new Set(texts).size, 'every copy reads the same').toBe(1);
		// Each member still sees the others in the room.
		const here = first!.page.getByRole('list', { name: 'Here now' });
		await expect(here.getByRole('listitem')).toHaveCount(MEMBERS, { timeout: 30_000 });
	} finally {
		await Promise.all(members.map(({ context }) => context.close()));
	}
	expect(errors, 'uncaught errors in the pages').toEqual([]);
});
