/** Steps the figures share: making a workspace in a page the way a person does. */
import type { Page } from '@playwright/test';

/** Creates a workspace named `name` from the home page and waits for its charter. */
export async function createWorkspace(page: Page, name: string, person = 'Amina'): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: 'New workspace' }).click();
	await page.getByRole('textbox', { name: 'Workspace name' }).fill(name);
	await page.getByRole('textbox', { name: 'Your name' }).fill(person);
	await page.getByRole('button', { name: 'Create' }).click();
	await page.getByRole('textbox', { name: 'Charter' }).waitFor();
}
