import { strFromU8, unzipSync } from 'fflate';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { exportMarkdownBundle, safeFileName } from './bundle';
import { exportMarkdown } from './markdown';
import type { ExportDocument } from '../read-model/model';
import { LABELS, fixture } from './test-fixture';

function documents(...titles: string[]): ExportDocument[] {
	return titles.map((title) => ({ ...fixture().document, title }));
}

function links(markdown: string): { url: string; text: string }[] {
	const found: { url: string; text: string }[] = [];
	const visit = (node: ReturnType<typeof fromMarkdown>['children'][number]) => {
		if (node.type === 'link') {
			const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
			found.push({ url: node.url, text });
		}
		if ('children' in node) node.children.forEach(visit);
	};
	fromMarkdown(markdown).children.forEach(visit);
	return found;
}

describe('safeFileName', () => {
	it.each([
		['Charter', 'charter'],
		['1. Purpose and scope', '1-purpose-and-scope'],
		['ميثاق المجموعة', 'ميثاق-المجموعة'],
		['会议 记录', '会议-记录'],
		['Mkataba wa Kikundi', 'mkataba-wa-kikundi'],
		['../..//etc', 'etc'],
		['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
		['tab\there\u0000null\u202eflip', 'tab-here-null-flip'],
		['', 'document'],
		['   ', 'document'],
		['***', 'document'],
		['CON', 'con_'],
		['Café déjà vu', 'café-déjà-vu']
	])('makes %j into %j', (title, name) => {
		expect(safeFileName(title)).toBe(name);
	});

	it('caps names at 60 characters without a dangling separator', () => {
		expect(safeFileName('x'.repeat(100))).toBe('x'.repeat(60));
		expect(safeFileName(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
		expect(Array.from(safeFileName('😀 本'.repeat(40))).length).toBeLessThanOrEqual(60);
	});
});

describe('Markdown bundle', () => {
	it('holds one numbered file per document, in order, and a README', () => {
		const list = documents('Charter', 'ميثاق المجموعة', 'Meeting notes');
		const files = unzipSync(exportMarkdownBundle(list, LABELS));
		expect(Object.keys(files)).toEqual([
			'README.md',
			'01-charter.md',
			'02-ميثاق-المجموعة.md',
			'03-meeting-notes.md'
		]);
		expect(strFromU8(files['01-charter.md']!)).toBe(exportMarkdown(list[0]!, LABELS));
		expect(strFromU8(files['03-meeting-notes.md']!)).toBe(exportMarkdown(list[2]!, LABELS));
	});

	it('lists every file with its title in the README', () => {
		const list = documents('Charter', 'ميثاق المجموعة', 'Notes <draft> & *more*');
		const readme = strFromU8(unzipSync(exportMarkdownBundle(list, LABELS))['README.md']!);
		expect(links(readme)).toEqual([
			{ url: '01-charter.md', text: 'Charter' },
			{ url: '02-ميثاق-المجموعة.md', text: 'ميثاق المجموعة' },
			{ url: '03-notes-draft-more.md', text: 'Notes <draft> & *more*' }
		]);
		expect(readme).toContain('# Coalition & Friends \\<Test>');
		expect(readme).toContain('## Documents');
	});

	it('numbers documents whose names would collide', () => {
		const list = documents('Notes', 'notes', 'Notes!', '');
		const names = Object.keys(unzipSync(exportMarkdownBundle(list, LABELS)));
		expect(names).toEqual([
			'README.md',
			'01-notes.md',
			'02-notes-2.md',
			'03-notes-3.md',
			'04-document.md'
		]);
	});

	it('widens the numbers past 99 documents', () => {
		const list = documents(...Array.from({ length: 100 }, (_, i) => `Doc ${i + 1}`));
		const names = Object.keys(unzipSync(exportMarkdownBundle(list, LABELS)));
		expect(names[1]).toBe('001-doc-1.md');
		expect(names[100]).toBe('100-doc-100.md');
	});
});
