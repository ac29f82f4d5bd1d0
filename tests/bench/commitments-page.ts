/**
 * Benchmark, not a test: the Commitments page of a large group in the real app, in Chromium: a
 * workspace of 40 members, 500 commitments and 5,000 check-ins, opened from a workspace file.
 * Prints the time to open the Commitments page, to filter it, and to build the record of mutual
 * progress, each as a ratio to rendering as many plain table rows in the same page and run
 * (rows of five cells, through the same round trip), with the absolute times beside.
 * Run: `npm run bench:commitments`.
 */
import { chromium, type Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	addCheckIn,
	asIsoDate,
	COMMITMENT_STATUSES,
	createCommitment,
	createWorkspaceDoc,
	initializeWorkspace,
	newMemberId,
	setMemberOrganisation,
	upsertMember,
	type MemberId
} from '../../src/lib/doc';
import { deriveWorkspaceKeys } from '../../src/lib/sync/keys';
import { encodeWorkspaceFile } from '../../src/lib/workspace/concord-file/format';
import { createAppServer, listen } from '../../src/server/app-server';
import { buildIfNeeded } from '../../src/server/build-if-needed';
import { chromiumArgs, chromiumExecutable } from '../chromium';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const COMMITMENTS = 500;
const CHECK_INS_EACH = 10;
const DAY = 86_400_000;
const root = fileURLToPath(new URL('../..', import.meta.url));
const buildDir = join(root, 'build');

/** The workspace file: members in eight organisations, commitments due over two years. */
async function largeWorkspace(): Promise<{ bytes: Uint8Array; overdue: number }> {
	const doc = createWorkspaceDoc();
	const start = Date.UTC(2025, 0, 1);
	const creator = { id: newMemberId(), name: 'Amina', colour: '#1f5f5b' };
	initializeWorkspace(doc, { name: 'Large partnership', locale: 'en', now: start, creator });
	const members: MemberId[] = [creator.id];
	for (let i = 1; i < 40; i++) {
		const id = newMemberId();
		upsertMember(doc, {
			id,
			name: `Member ${i}`,
			colour: '#145a86',
			role: 'member',
			now: start + i
		});
		setMemberOrganisation(doc, id, `Organisation ${i % 8}`);
		members.push(id);
	}
	const today = new Date().toISOString().slice(0, 10);
	let overdue = 0;
	for (let i = 0; i < COMMITMENTS; i++) {
		const dueOn = asIsoDate(new Date(start + ((i * 37) % 730) * DAY).toISOString().slice(0, 10))!;
		const id = createCommitment(doc, {
			title: `Commitment ${i + 1}: publish what was learnt in town ${i % 50}`,
			owners: [{ kind: 'member', id: members[i % members.length]! }],
			dueOn,
			by: creator.id,
			now: start + i * 1000
		});
		let last = 'not-started';
		for (let j = 0; j < CHECK_INS_EACH; j++) {
			last = COMMITMENT_STATUSES[(i + j) % 4]!;
			addCheckIn(doc, id, {
				status: last as (typeof COMMITMENT_STATUSES)[number],
				narrative: `Check-in ${j + 1}: the meeting heard how the work went, and what is next.`,
				evidence: null,
				by: members[(i + j) % members.length]!,
				now: start + (i * 10 + j) * 3_600_000
			});
		}
		if (dueOn < today && last !== 'done' && last !== 'dropped') overdue++;
	}
	const key = new Uint8Array(32).fill(7);
	const bytes = await encodeWorkspaceFile(doc, {
		workspaceId: (await deriveWorkspaceKeys(key)).workspaceId,
		key,
		signaling: [],
		savedAt: new Date()
	});
	return { bytes, overdue };
}

/** Milliseconds from `act` until `done` holds in the page. */
async function timed(
	page: Page,
	act: () => Promise<unknown>,
	done: (arg: number) => boolean,
	arg: number
): Promise<number> {
	const started = performance.now();
	await act();
	await page.waitForFunction(done, arg, { polling: 'raf', timeout: 120_000 });
	return performance.now() - started;
}

/** Whether the page's table shows `count` rows. */
const rowsShown = (count: number) => document.querySelectorAll('table tbody tr').length === count;

/** Renders `rows` plain rows of five cells in the page, as a baseline for the same round trip. */
async function plainRows(page: Page, rows: number) {
	const time = await timed(
		page,
		() =>
			page.evaluate((count) => {
				document.getElementById('plain-rows')?.remove();
				const table = document.createElement('table');
				table.id = 'plain-rows';
				const body = table.createTBody();
				for (let i = 0; i < count; i++) {
					const row = body.insertRow();
					for (let c = 0; c < 5; c++) row.insertCell().textContent = `Row ${i} cell ${c}`;
				}
				document.querySelector('main')!.append(table);
			}, rows),
		(count) =>
			document.querySelectorAll('#plain-rows tr').length === count &&
			document.body.offsetHeight > 0,
		rows
	);
	// Gone again, so that the app's own pages are counted alone.
	await page.evaluate(() => document.getElementById('plain-rows')?.remove());
	return time;
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

buildIfNeeded(root, buildDir, (line) => console.log(line));
const server = await listen(
	createAppServer({ buildDir, host: '127.0.0.1', port: 0 }),
	'127.0.0.1',
	0
);
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
try {
	const { bytes, overdue } = await largeWorkspace();
	const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto('/settings');
	await page.getByRole('textbox', { name: 'Your name' }).fill('Bench');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await page.goto('/');
	const [chooser] = await Promise.all([
		page.waitForEvent('filechooser'),
		page.getByRole('button', { name: 'Open workspace file' }).click()
	]);
	await chooser.setFiles({
		name: 'large.concord',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(bytes)
	});
	await page.getByRole('navigation', { name: 'Workspace' }).waitFor({ timeout: 120_000 });
	const nav = page.getByRole('navigation', { name: 'Workspace' });
	const figures = { open: [] as number[], filter: [] as number[], report: [] as number[] };
	const plain = { rows: [] as number[], reportRows: [] as number[] };
	for (let round = 0; round < ROUNDS; round++) {
		await nav.getByRole('link', { name: 'Members' }).click();
		await page.getByRole('heading', { name: 'Members', level: 2 }).waitFor();
		plain.rows.push(await plainRows(page, COMMITMENTS));
		figures.open.push(
			await timed(
				page,
				() => nav.getByRole('link', { name: 'Commitments' }).click(),
				rowsShown,
				COMMITMENTS
			)
		);
		figures.filter.push(
			await timed(
				page,
				() => page.getByRole('checkbox', { name: 'Overdue' }).check(),
				rowsShown,
				overdue
			)
		);
		await page.getByRole('checkbox', { name: 'Overdue' }).uncheck();
		plain.reportRows.push(await plainRows(page, COMMITMENTS * (1 + CHECK_INS_EACH)));
		figures.report.push(
			await timed(
				page,
				() => page.getByRole('link', { name: 'Record of mutual progress' }).click(),
				(entries) => document.querySelectorAll('main article').length === entries,
				COMMITMENTS
			)
		);
	}
	const line = (what: string, times: number[], baseline: number[], rows: number) =>
		console.log(
			`${what}: ${(median(times) / median(baseline)).toFixed(2)}× rendering ${rows} plain rows ` +
				`(median ${median(times).toFixed(0)} ms against ${median(baseline).toFixed(0)} ms, ${ROUNDS} rounds)`
		);
	console.log(
		`A workspace of 40 members, ${COMMITMENTS} commitments, ${COMMITMENTS * CHECK_INS_EACH} check-ins (${overdue} overdue):`
	);
	line('  open the Commitments page', figures.open, plain.rows, COMMITMENTS);
	line('  filter it to the overdue', figures.filter, plain.rows, COMMITMENTS);
	line(
		'  build the record of mutual progress',
		figures.report,
		plain.reportRows,
		COMMITMENTS * (1 + CHECK_INS_EACH)
	);
} finally {
	await browser.close();
	server.close();
}
