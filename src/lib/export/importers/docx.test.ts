import createDOMPurify, { type WindowLike } from 'dompurify';
import {
	AlignmentType,
	Document,
	ExternalHyperlink,
	HeadingLevel,
	LevelFormat,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun
} from 'docx';
import { zipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { importDocx } from './docx';
import { ImportError, MAX_IMPORT_BYTES } from './errors';
import type { HtmlDom } from './html';
import { heading, orderedList, paragraph, table } from '../../doc';

const window = new JSDOM('').window;
const dom: HtmlDom = {
	DOMPurify: createDOMPurify(window as unknown as WindowLike),
	parse: (html) => new window.DOMParser().parseFromString(html, 'text/html')
};

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
const clause = (text: string) =>
	new Paragraph({ text, numbering: { reference: 'clauses', level: 0 } });

async function sampleDocx(): Promise<Uint8Array> {
	const doc = new Document({
		numbering: {
			config: [
				{
					reference: 'clauses',
					levels: [
						{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }
					]
				}
			]
		},
		sections: [
			{
				children: [
					new Paragraph({ text: 'Tenancy agreement', heading: HeadingLevel.HEADING_1 }),
					new Paragraph({
						children: [
							new TextRun('Between the parties, '),
							new TextRun({ text: 'binding', bold: true }),
							new TextRun(' as of today. See '),
							new ExternalHyperlink({
								link: 'https://example.org/terms',
								children: [new TextRun('the terms')]
							}),
							new TextRun('.')
						]
					}),
					new Paragraph({ text: 'Clauses', heading: HeadingLevel.HEADING_2 }),
					clause('Rent is due monthly.'),
					clause('Pets are allowed.'),
					new Paragraph({ text: 'Details', heading: HeadingLevel.HEADING_4 }),
					new Table({
						rows: [
							new TableRow({ tableHeader: true, children: [cell('Party'), cell('Role')] }),
							new TableRow({ children: [cell('Ana'), cell('Tenant')] }),
							new TableRow({
								children: [
									new TableCell({
										children: [
											new Paragraph({
												children: [
													new TextRun({ text: 'Jabari', bold: true }),
													new TextRun(' '),
													new ExternalHyperlink({
														link: 'https://example.org/j',
														children: [new TextRun('site')]
													})
												]
											})
										]
									}),
									cell('Owner | landlord')
								]
							}),
							new TableRow({ children: [cell('مريم'), cell('会议')] })
						]
					})
				]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

async function problemOf(bytes: Uint8Array): Promise<string> {
	try {
		await importDocx(bytes, 'x.docx', dom);
	} catch (error) {
		return error instanceof ImportError ? error.problem : `untyped: ${String(error)}`;
	}
	return 'none';
}

describe('importDocx', () => {
	it('imports headings, a numbered list, bold, a link and a table with a header row', async () => {
		const progress: number[] = [];
		const result = await importDocx(await sampleDocx(), 'lease.docx', dom, (f) => progress.push(f));
		expect(result.title).toBe('Tenancy agreement');
		expect(result.blocks).toEqual([
			paragraph(
				'Between the parties, ',
				{ text: 'binding', bold: true },
				' as of today. See ',
				{ text: 'the terms', href: 'https://example.org/terms' },
				'.'
			),
			heading(2, 'Clauses'),
			orderedList(['Rent is due monthly.'], ['Pets are allowed.']),
			heading(3, 'Details'),
			table(
				{ header: true, cells: [['Party'], ['Role']] },
				{ cells: [['Ana'], ['Tenant']] },
				{
					cells: [
						[{ text: 'Jabari', bold: true }, ' ', { text: 'site', href: 'https://example.org/j' }],
						['Owner | landlord']
					]
				},
				{ cells: [['مريم'], ['会议']] }
			)
		]);
		expect(progress[0]).toBe(0);
		expect(progress.at(-1)).toBe(1);
		expect(progress.length).toBeGreaterThanOrEqual(3);
		expect([...progress].sort((a, b) => a - b)).toEqual(progress);
	});

	it('refuses random bytes as unreadable', async () => {
		const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
		expect(await problemOf(bytes)).toBe('unreadable');
	});

	it('refuses a zip without word/document.xml as unreadable', async () => {
		const zip = zipSync({ 'notes.txt': new TextEncoder().encode('hello') });
		expect(await problemOf(zip)).toBe('unreadable');
	});

	it('refuses a truncated DOCX as unreadable', async () => {
		const bytes = await sampleDocx();
		expect(await problemOf(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('unreadable');
		expect(await problemOf(bytes.subarray(0, bytes.length - 10))).toBe('unreadable');
	});

	it('refuses empty and oversized input', async () => {
		expect(await problemOf(new Uint8Array(0))).toBe('empty');
		expect(await problemOf(new Uint8Array(MAX_IMPORT_BYTES + 1))).toBe('too-large');
		expect(await problemOf('not bytes' as unknown as Uint8Array)).toBe('unreadable');
	});

	it('refuses an archive that declares a huge unpacked size', async () => {
		const zip = zipSync({ 'word/document.xml': new Uint8Array(1024) }, { level: 9 });
		// Patch the declared uncompressed size in the central directory entry (offset 24).
		const central = zip.findLastIndex(
			(_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2
		);
		new DataView(zip.buffer, zip.byteOffset).setUint32(central + 24, 0xfffffff0, true);
		expect(await problemOf(zip)).toBe('too-large');
	});
});
