import * as Y from 'yjs';
import { randomId } from '../ids';
import type { Block, Inline } from '../rich-text';
import {
	HARD_BREAK,
	lineAttributes,
	textAttributes,
	type Container,
	type LineFormat,
	type Marks
} from './line-format';

/** A line to write: its text runs and its format. */
export interface LineToWrite {
	runs: { text: string; marks?: Marks }[];
	format: LineFormat;
}

/** A fresh id for a container (a list, an item, a quote, a table, a row, a cell). */
export function newContainerId(): string {
	return randomId().slice(0, 12);
}

function container(type: Container['type'], attrs?: Container['attrs']): Container {
	return { type, id: newContainerId(), ...(attrs ? { attrs } : {}) };
}

function runsOf(inline: readonly Inline[]): LineToWrite['runs'] {
	return inline.map((run) =>
		typeof run === 'string'
			? { text: run }
			: {
					text: run.text,
					marks: {
						...(run.bold ? { bold: true } : {}),
						...(run.italic ? { italic: true } : {}),
						...(run.href ? { link: run.href } : {})
					}
				}
	);
}

/** The lines of template blocks, with fresh container ids. */
export function linesOfBlocks(blocks: readonly Block[]): LineToWrite[] {
	const lines: LineToWrite[] = [];
	const paragraph = (inline: readonly Inline[], wrap: Container[]) =>
		lines.push({ runs: runsOf(inline), format: { block: 'paragraph', wrap } });
	for (const block of blocks) {
		switch (block.type) {
			case 'heading':
				lines.push({
					runs: [{ text: block.text }],
					format: { block: 'heading', level: block.level, wrap: [] }
				});
				break;
			case 'paragraph':
				paragraph(block.content, []);
				break;
			case 'blockquote':
				paragraph(block.content, [container('blockquote')]);
				break;
			case 'bulletList':
			case 'orderedList': {
				const list = container(block.type);
				for (const item of block.items) paragraph(item, [list, container('listItem')]);
				break;
			}
			case 'table': {
				const table = container('table');
				const width = Math.max(1, ...block.rows.map((row) => row.cells.length));
				for (const row of block.rows) {
					const rowContainer = container('tableRow');
					for (let i = 0; i < width; i++) {
						const cell = container(row.header ? 'tableHeader' : 'tableCell');
						paragraph(row.cells[i] ?? [], [table, rowContainer, cell]);
					}
				}
				break;
			}
		}
	}
	return lines;
}

/** Writes lines at a position of a body (the end when absent); call inside a transaction. */
export function insertLines(text: Y.Text, lines: readonly LineToWrite[], at = text.length): void {
	let offset = at;
	for (const line of lines) {
		for (const run of line.runs) {
			const value = run.text.replace(/\n/g, HARD_BREAK);
			if (value === '') continue;
			text.insert(offset, value, textAttributes(run.marks ?? {}));
			offset += value.length;
		}
		text.insert(offset, '\n', lineAttributes(line.format));
		offset += 1;
	}
}

/** Appends template blocks at the end of a body; call inside a transaction to make it one change. */
export function appendBlockLines(text: Y.Text, blocks: readonly Block[]): void {
	insertLines(text, linesOfBlocks(blocks));
}
