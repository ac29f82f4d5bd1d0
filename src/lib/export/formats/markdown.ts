import type { BlockContent, ListItem, PhrasingContent, Root, Table, TableRow } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { headerLines, type ExportLabels } from './labels';
import type { Block, Run } from '../../doc';
import { textOf, type ExportDocument } from '../read-model/model';

/*
 * CommonMark export, with GitHub-flavoured tables. The exporter builds a Markdown syntax tree and
 * lets the serialiser escape the text, so characters such as `*`, `#`, `<` or `|` in a document
 * stay text and never become markup.
 */

/** Serialises a Markdown syntax tree with the settings every Markdown export shares. */
export function markdownOf(root: Root): string {
	return toMarkdown(root, {
		bullet: '-',
		emphasis: '*',
		strong: '*',
		rule: '*',
		extensions: [gfmTableToMarkdown()]
	});
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** Wraps children in emphasis or strong, moving edge spaces outside where Markdown needs them. */
function wrap(type: 'emphasis' | 'strong', children: PhrasingContent[]): PhrasingContent[] {
	const before: PhrasingContent[] = [];
	const after: PhrasingContent[] = [];
	const first = children[0];
	if (first?.type === 'text') {
		const space = /^\s*/.exec(first.value)![0];
		if (space) before.push(text(space));
		children = [text(first.value.slice(space.length)), ...children.slice(1)];
	}
	const last = children[children.length - 1];
	if (last?.type === 'text') {
		const space = /\s*$/.exec(last.value)![0];
		if (space) after.unshift(text(space));
		children = [
			...children.slice(0, -1),
			text(last.value.slice(0, last.value.length - space.length))
		];
	}
	children = children.filter((child) => child.type !== 'text' || child.value !== '');
	if (children.length === 0) return [...before, ...after];
	return [...before, { type, children }, ...after];
}

/** Marks from the outside in: consecutive runs sharing a mark share one node. */
const MARKS: ((run: Run) => string)[] = [
	(run) => run.href ?? '',
	(run) => (run.italic ? 'italic' : ''),
	(run) => (run.bold ? 'bold' : '')
];

function groups(runs: readonly Run[], key: (run: Run) => string): { mark: string; runs: Run[] }[] {
	const result: { mark: string; runs: Run[] }[] = [];
	for (const run of runs) {
		const last = result[result.length - 1];
		if (last && last.mark === key(run)) last.runs.push(run);
		else result.push({ mark: key(run), runs: [run] });
	}
	return result;
}

function phrasing(runs: readonly Run[], depth = 0): PhrasingContent[] {
	const key = MARKS[depth];
	if (!key) {
		return runs.map((run): PhrasingContent => (run.lineBreak ? { type: 'break' } : text(run.text)));
	}
	return groups(runs, key).flatMap(({ mark, runs: group }): PhrasingContent[] => {
		const children = phrasing(group, depth + 1);
		if (!mark) return children;
		if (depth === 0) return [{ type: 'link', url: mark, children }];
		return wrap(depth === 1 ? 'emphasis' : 'strong', children);
	});
}

/** A cell's runs on one line: GFM cells cannot hold line breaks, so they become spaces. */
function oneLine(runs: readonly Run[]): Run[] {
	return runs.map((run) =>
		run.lineBreak ? { text: ' ' } : { ...run, text: run.text.replace(/[\r\n]+/g, ' ') }
	);
}

/**
 * A GFM table. GFM has exactly one header row, so the first row is the header whether or not its
 * cells are header cells; short rows are padded so every row has the same number of cells.
 */
function table(rows: Extract<Block, { type: 'table' }>['rows']): Table | null {
	const width = rows.reduce((most, row) => Math.max(most, row.cells.length), 0);
	if (width === 0) return null;
	return {
		type: 'table',
		align: Array.from({ length: width }, () => null),
		children: rows.map((row): TableRow => ({
			type: 'tableRow',
			children: Array.from({ length: width }, (_, i) => ({
				type: 'tableCell',
				children: phrasing(oneLine(row.cells[i]?.runs ?? []))
			}))
		}))
	};
}

function isBlank(runs: readonly Run[]): boolean {
	return textOf(runs).trim() === '';
}

function blocks(list: readonly Block[]): BlockContent[] {
	const result: BlockContent[] = [];
	for (const block of list) {
		switch (block.type) {
			case 'heading':
				if (!isBlank(block.runs)) {
					const depth = (block.level + 1) as 2 | 3 | 4;
					result.push({ type: 'heading', depth, children: phrasing(block.runs) });
				}
				break;
			case 'paragraph':
				if (!isBlank(block.runs))
					result.push({ type: 'paragraph', children: phrasing(block.runs) });
				break;
			case 'list':
				result.push({
					type: 'list',
					ordered: block.ordered,
					...(block.ordered ? { start: block.start } : {}),
					spread: false,
					children: block.items.map((item): ListItem => ({
						type: 'listItem',
						spread: false,
						children: blocks(item)
					}))
				});
				break;
			case 'quote': {
				const children = blocks(block.blocks);
				if (children.length) result.push({ type: 'blockquote', children });
				break;
			}
			case 'table': {
				const node = table(block.rows);
				if (node) result.push(node);
				break;
			}
		}
	}
	return result;
}

/** Exports one document as a CommonMark file: title, header block, a rule, then the text. */
export function exportMarkdown(document: ExportDocument, labels: ExportLabels): string {
	const root: Root = {
		type: 'root',
		children: [
			{ type: 'heading', depth: 1, children: [text(document.title)] },
			{
				type: 'list',
				ordered: false,
				spread: false,
				children: headerLines(document, labels).map(([label, value]) => ({
					type: 'listItem',
					spread: false,
					children: [
						{
							type: 'paragraph',
							children: [{ type: 'strong', children: [text(`${label}:`)] }, text(` ${value}`)]
						}
					]
				}))
			},
			{ type: 'thematicBreak' },
			...blocks(document.blocks)
		]
	};
	return markdownOf(root);
}
