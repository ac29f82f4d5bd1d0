/**
 * Stored bytes on this device ÷ the state's version 2 encoding, in the built app in Chromium:
 * after creating a workspace and opening it once, after 50 opens, and after 10,000 keystrokes.
 * The bytes are every record of the workspace's IndexedDB store of changes, read from the page;
 * the state is what those records hold, merged and encoded with `Y.encodeStateAsUpdateV2`.
 */
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import type { Figure, FigureSource } from '../suite/figure';
import type { BenchStage } from '../suite/stage';
import { createWorkspace } from './workspace-page';

/** Every stored change of the page's workspace database, as bytes. */
async function storedRecords(page: Page): Promise<Uint8Array[]> {
	const records = await page.evaluate(async () => {
		const databases = await indexedDB.databases();
		const name = databases.find((d) => d.name?.startsWith('concord-ws-'))?.name;
		if (!name) throw new Error('no workspace database');
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open(name);
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const all = await new Promise<Uint8Array[]>((resolve, reject) => {
			const request = db.transaction('updates').objectStore('updates').getAll();
			request.onsuccess = () => resolve(request.result as Uint8Array[]);
			request.onerror = () => reject(request.error);
		});
		db.close();
		return all.map((record) => Array.from(record));
	});
	return records.map((record) => Uint8Array.from(record));
}

/** Waits until the page says every change is saved. */
async function saved(page: Page): Promise<void> {
	await page
		.getByRole('status')
		.filter({ hasText: 'Saved on this device' })
		.waitFor({ timeout: 60_000 });
}

async function figure(page: Page, name: string, after: string): Promise<Figure> {
	await saved(page);
	const records = await storedRecords(page);
	const doc = new Y.Doc({ gc: false });
	for (const record of records) Y.applyUpdate(doc, record);
	const bytes = records.reduce((n, r) => n + r.length, 0);
	const state = Y.encodeStateAsUpdateV2(doc);
	return {
		name,
		concord: { value: bytes / 1024, unit: 'KiB' },
		baseline: { name: 'Y.encodeStateAsUpdateV2', value: state.length / 1024, unit: 'KiB' },
		goal: { maxRatio: 1.5 },
		note: `${records.length} records after ${after}`
	};
}

async function reopen(page: Page): Promise<void> {
	await page.reload();
	await page.getByRole('textbox', { name: 'Charter' }).waitFor();
}

export const storageFigures: FigureSource = {
	title: 'Stored bytes',
	async measure(stage: BenchStage) {
		const opens = stage.pick(10, 50);
		const edits = stage.pick(1_000, 10_000);
		const context = await stage.context();
		try {
			const page = await context.newPage();
			await createWorkspace(page, 'Storage');
			await reopen(page);
			const figures = [await figure(page, 'Stored ÷ state, after 1 open', 'creating and 1 open')];
			for (let i = 1; i < opens; i++) await reopen(page);
			figures.push(await figure(page, `Stored ÷ state, after ${opens} opens`, `${opens} opens`));
			const charter = page.getByRole('textbox', { name: 'Charter' });
			await charter.click();
			await page.keyboard.press('Control+End');
			const sentence = 'Members answer within thirty days. ';
			for (let typed = 0; typed < edits; typed += sentence.length)
				await page.keyboard.type(sentence.slice(0, Math.min(sentence.length, edits - typed)));
			figures.push(
				await figure(page, `Stored ÷ state, after ${edits} edits`, `${edits} keystrokes`)
			);
			return figures;
		} finally {
			await context.close();
		}
	}
};
