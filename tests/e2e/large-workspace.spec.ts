import { chooseFile } from './downloads';
import { createWorkspace, expect } from './fixtures';
import { joinByLink, readInviteLink, test } from './peers';

test('a workspace larger than one WebRTC message reaches a member who joins', async ({
	amina,
	bea
}) => {
	test.setTimeout(180_000);
	await createWorkspace(amina.page, 'Long History');
	// About 780 KB of text: its first sync is far over what a data channel carries in one message.
	const sentence = 'Members share what they learn in plain words within a month. '.repeat(5);
	const paragraphs = Array.from({ length: 2500 }, (_, i) => `${i + 1}. ${sentence}`);
	const markdown = `# Meeting notes\n\n${paragraphs.join('\n\n')}\n\nThe last paragraph.\n`;
	await chooseFile(
		amina.page,
		() => amina.page.getByRole('button', { name: 'Import document' }).click(),
		{ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) }
	);
	const notes = amina.page.getByRole('textbox', { name: 'Meeting notes' });
	await expect(notes).toContainText('The last paragraph.', { timeout: 60_000 });

	await joinByLink(bea.page, await readInviteLink(amina.page), 'Bea');
	await bea.page.getByRole('link', { name: 'Meeting notes' }).click();
	const copy = bea.page.getByRole('textbox', { name: 'Meeting notes' });
	await expect(copy).toContainText('The last paragraph.', { timeout: 30_000 });
	// Every one of the numbered paragraphs arrived (Markdown made them a numbered list).
	await expect(copy.getByRole('listitem')).toHaveCount(2500);
});
