import * as Y from 'yjs';
import { randomId } from '../ids';
import type { Block, Run } from '../rich-text';
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

function runsOf(runs: readonly Run[]): LineToWrite['runs'] {
	return runs.map((run) =>
		run.lineBreak
			? { text: HARD_BREAK }
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

/** The lines of blocks, with fresh container ids, inside the containers `wrap`. */
export function linesOfBlocks(blocks: readonly Block[], wrap: Container[] = []): LineToWrite[] {
	const lines: LineToWrite[] = [];
	const text = (runs: readonly Run[], within: Container[]) =>
		lines.push({ runs: runsOf(runs), format: { block: 'paragraph', wrap: within } });
	for (const block of blocks) {
		switch (block.type) {
			case 'heading':
				lines.push({
					runs: runsOf(block.runs),
					format: { block: 'heading', level: block.level, wrap }
				});
				break;
			case 'paragraph':
				text(block.runs, wrap);
				break;
			case 'quote':
				lines.push(...linesOfBlocks(block.blocks, [...wrap, container('blockquote')]));
				break;
			case 'list': {
				const start = block.ordered && block.start > 1 ? { start: block.start } : undefined;
				const list = container(block.ordered ? 'orderedList' : 'bulletList', start);
				for (const item of block.items) {
					const within = [...wrap, list, container('listItem')];
					if (item.length === 0) text([], within);
					else lines.push(...linesOfBlocks(item, within));
				}
				break;
			}
			case 'table': {
				const table = container('table');
				const width = Math.max(1, ...block.rows.map((row) => row.cells.length));
				for (const row of block.rows) {
					const rowContainer = container('tableRow');
					const header = row.cells[0]?.header === true;
					for (let i = 0; i < width; i++) {
						const cell = row.cells[i] ?? { header, runs: [] };
						const type = cell.header ? 'tableHeader' : 'tableCell';
						text(cell.runs, [...wrap, table, rowContainer, container(type)]);
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

/** Appends blocks at the end of a body; call inside a transaction to make it one change. */
export function appendBlockLines(text: Y.Text, blocks: readonly Block[]): void {
	insertLines(text, linesOfBlocks(blocks));
}
