import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Runs `action` and returns the file the browser downloaded because of it. */
export async function downloaded(page: Page, action: () => Promise<void>) {
	const [download] = await Promise.all([page.waitForEvent('download'), action()]);
	const bytes = new Uint8Array(await readFile((await download.path())!));
	return { name: download.suggestedFilename(), bytes, text: () => new TextDecoder().decode(bytes) };
}

/** Chooses `files` in the file dialog that `action` opens, as a person picks a file. */
export async function chooseFile(
	page: Page,
	action: () => Promise<void>,
	file: { name: string; mimeType: string; buffer: Buffer }
): Promise<void> {
	const [chooser] = await Promise.all([page.waitForEvent('filechooser'), action()]);
	await chooser.setFiles(file);
}

/** Picks an item of the document's Export menu. */
export async function exportAs(page: Page, item: string): Promise<void> {
	await page.getByRole('button', { name: 'Export' }).click();
	await page.getByRole('menuitem', { name: item, exact: true }).click();
}

/** Picks an item of one group of the Export menu ("Agreed version …", "Current draft", …). */
export async function exportFrom(page: Page, group: string | RegExp, item: string): Promise<void> {
	await page.getByRole('button', { name: 'Export' }).click();
	await page.getByRole('group', { name: group }).getByRole('menuitem', { name: item }).click();
}
