import type { Page } from '@playwright/test';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { executableInDocx, executableInMarkdown } from '../xss/export-checks';
import { LINK_PAYLOADS, XSS_PAYLOADS, marker, type XssPayload } from '../xss/payloads';
import { chooseFile, downloaded, exportAs } from './downloads';
import { activeMarkup, expectPayloadsAsText, report, typePayloads, watch } from './xss-watch';
import {
	createWorkspace,
	expect,
	expectSaved,
	openBlankDocument,
	test,
	chooseFromMenu
} from './fixtures';

/**
 * Every cross-site-scripting vector of tests/xss/payloads.ts goes through every way text enters
 * Concord. A payload that runs calls the sink, one that reaches out requests attacker.test: both
 * are recorded for the whole browser context (every page and frame), and each test fails on any.
 */

/** The text of the documents with these titles, one after the other. */
async function textOf(page: Page, titles: readonly string[]): Promise<string> {
	let text = '';
	for (const title of titles) {
		await openDocument(page, title);
		text += (await page.getByRole('textbox', { name: title }).textContent()) ?? '';
	}
	return text;
}

/** Expects every payload's marker in these documents, proving that each one was read. */
async function expectAllMarkers(page: Page, titles: readonly string[]): Promise<void> {
	const text = await textOf(page, titles);
	const missing = XSS_PAYLOADS.filter((p) => !text.includes(marker(p))).map((p) => p.id);
	expect(missing, `payloads whose marker did not arrive in ${titles.join(', ')}`).toEqual([]);
}

async function openDocument(page: Page, title: string): Promise<void> {
	await page
		.getByRole('navigation', { name: 'Documents' })
		.getByRole('link', { name: title })
		.click();
	await expect(page.getByRole('textbox', { name: title })).toBeVisible();
}

/** A file of one format holding these payloads, each after its marker, under a heading. */
async function fileOf(format: 'md' | 'html' | 'docx', title: string, payloads: XssPayload[]) {
	if (format === 'docx') {
		return { name: `f.docx`, mimeType: DOCX_TYPE, buffer: await docxOf(title, payloads) };
	}
	const text =
		format === 'md'
			? `# ${title}\n\n` + payloads.map((p) => `${marker(p)}\n\n${p.text}\n`).join('\n')
			: `<h1>${title}</h1>` + payloads.map((p) => `<p>${marker(p)}</p>${p.text}`).join('\n');
	const mimeType = format === 'md' ? 'text/markdown' : 'text/html';
	return { name: `f.${format}`, mimeType, buffer: Buffer.from(text) };
}

/**
 * Imports every payload in files of one format. Some vectors rightly swallow what follows them
 * (an unclosed comment inside MathML, say), so the payloads after the last marker that arrived go
 * into a next file, until every marker has arrived. Returns the titles of the imported documents.
 */
async function importInRounds(page: Page, format: 'md' | 'html' | 'docx'): Promise<string[]> {
	const titles: string[] = [];
	let remaining = [...XSS_PAYLOADS];
	while (remaining.length > 0) {
		const title = `Imported ${format} ${titles.length + 1}`;
		const file = await fileOf(format, title, remaining);
		await chooseFile(
			page,
			() => page.getByRole('button', { name: 'Import document' }).click(),
			file
		);
		await expect(page.getByRole('textbox', { name: title })).toBeVisible();
		titles.push(title);
		const text = await textOf(page, [title]);
		const last = remaining.findLastIndex((p) => text.includes(marker(p)));
		expect(last, `no payload of ${title} arrived`).toBeGreaterThanOrEqual(0);
		remaining = remaining.slice(last + 1);
	}
	return titles;
}

async function renameDocument(page: Page, name: string): Promise<void> {
	await chooseFromMenu(page, 'Document', 'Rename document');
	await page.getByRole('textbox', { name: 'Document title' }).fill(name);
	await page.getByRole('textbox', { name: 'Document title' }).press('Enter');
	await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('payloads typed, pasted and imported run nothing, reach nothing, and export inert', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(180_000);
	const families = new Set(XSS_PAYLOADS.map((p) => p.family));
	console.log(`xss payloads: ${XSS_PAYLOADS.length} in ${families.size} families`);
	const seen = await watch(context, baseURL!);
	await createWorkspace(page, 'XSS Group');

	await openBlankDocument(page);
	await typePayloads(page);
	await renameDocument(page, 'Typed');
	await expectPayloadsAsText(page, 'Typed');
	await report(page, seen, 'typed', XSS_PAYLOADS.length);

	// One paste per payload: some (mutation vectors) rightly swallow whatever follows them.
	for (const [title, type] of [
		['Pasted HTML', 'text/html'],
		['Pasted text', 'text/plain']
	] as const) {
		const editor = await openBlankDocument(page);
		const clips = XSS_PAYLOADS.map((p) =>
			type === 'text/html' ? `<p>${marker(p)}</p>${p.text}` : `${marker(p)}\n${p.text}\n`
		);
		await editor.evaluate(
			(element, { clips, type }) => {
				for (const clip of clips) {
					const clipboard = new DataTransfer();
					clipboard.setData(type, clip);
					if (type === 'text/html') clipboard.setData('text/plain', 'fallback');
					const paste = { clipboardData: clipboard, bubbles: true, cancelable: true };
					element.dispatchEvent(new ClipboardEvent('paste', paste));
				}
			},
			{ clips, type }
		);
		await renameDocument(page, title);
		await expectAllMarkers(page, [title]);
		await report(page, seen, title.toLowerCase(), XSS_PAYLOADS.length);
	}

	for (const format of ['md', 'html', 'docx'] as const) {
		const titles = await importInRounds(page, format);
		await expectAllMarkers(page, titles);
		await report(page, seen, `imported ${format} (${titles.length} files)`, XSS_PAYLOADS.length);
	}
	await expectSaved(page);

	// Exports of the documents holding every payload, as text and as pasted markup.
	for (const title of ['Typed', 'Pasted HTML']) {
		await page
			.getByRole('navigation', { name: 'Documents' })
			.getByRole('link', { name: title })
			.click();
		const markdown = await downloaded(page, () => exportAs(page, 'Markdown'));
		expect(executableInMarkdown(markdown.text()), `Markdown export of ${title}`).toEqual([]);
		const docx = await downloaded(page, () => exportAs(page, 'Word (DOCX)'));
		expect(executableInDocx(docx.bytes), `Word export of ${title}`).toEqual([]);
		const html = await downloaded(page, () => exportAs(page, 'HTML'));
		// Opened as a reader would open the file: in a page with no policy of its own.
		const reader = await context.newPage();
		await reader.setContent(html.text(), { waitUntil: 'load' });
		if (title === 'Typed') await expect(reader.getByText(XSS_PAYLOADS[0]!.text)).toBeVisible();
		await report(reader, seen, `HTML export of ${title}, opened`, XSS_PAYLOADS.length);
		await reader.close();
	}
});

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A Word file with payloads as text, and the link payloads as hyperlink targets. */
async function docxOf(title: string, payloads: XssPayload[]): Promise<Buffer> {
	const paragraphs = [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 })];
	for (const payload of payloads) {
		paragraphs.push(new Paragraph({ text: marker(payload) }));
		const isLink = LINK_PAYLOADS.includes(payload);
		paragraphs.push(
			new Paragraph({
				children: isLink
					? [new ExternalHyperlink({ link: payload.text, children: [new TextRun('a link')] })]
					: [new TextRun(payload.text)]
			})
		);
	}
	return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

/** The name kept of a text: white space (line breaks too) collapsed, capped. */
const asName = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 120);

/** Payloads packed into names of at most 120 characters, so that each is shown whole. */
function packedNames(): string[] {
	const names: string[] = [];
	for (const payload of XSS_PAYLOADS) {
		const last = names.at(-1);
		if (last !== undefined && last.length + 1 + payload.text.length <= 120) {
			names[names.length - 1] = `${last} ${payload.text}`;
		} else names.push(payload.text);
	}
	return names;
}

test('payloads as document and workspace names are shown as text only', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(180_000);
	const seen = await watch(context, baseURL!);
	await createWorkspace(page, 'Names Group');
	await openBlankDocument(page);
	const documentHeading = page.getByRole('article').getByRole('heading', { level: 2 });
	const workspaceHeading = page.getByRole('heading', { level: 1 });
	const names = packedNames();
	for (const name of names) {
		await chooseFromMenu(page, 'Document', 'Rename document');
		await page.getByRole('textbox', { name: 'Document title' }).fill(name);
		await page.getByRole('textbox', { name: 'Document title' }).press('Enter');
		await chooseFromMenu(page, 'Workspace', 'Rename workspace');
		await page.getByRole('textbox', { name: 'Workspace name' }).fill(name);
		await page.getByRole('textbox', { name: 'Workspace name' }).press('Enter');
		await expect(documentHeading).toHaveText(asName(name));
		await expect(workspaceHeading).toHaveText(asName(name));
	}
	await report(
		page,
		seen,
		`document and workspace names (${names.length} names)`,
		XSS_PAYLOADS.length
	);
	await page.getByRole('link', { name: 'All workspaces' }).click();
	await expect(page.getByRole('link', { name: asName(names.at(-1)!) })).toBeVisible();
	await report(page, seen, 'names on the home page', 1);
});

test('the watch catches a payload that runs, reaches out or lies in wait', async ({
	page,
	context,
	baseURL
}) => {
	const seen = await watch(context, baseURL!);
	// A page without any policy or sanitiser, where the first payloads do what they are made for.
	await page.setContent(
		`<p>start</p>${XSS_PAYLOADS[0]!.text} <img src="https://attacker.test/0.png"> <p onclick="x()">p</p>`
	);
	await expect.poll(() => seen.executed).toEqual([1]);
	await expect.poll(() => seen.foreign).toEqual(['https://attacker.test/0.png']);
	expect(await activeMarkup(page)).toEqual([
		'script',
		'img[src=https://attacker.test/0.png]',
		'p[onclick]'
	]);
});
