import type { Heading, List, ListItem, Nodes, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from './markdown';
import {
	ARABIC,
	CHINESE,
	HEADINGS,
	LABELS,
	LINKS,
	SPECIAL,
	SWAHILI,
	TABLE,
	fixture
} from './test-fixture';

/** Parses Markdown the way GitHub does tables. */
const gfm = (markdown: string) =>
	fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });

function text(node: Nodes): string {
	if (node.type === 'break') return '\n';
	if ('value' in node) return node.value;
	return 'children' in node ? node.children.map(text).join('') : '';
}

function all(node: Nodes, type: string): Nodes[] {
	const found = node.type === type ? [node] : [];
	const children: Nodes[] = 'children' in node ? node.children : [];
	return [...found, ...children.flatMap((child) => all(child, type))];
}

function parse(): { markdown: string; tree: Root; body: RootContent[] } {
	const markdown = exportMarkdown(fixture().document, LABELS);
	const tree = gfm(markdown);
	const rule = tree.children.findIndex((node) => node.type === 'thematicBreak');
	return { markdown, tree, body: tree.children.slice(rule + 1) };
}

describe('Markdown export', () => {
	it('starts with the title and a header block of workspace, date and version', () => {
		const { tree } = parse();
		const [title, header, rule] = tree.children;
		expect(title).toMatchObject({ type: 'heading', depth: 1 });
		expect(text(title!)).toBe('Charter * draft');
		expect(header?.type).toBe('list');
		expect((header as List).children.map(text)).toEqual([
			'Workspace: Coalition & Friends <Test>',
			'Exported: 14 Machi 2025, 09:30 UTC',
			'Version: Draft, not agreed'
		]);
		expect(rule?.type).toBe('thematicBreak');
	});

	it('shifts headings down one level below the title', () => {
		const headings = (all(parse().tree, 'heading') as Heading[]).map((h) => [h.depth, text(h)]);
		expect(headings).toEqual([
			[1, 'Charter * draft'],
			[2, HEADINGS[1]],
			[3, HEADINGS[2]],
			[4, HEADINGS[3]]
		]);
	});

	it('parses back to the same paragraphs, lists, quote, links and emphasis', () => {
		const { body } = parse();
		const paragraphs = body.filter((node) => node.type === 'paragraph').map(text);
		expect(paragraphs).toEqual([
			'We work together and openly. Read the guide or write to us.',
			SPECIAL,
			SWAHILI,
			CHINESE,
			ARABIC,
			'First line\nSecond line',
			'Click me'
		]);
		const [ordered, bullets] = body.filter((node): node is List => node.type === 'list');
		expect(ordered).toMatchObject({ ordered: true, start: 3 });
		expect(ordered!.children.map(text)).toEqual(['Third step', 'Fourth step']);
		expect(bullets!.ordered).toBe(false);
		const [outer, second] = bullets!.children as ListItem[];
		expect(text(outer!.children[0]!)).toBe('Outer item');
		expect(outer!.children[1]).toMatchObject({ type: 'list', ordered: false });
		expect(text(outer!.children[1]!)).toBe('Inner item');
		expect(text(second!)).toBe('Second outer');
		const quotes = body.filter((node) => node.type === 'blockquote');
		expect(quotes.map(text)).toEqual(['Nothing about us without us.']);
		const tree: Root = { type: 'root', children: body };
		expect(all(tree, 'link').map((link) => ('url' in link ? link.url : ''))).toEqual(LINKS);
		expect(all(tree, 'link').map(text)).toEqual(['guide', 'us', 'Website']);
		expect(all(tree, 'strong').map(text)).toEqual(['together', 'Amani']);
		expect(all(tree, 'emphasis').map(text)).toEqual(['openly']);
		expect(all(tree, 'break')).toHaveLength(1);
	});

	it('writes tables as GFM tables that parse back to the same cells', () => {
		const { markdown, body } = parse();
		const tables = body.filter((node): node is Table => node.type === 'table');
		expect(tables).toHaveLength(1);
		const rows = tables[0]!.children.map((row) => row.children.map(text));
		expect(rows).toEqual(TABLE);
		expect(all(tables[0]!, 'strong').map(text)).toEqual(['Amani']);
		expect(all(tables[0]!, 'link')).toMatchObject([{ url: LINKS[2] }]);
		expect(markdown).toContain('Chair \\| convenor');
		expect(markdown).not.toContain('<br');
	});

	it('puts a table on single lines, its first row as header even without header cells', () => {
		const document = fixture().document;
		document.blocks = [
			{
				type: 'table',
				rows: [
					{ cells: [{ header: false, runs: [{ text: 'One' }] }] },
					{
						cells: [
							{
								header: false,
								runs: [{ text: 'Two' }, { text: '', lineBreak: true }, { text: 'lines' }]
							},
							{ header: false, runs: [{ text: 'Extra' }] }
						]
					}
				]
			}
		];
		const markdown = exportMarkdown(document, LABELS);
		const [table] = all(gfm(markdown), 'table') as Table[];
		expect(table?.children.map((row) => row.children.map(text))).toEqual([
			['One', ''],
			['Two lines', 'Extra']
		]);
		expect(markdown).not.toContain('<br');
	});

	it('keeps special characters as text, never as markup', () => {
		const { tree, body } = parse();
		expect(all(tree, 'html')).toEqual([]);
		const special = body.find((node) => text(node) === SPECIAL);
		expect(special).toMatchObject({ type: 'paragraph', children: [{ type: 'text' }] });
	});

	it('drops unsafe links and empty paragraphs', () => {
		const { markdown } = parse();
		expect(markdown).not.toContain('javascript:');
		expect(markdown).toContain('Click me');
		expect(markdown).not.toMatch(/\n\n\n/);
	});

	it('moves spaces out of emphasis so the marks still parse', () => {
		const document = fixture().document;
		document.blocks = [
			{
				type: 'paragraph',
				runs: [{ text: 'Rule: ', bold: true }, { text: 'applies' }, { text: ' ', italic: true }]
			}
		];
		const markdown = exportMarkdown(document, LABELS);
		expect(markdown).toContain('**Rule:** applies');
		expect(all(fromMarkdown(markdown), 'strong').map(text)).toEqual([
			'Workspace:',
			'Exported:',
			'Version:',
			'Rule:'
		]);
	});
});
