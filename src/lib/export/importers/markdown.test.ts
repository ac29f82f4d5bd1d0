import { describe, expect, it } from 'vitest';
import { ImportError, MAX_IMPORT_BYTES } from './errors';
import { MAX_IMPORT_BLOCKS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from './blocks';
import { importMarkdown } from './markdown';
import { bulletList, heading, orderedList, paragraph, quote, table } from '../../doc';

function problemOf(run: () => unknown): string | undefined {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(ImportError);
		return (error as ImportError).problem;
	}
	return undefined;
}

describe('importMarkdown', () => {
	it('reads headings, paragraphs, lists, quotes, emphasis and links', () => {
		const text = [
			'# Housing agreement',
			'',
			'Intro with **bold**, *italic* and [a link](https://example.org/x).',
			'',
			'## Clauses',
			'',
			'#### Deep heading',
			'',
			'- first',
			'- second',
			'',
			'1. one',
			'2. two',
			'',
			'> Quoted   text',
			'> on two lines'
		].join('\n');
		const result = importMarkdown(text, 'agreement.md');
		expect(result.title).toBe('Housing agreement');
		expect(result.truncated).toBe(false);
		expect(result.blocks).toEqual([
			paragraph(
				'Intro with ',
				{ text: 'bold', bold: true },
				', ',
				{ text: 'italic', italic: true },
				' and ',
				{ text: 'a link', href: 'https://example.org/x' },
				'.'
			),
			heading(2, 'Clauses'),
			heading(3, 'Deep heading'),
			bulletList(['first'], ['second']),
			orderedList(['one'], ['two']),
			quote('Quoted text on two lines')
		]);
	});

	it('reads GFM tables, the first row being the header', () => {
		const text = [
			'| Член | Role |',
			'| :--- | ---: |',
			'| **Amani** [site](https://example.org/a) | a \\| b |',
			'| [bad](javascript:alert(1)) |',
			'',
			'after'
		].join('\n');
		expect(importMarkdown(text, 'x.md').blocks).toEqual([
			table(
				{ header: true, cells: [['Член'], ['Role']] },
				{
					cells: [
						[{ text: 'Amani', bold: true }, ' ', { text: 'site', href: 'https://example.org/a' }],
						['a | b']
					]
				},
				{ cells: [['bad']] }
			),
			paragraph('after')
		]);
	});

	it('caps the rows and columns of a table and counts its cells against the block budget', () => {
		const row = (cells: number) => `|${' c |'.repeat(cells)}\n`;
		const markdownTable = (rows: number, cells: number) =>
			row(cells) + `|${' - |'.repeat(cells)}\n` + row(cells).repeat(rows - 1);
		const wide = importMarkdown(markdownTable(2, MAX_TABLE_COLUMNS + 5), 'x.md');
		expect(wide.blocks[0]).toMatchObject({ type: 'table' });
		for (const { cells } of (wide.blocks[0] as { rows: { cells: unknown[] }[] }).rows) {
			expect(cells).toHaveLength(MAX_TABLE_COLUMNS);
		}
		expect(wide.truncated).toBe(true);
		const long = importMarkdown(markdownTable(MAX_TABLE_ROWS + 5, 1), 'x.md');
		expect((long.blocks[0] as { rows: unknown[] }).rows).toHaveLength(MAX_TABLE_ROWS);
		expect(long.truncated).toBe(true);
		const rows = Math.floor(MAX_IMPORT_BLOCKS / MAX_TABLE_COLUMNS);
		const big = importMarkdown(markdownTable(rows + 10, MAX_TABLE_COLUMNS), 'x.md');
		expect((big.blocks[0] as { rows: unknown[] }).rows).toHaveLength(rows);
		expect(big.truncated).toBe(true);
	});

	it('flattens nested lists into the parent list, in order', () => {
		const text = '- a\n  - a1\n  - a2\n- b\n\n  more of b\n';
		expect(importMarkdown(text, 'x.md').blocks).toEqual([
			bulletList(['a'], ['a1'], ['a2'], ['b more of b'])
		]);
	});

	it('keeps only http(s) and mailto links, including references and autolinks', () => {
		const text = [
			'[bad](javascript:alert(1)) [data](data:text/html,x) [rel](/local) [ref][r]',
			'<mailto:someone@example.org> <someone@example.org>',
			'',
			'[r]: http://example.org/ref'
		].join('\n');
		const [block] = importMarkdown(text, 'x.md').blocks;
		expect(block).toEqual(
			paragraph(
				'bad data rel ',
				{ text: 'ref', href: 'http://example.org/ref' },
				' ',
				{ text: 'mailto:someone@example.org', href: 'mailto:someone@example.org' },
				' ',
				{ text: 'someone@example.org', href: 'mailto:someone@example.org' }
			)
		);
	});

	it('drops raw HTML, images and thematic breaks', () => {
		const text = [
			'<script>alert(1)</script>',
			'',
			'Text <b onclick="x()">kept</b> ![alt](https://example.org/i.png)',
			'',
			'---',
			'',
			'<div style="color:red">',
			'html block',
			'</div>'
		].join('\n');
		const result = importMarkdown(text, 'x.md');
		expect(result.blocks).toEqual([paragraph('Text kept')]);
		expect(JSON.stringify(result)).not.toMatch(/script|onclick|style|alert/);
	});

	it('turns code blocks into plain paragraphs, one per line', () => {
		const result = importMarkdown('```\nline one\n\nline two\n```', 'x.md');
		expect(result.blocks).toEqual([paragraph('line one'), paragraph('line two')]);
	});

	it('takes the title from the file name, else a default', () => {
		expect(importMarkdown('## Sub\n\ntext', 'folder/My notes.v2.md').title).toBe('My notes.v2');
		expect(importMarkdown('text', '.md').title).toBe('Imported document');
		expect(importMarkdown('text', '').title).toBe('Imported document');
	});

	it('uses only the first level-1 heading as title and keeps later ones', () => {
		const result = importMarkdown('intro\n\n# One\n\n# Two', 'x.md');
		expect(result.title).toBe('One');
		expect(result.blocks).toEqual([paragraph('intro'), heading(1, 'Two')]);
	});

	it('survives very deep nesting', () => {
		const result = importMarkdown('>'.repeat(5000) + ' deep', 'x.md');
		expect(JSON.stringify(result.blocks)).toContain('deep');
	});

	it('caps the number of blocks', () => {
		const result = importMarkdown('p\n\n'.repeat(MAX_IMPORT_BLOCKS + 10), 'x.md');
		expect(result.blocks).toHaveLength(MAX_IMPORT_BLOCKS);
		expect(result.truncated).toBe(true);
	});

	it('refuses empty, oversized and empty-of-text input with typed errors', () => {
		expect(problemOf(() => importMarkdown('', 'x.md'))).toBe('empty');
		expect(problemOf(() => importMarkdown(' \n\t ', 'x.md'))).toBe('empty');
		expect(problemOf(() => importMarkdown('a'.repeat(MAX_IMPORT_BYTES + 1), 'x.md'))).toBe(
			'too-large'
		);
		// Under the limit in characters, over it in UTF-8 bytes.
		expect(problemOf(() => importMarkdown('é'.repeat(MAX_IMPORT_BYTES / 2 + 1), 'x.md'))).toBe(
			'too-large'
		);
		expect(problemOf(() => importMarkdown('<!-- only a comment -->\n\n---', 'x.md'))).toBe(
			'no-text'
		);
		expect(problemOf(() => importMarkdown(42 as unknown as string, 'x.md'))).toBe('unreadable');
	});
});
