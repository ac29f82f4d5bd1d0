import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { headerLines, isRightToLeft, type ExportLabels } from './labels';
import type { Block, Run } from '../../doc';
import { textOf, type ExportDocument } from '../read-model/model';

/*
 * A standalone HTML file: one page with its own print styles, no scripts and no external resources.
 * The page is built as a syntax tree and serialised by a library that escapes every text and
 * attribute, so no text of a document is ever pasted into markup.
 */

const STYLE = `
body {
	font-family: Georgia, Cambria, 'Times New Roman', serif;
	font-size: 12pt;
	line-height: 1.5;
	color: #111;
	max-width: 42em;
	margin: 2em auto;
	padding: 0 1em;
}
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
header { border-bottom: 1px solid #999; margin-bottom: 1.5em; padding-bottom: 0.5em; }
header dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
header dt { font-weight: bold; }
header dd { margin: 0; }
blockquote {
	margin: 1em 0;
	padding-inline-start: 1em;
	border-inline-start: 3px solid #999;
	font-style: italic;
}
li > p { margin: 0.25em 0; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: start; vertical-align: top; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
p, li, blockquote { orphans: 3; widows: 3; }
a { color: #1a4b8c; }
@page { margin: 2cm; }
@media print {
	body { font-size: 11pt; max-width: none; margin: 0; padding: 0; }
	a { color: inherit; }
	th, td { border-color: #000; }
	a[href]::after { content: " (" attr(href) ")"; font-size: 90%; }
}
`;

function marked(run: Run): ElementContent {
	if (run.lineBreak) return h('br');
	let node: ElementContent = { type: 'text', value: run.text };
	if (run.italic) node = h('em', [node]);
	if (run.bold) node = h('strong', [node]);
	return node;
}

function phrasing(runs: readonly Run[]): ElementContent[] {
	const result: ElementContent[] = [];
	let link: { href: string; element: Element } | null = null;
	for (const run of runs) {
		if (run.href && run.href === link?.href) link.element.children.push(marked(run));
		else if (run.href) {
			link = { href: run.href, element: h('a', { href: run.href, rel: 'noopener noreferrer' }) };
			link.element.children.push(marked(run));
			result.push(link.element);
		} else {
			link = null;
			result.push(marked(run));
		}
	}
	return result;
}

const isBlank = (runs: readonly Run[]) => textOf(runs).trim() === '';

type TableRows = Extract<Block, { type: 'table' }>['rows'];

/**
 * A table: leading rows of header cells go in `thead` (repeated on every printed page), the rest in
 * `tbody`; short rows are padded so the borders line up.
 */
function table(rows: TableRows): Element | null {
	const width = rows.reduce((most, row) => Math.max(most, row.cells.length), 0);
	if (width === 0) return null;
	const isHeader = (row: TableRows[number]) =>
		row.cells.length > 0 && row.cells.every((cell) => cell.header);
	let leading = 0;
	while (leading < rows.length && isHeader(rows[leading]!)) leading++;
	const tr = (row: TableRows[number], scope: 'col' | 'row') =>
		h(
			'tr',
			Array.from({ length: width }, (_, i) => {
				const cell = row.cells[i];
				const children = phrasing(cell?.runs ?? []);
				return cell?.header ? h('th', { scope }, children) : h('td', children);
			})
		);
	const head = rows.slice(0, leading).map((row) => tr(row, 'col'));
	const body = rows.slice(leading).map((row) => tr(row, 'row'));
	return h('table', [
		...(head.length ? [h('thead', head)] : []),
		...(body.length ? [h('tbody', body)] : [])
	]);
}

function blocks(list: readonly Block[]): ElementContent[] {
	const result: ElementContent[] = [];
	for (const block of list) {
		switch (block.type) {
			case 'heading':
				if (!isBlank(block.runs)) result.push(h(`h${block.level + 1}`, phrasing(block.runs)));
				break;
			case 'paragraph':
				if (!isBlank(block.runs)) result.push(h('p', phrasing(block.runs)));
				break;
			case 'list': {
				const items = block.items.map((item) => h('li', blocks(item)));
				if (!block.ordered) result.push(h('ul', items));
				else result.push(h('ol', block.start === 1 ? {} : { start: block.start }, items));
				break;
			}
			case 'quote': {
				const children = blocks(block.blocks);
				if (children.length) result.push(h('blockquote', children));
				break;
			}
			case 'table': {
				const element = table(block.rows);
				if (element) result.push(element);
				break;
			}
		}
	}
	return result;
}

/** Exports one document as a standalone, printable HTML5 page: title, header block, then the text. */
export function exportHtml(document: ExportDocument, labels: ExportLabels): string {
	const details = headerLines(document, labels).flatMap(([label, value]) => [
		h('dt', label),
		h('dd', value)
	]);
	const tree: Root = {
		type: 'root',
		children: [
			{ type: 'doctype' },
			h(
				'html',
				{ lang: document.language, dir: isRightToLeft(document.language) ? 'rtl' : 'ltr' },
				[
					h('head', [
						h('meta', { charset: 'utf-8' }),
						h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
						h('meta', { name: 'generator', content: 'Concord' }),
						h('title', document.title),
						h('style', STYLE)
					]),
					h('body', [
						h('header', [
							h('h1', document.title),
							// The header's words are the reader's, the text's language may be another.
							h(
								'dl',
								labels.language
									? { lang: labels.language, dir: isRightToLeft(labels.language) ? 'rtl' : 'ltr' }
									: {},
								details
							)
						]),
						h('main', blocks(document.blocks))
					])
				]
			)
		]
	};
	return `${toHtml(tree)}\n`;
}
