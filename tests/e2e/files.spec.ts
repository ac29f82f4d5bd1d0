import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import {
	createWorkspace,
	expect,
	expectSaved,
	openDocument,
	test,
	typeAtEnd,
	chooseFromMenu
} from './fixtures';
import { chooseFile, downloaded, exportAs } from './downloads';

const CLAUSE = 'Clause 9: members publish what they learn from failure.';

test('a facilitator exports the charter as Markdown, HTML, Word, PDF and a Markdown zip', async ({
	page
}) => {
	await createWorkspace(page, 'Export Network');
	await typeAtEnd(page, 'Charter', CLAUSE);
	await expectSaved(page);

	const markdown = await downloaded(page, () => exportAs(page, 'Markdown'));
	expect(markdown.name).toMatch(/\.md$/);
	expect(markdown.text()).toContain('# Charter');
	expect(markdown.text()).toContain(CLAUSE);
	expect(markdown.text()).toContain('Export Network');

	const html = await downloaded(page, () => exportAs(page, 'HTML'));
	expect(html.name).toMatch(/\.html$/);
	expect(html.text()).toMatch(/^<!doctype html>/i);
	expect(html.text()).toContain('lang="en"');
	expect(html.text()).toContain(CLAUSE);

	const docx = await downloaded(page, () => exportAs(page, 'Word (DOCX)'));
	expect(docx.name).toMatch(/\.docx$/);
	const documentXml = strFromU8(unzipSync(docx.bytes)['word/document.xml']!);
	expect(documentXml).toContain(CLAUSE);
	expect(documentXml).toContain('Purpose and scope');

	const zip = await downloaded(page, () => exportAs(page, 'All documents (Markdown, zip)'));
	const entries = unzipSync(zip.bytes);
	expect(Object.keys(entries).sort()).toEqual([
		'01-charter.md',
		'02-membership-rules.md',
		'03-mutual-accountability-commitments.md',
		'README.md'
	]);
	expect(strFromU8(entries['01-charter.md']!)).toContain(CLAUSE);

	// PDF is the browser's print of a print stylesheet: only the document, with its header block.
	await page.evaluate(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await exportAs(page, 'PDF');
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Documents' })).toBeHidden();
	await expect(page.getByText('Draft, not agreed')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Charter' })).toContainText(CLAUSE);
});

test('a workspace travels as a file between two browsers that never meet, and both texts merge', async ({
	page,
	browser,
	baseURL
}) => {
	await createWorkspace(page, 'Travelling Group');
	await page.getByRole('switch', { name: 'Work offline' }).click();
	await typeAtEnd(page, 'Charter', 'Written by Amina at the office.');
	await expectSaved(page);
	await chooseFromMenu(page, 'Workspace', 'Save workspace file');
	const dialog = page.getByRole('dialog', { name: 'Save workspace file' });
	await dialog.getByRole('checkbox', { name: 'Include the invite key' }).check();
	const file = await downloaded(page, () =>
		dialog.getByRole('button', { name: 'Save file' }).click()
	);
	expect(file.name).toMatch(/\.concord$/);

	const other = await browser.newContext({ baseURL });
	try {
		const bea = await other.newPage();
		await bea.goto('/');
		await chooseFile(bea, () => bea.getByRole('button', { name: 'Open workspace file' }).click(), {
			name: file.name,
			mimeType: 'application/octet-stream',
			buffer: Buffer.from(file.bytes)
		});
		// The file opens at the workspace's overview, which says what happened to it.
		await expect(
			bea.getByRole('status').filter({ hasText: 'Added “Travelling Group” to this device.' })
		).toBeVisible();
		await openDocument(bea, 'Charter');
		const charter = bea.getByRole('textbox', { name: 'Charter' });
		await expect(charter).toContainText('Written by Amina at the office.');
		await bea.getByRole('switch', { name: 'Work offline' }).click();
		await typeAtEnd(bea, 'Charter', 'Written by Bea in the field.');
		await expectSaved(bea);
		// Saved without the key first: such a file may not change Amina's copy.
		await chooseFromMenu(bea, 'Workspace', 'Save workspace file');
		const keyless = await downloaded(bea, () =>
			bea.getByRole('dialog').getByRole('button', { name: 'Save file' }).click()
		);
		await chooseFile(page, () => chooseFromMenu(page, 'Workspace', 'Open workspace file'), {
			name: keyless.name,
			mimeType: 'application/octet-stream',
			buffer: Buffer.from(keyless.bytes)
		});
		await expect(page.getByRole('alert')).toContainText('saved without its invite key');
		await expect(page.getByRole('textbox', { name: 'Charter' })).not.toContainText(
			'Bea in the field'
		);

		await chooseFromMenu(bea, 'Workspace', 'Save workspace file');
		await bea.getByRole('dialog').getByRole('checkbox', { name: 'Include the invite key' }).check();
		const back = await downloaded(bea, () =>
			bea.getByRole('dialog').getByRole('button', { name: 'Save file' }).click()
		);

		await typeAtEnd(page, 'Charter', 'Amina again, before the file came back.');
		await chooseFile(page, () => chooseFromMenu(page, 'Workspace', 'Open workspace file'), {
			name: back.name,
			mimeType: 'application/octet-stream',
			buffer: Buffer.from(back.bytes)
		});
		const mine = page.getByRole('textbox', { name: 'Charter' });
		await expect(mine).toContainText('Written by Bea in the field.');
		await expect(mine).toContainText('Amina again, before the file came back.');
		await expect(page.getByRole('status').filter({ hasText: 'Merged into' })).toBeVisible();
	} finally {
		await other.close();
	}
});

test('a file that is not a workspace file is refused and changes nothing', async ({ page }) => {
	await createWorkspace(page, 'Careful Group');
	await page.getByRole('link', { name: /All workspaces/ }).click();
	await chooseFile(page, () => page.getByRole('button', { name: 'Open workspace file' }).click(), {
		name: 'holiday.concord',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from('PK\u0003\u0004 this is really a zip file')
	});
	await expect(page.getByRole('alert')).toHaveText('This is not a Concord workspace file.');
	await expect(page.getByRole('listitem')).toHaveCount(1);
});

test('importing a Word file and a hostile HTML file gives clean new documents', async ({
	page
}) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
	await createWorkspace(page, 'Importing Group');

	const docx = await Packer.toBuffer(
		new Document({
			sections: [
				{
					children: [
						new Paragraph({ text: 'Partnership agreement', heading: HeadingLevel.HEADING_1 }),
						new Paragraph({ text: 'Shared values', heading: HeadingLevel.HEADING_2 }),
						new Paragraph({ children: [new TextRun({ text: 'We listen first.', bold: true })] })
					]
				}
			]
		})
	);
	await chooseFile(page, () => page.getByRole('button', { name: 'Import document' }).click(), {
		name: 'agreement.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: docx
	});
	const imported = page.getByRole('textbox', { name: 'Partnership agreement' });
	await expect(imported.getByRole('heading', { name: 'Shared values' })).toBeVisible();
	await expect(imported.locator('strong', { hasText: 'We listen first.' })).toBeVisible();
	// The Word file was converted off the page's main thread.
	expect(workers.some((url) => url.includes('import-worker'))).toBe(true);

	const hostile = `<h1>Hostile notes</h1><p onclick="alert(1)">Safe text stays.</p>
		<script>alert('script')</script><img src="https://tracker.example/pixel.gif" onerror="alert(2)">
		<a href="javascript:alert(3)">bad link</a> <a href="https://example.org/ok">good link</a>
		<style>body{background:url(https://tracker.example/bg)}</style><iframe src="https://evil.example"></iframe>`;
	await chooseFile(page, () => page.getByRole('button', { name: 'Import document' }).click(), {
		name: 'notes.html',
		mimeType: 'text/html',
		buffer: Buffer.from(hostile)
	});
	const notes = page.getByRole('textbox', { name: 'Hostile notes' });
	await expect(notes).toContainText('Safe text stays.');
	await expect(notes.getByRole('link', { name: 'good link' })).toHaveAttribute(
		'href',
		'https://example.org/ok'
	);
	await expect(notes.locator('a[href^="javascript"], img, iframe, script, style')).toHaveCount(0);
	await expect(notes.locator('[onclick], [onerror]')).toHaveCount(0);
	expect(dialogs).toEqual([]);
	expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);

	await chooseFile(page, () => page.getByRole('button', { name: 'Import document' }).click(), {
		name: 'broken.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: Buffer.from('not a word file at all')
	});
	await expect(page.getByRole('alert')).toContainText('could not be read');
	await expect(
		page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem')
	).toHaveCount(5);
});

test('a file saved without its invite key opens elsewhere as a read-only copy', async ({
	page,
	browser,
	baseURL
}) => {
	await createWorkspace(page, 'Evidence Group');
	await typeAtEnd(page, 'Charter', 'Agreed text, kept as evidence.');
	await expectSaved(page);
	await chooseFromMenu(page, 'Workspace', 'Save workspace file');
	const dialog = page.getByRole('dialog', { name: 'Save workspace file' });
	await expect(dialog.getByRole('checkbox', { name: 'Include the invite key' })).not.toBeChecked();
	const file = await downloaded(page, () =>
		dialog.getByRole('button', { name: 'Save file' }).click()
	);

	const other = await browser.newContext({ baseURL });
	try {
		const reader = await other.newPage();
		await reader.goto('/');
		await chooseFile(
			reader,
			() => reader.getByRole('button', { name: 'Open workspace file' }).click(),
			{
				name: file.name,
				mimeType: 'application/octet-stream',
				buffer: Buffer.from(file.bytes)
			}
		);
		await expect(
			reader.getByRole('status').filter({ hasText: 'as a read-only copy' })
		).toBeVisible();
		await openDocument(reader, 'Charter');
		const charter = reader.getByRole('textbox', { name: 'Charter' });
		await expect(charter).toContainText('Agreed text, kept as evidence.');
		await expect(charter).toHaveAttribute('aria-readonly', 'true');
		await expect(charter).toHaveAttribute('contenteditable', 'false');
		await expect(
			reader.getByRole('status').filter({ hasText: 'Read-only copy from a file' })
		).toBeVisible();
		await expect(reader.getByRole('button', { name: 'Invite' })).toHaveCount(0);
		await expect(reader.getByRole('button', { name: 'Document', exact: true })).toHaveCount(0);
		// It can still be exported, for sending on.
		const markdown = await downloaded(reader, () => exportAs(reader, 'Markdown'));
		expect(markdown.text()).toContain('Agreed text, kept as evidence.');
	} finally {
		await other.close();
	}
});

test('a person adds a table from the toolbar, and every export keeps it', async ({ page }) => {
	await createWorkspace(page, 'Table Group');
	await page.getByRole('button', { name: 'Add document' }).click();
	const doc = page.getByRole('textbox', { name: 'Untitled document' });
	await doc.click();
	const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
	await expect(toolbar.getByRole('button', { name: 'Add row' })).toHaveCount(0);
	await toolbar.getByRole('button', { name: 'Insert table' }).click();
	for (const cell of ['Who', 'What', 'By when', 'Amina', 'Share minutes', 'Monthly']) {
		await page.keyboard.type(cell);
		await page.keyboard.press('Tab');
	}
	await toolbar.getByRole('button', { name: 'Add row' }).click();
	await expect(doc.getByRole('table')).toBeVisible();
	await expect(doc.getByRole('row')).toHaveCount(4);
	await expect(doc.getByRole('columnheader', { name: 'By when' })).toBeVisible();
	await expectSaved(page);

	const markdown = await downloaded(page, () => exportAs(page, 'Markdown'));
	expect(markdown.text()).toMatch(/\|\s*Who\s*\|\s*What\s*\|\s*By when\s*\|/);
	expect(markdown.text()).toMatch(/\|\s*Amina\s*\|\s*Share minutes\s*\|\s*Monthly\s*\|/);
	const html = await downloaded(page, () => exportAs(page, 'HTML'));
	expect(html.text()).toMatch(/<th[^>]*>Who<\/th>/);
	const docx = await downloaded(page, () => exportAs(page, 'Word (DOCX)'));
	const xml = strFromU8(unzipSync(docx.bytes)['word/document.xml']!);
	expect(xml).toContain('<w:tbl>');
	expect(xml).toContain('Share minutes');
});
