import { cleanName, MAX_NAME_LENGTH, paragraph, type Block, type Run } from '../../doc';
import { ImportError } from './errors';
import { textOf } from '../read-model/model';
import { Runs, type Marks } from './inline';

/**
 * The most blocks an import produces (each list item and each table cell counts as one); the rest
 * is left out.
 */
export const MAX_IMPORT_BLOCKS = 20_000;
/** The most rows an imported table keeps; the rest is left out. */
export const MAX_TABLE_ROWS = 1000;
/** The most cells a row of an imported table keeps; the rest is left out. */
export const MAX_TABLE_COLUMNS = 50;

/** A document read from a file: its title and the starting text of its body. */
export interface ImportedDocument {
	title: string;
	blocks: Block[];
	/** True when the file held more than an import keeps (blocks, table rows or cells). */
	truncated: boolean;
}

/** One row of a table as read: whether it is a header row, and each cell's text. */
type Row = { header?: boolean; cells: Run[][] };

/** One row of a table to read: whether it is a header row, and a reader for each cell. */
export interface RowSource {
	header: boolean;
	cells: (() => void)[];
}

/** A row's text as one run of text, cells joined by `separator`, for where no table can go. */
function rowText(row: Row, separator: string): Run[] {
	const runs = new Runs();
	row.cells.forEach((cell, index) => {
		if (index > 0) runs.add(separator);
		runs.addRuns(cell);
	});
	return runs.take();
}

/** A text block: a paragraph, a quote, or a heading of level 1 to 3. */
type TextKind = 'paragraph' | 'quote' | 1 | 2 | 3;

/** Where the blocks read inside some structure go. */
interface Sink {
	text(kind: TextKind, runs: Run[]): void;
	list(ordered: boolean, items: Run[][]): void;
	table(rows: Row[]): void;
}

/** The body being built, capped at `MAX_IMPORT_BLOCKS`. */
class Output implements Sink {
	readonly blocks: Block[] = [];
	size = 0;
	truncated = false;

	text(kind: TextKind, runs: Run[]): void {
		if (runs.length === 0 || this.room(1) === 0) return;
		// A heading keeps its words, not their emphasis, as the editor's headings do.
		if (typeof kind === 'number')
			this.blocks.push({ type: 'heading', level: kind, runs: [{ text: textOf(runs) }] });
		else if (kind === 'quote') this.blocks.push({ type: 'quote', blocks: [paragraph(...runs)] });
		else this.blocks.push(paragraph(...runs));
	}

	list(ordered: boolean, items: Run[][]): void {
		const kept = items.filter((item) => item.length > 0);
		const fit = this.room(kept.length);
		if (fit > 0)
			this.blocks.push({
				type: 'list',
				ordered,
				start: 1,
				items: kept.slice(0, fit).map((item) => [paragraph(...item)])
			});
	}

	/** Keeps whole rows while each of their cells still fits in the block budget. */
	table(rows: Row[]): void {
		const width = Math.max(...rows.map((row) => row.cells.length));
		const fit = Math.floor(this.room(rows.length * width) / width);
		if (fit > 0)
			this.blocks.push({
				type: 'table',
				rows: rows.slice(0, fit).map((row) => ({
					cells: row.cells.map((runs) => ({ header: row.header === true, runs }))
				}))
			});
	}

	private room(wanted: number): number {
		const fit = Math.min(wanted, MAX_IMPORT_BLOCKS - this.size);
		if (fit < wanted) this.truncated = true;
		this.size += fit;
		return fit;
	}
}

/** Inside a quote every text block is quoted; lists leave the quote (quotes hold one paragraph). */
class QuoteSink implements Sink {
	constructor(private readonly parent: Sink) {}
	text(_kind: TextKind, runs: Run[]): void {
		this.parent.text('quote', runs);
	}
	list(ordered: boolean, items: Run[][]): void {
		this.parent.list(ordered, items);
	}
	table(rows: Row[]): void {
		this.parent.table(rows);
	}
}

/** Directly inside a list, each text block is an item and nested lists' items join in order. */
class ListSink implements Sink {
	readonly items: Run[][] = [];
	text(_kind: TextKind, runs: Run[]): void {
		this.items.push(runs);
	}
	list(_ordered: boolean, items: Run[][]): void {
		this.items.push(...items);
	}
	/** A table in a list: each row becomes an item, its cells joined by " | ". */
	table(rows: Row[]): void {
		this.items.push(...rows.map((row) => rowText(row, ' | ')).filter((item) => item.length > 0));
	}
}

/** Inside a list item text blocks join into one item; a nested list ends it and adds its items. */
class ItemSink implements Sink {
	private readonly current = new Runs();
	constructor(private readonly owner: ListSink) {}
	text(_kind: TextKind, runs: Run[]): void {
		this.current.add(' ');
		this.current.addRuns(runs);
	}
	list(_ordered: boolean, items: Run[][]): void {
		this.end();
		this.owner.items.push(...items);
	}
	table(rows: Row[]): void {
		this.end();
		this.owner.table(rows);
	}
	end(): void {
		const runs = this.current.take();
		if (runs.length > 0) this.owner.items.push(runs);
	}
}

/** Everything read joins into one run of text (a heading's text, a table cell). */
class JoinSink implements Sink {
	readonly runs = new Runs();
	text(_kind: TextKind, runs: Run[]): void {
		this.runs.add(' ');
		this.runs.addRuns(runs);
	}
	list(_ordered: boolean, items: Run[][]): void {
		for (const item of items) this.text('paragraph', item);
	}
	table(rows: Row[]): void {
		for (const row of rows) this.text('paragraph', rowText(row, ' '));
	}
}

/**
 * Builds a body from a walk over any source format: importers call these methods in reading
 * order and the writer keeps only what the editor supports, flattened the way it can show it.
 */
export class BlockWriter {
	private readonly output = new Output();
	private readonly frames: { sink: Sink; runs: Runs }[] = [{ sink: this.output, runs: new Runs() }];

	private get top(): { sink: Sink; runs: Runs } {
		return this.frames[this.frames.length - 1]!;
	}

	/** Adds text to the paragraph being read, with the given emphasis and (safe) link. */
	text(value: string, marks: Marks = {}): void {
		this.top.runs.add(value, marks);
	}

	/** Reads a paragraph-like block: text before and after it goes to separate paragraphs. */
	block(read: () => void): void {
		this.flush();
		read();
		this.flush();
	}

	/** Reads a heading; levels deeper than 3 become 3 and its text loses emphasis and links. */
	heading(level: number, read: () => void): void {
		this.flush();
		const runs = this.joined(read);
		this.top.sink.text(level <= 1 ? 1 : level === 2 ? 2 : 3, runs);
	}

	/** Reads a quotation; each of its paragraphs becomes a quote block. */
	quote(read: () => void): void {
		this.flush();
		this.within(new QuoteSink(this.top.sink), read);
	}

	/** Reads a list whose items are read with `item`; nested lists join its items. */
	list(ordered: boolean, read: () => void): void {
		this.flush();
		const list = new ListSink();
		this.within(list, read);
		this.top.sink.list(ordered, list.items);
	}

	/** Reads one list item (outside a list it is read as a paragraph-like block). */
	item(read: () => void): void {
		const owner = this.top.sink;
		if (!(owner instanceof ListSink)) return this.block(read);
		this.flush();
		const item = new ItemSink(owner);
		this.within(item, read);
		item.end();
	}

	/**
	 * Reads a table, each cell's content joined into one run of text. Rows without cells are left
	 * out, and so is a table without any text; rows and cells past the caps are not even read.
	 */
	table(rows: RowSource[]): void {
		this.flush();
		const sources = rows.filter((row) => row.cells.length > 0);
		const capped =
			sources.length > MAX_TABLE_ROWS ||
			sources.some((row) => row.cells.length > MAX_TABLE_COLUMNS);
		const read = sources.slice(0, MAX_TABLE_ROWS).map((row): Row => ({
			...(row.header ? { header: true } : {}),
			cells: row.cells.slice(0, MAX_TABLE_COLUMNS).map((cell) => this.joined(cell))
		}));
		if (read.every((row) => row.cells.every((cell) => cell.length === 0))) return;
		if (capped) this.output.truncated = true;
		this.top.sink.table(read);
	}

	/** The title and body read; throws 'no-text' when nothing readable was found. */
	finish(fileName: string): ImportedDocument {
		this.flush();
		const blocks = this.output.blocks;
		if (blocks.length === 0) throw new ImportError('no-text');
		const index = blocks.findIndex((block) => block.type === 'heading' && block.level === 1);
		const heading = blocks[index];
		const headingText = heading?.type === 'heading' ? textOf(heading.runs) : null;
		let title = headingText === null ? null : cleanName(headingText);
		// A heading too long for a name stays in the body so none of its text is lost.
		if (title !== null && headingText !== null && headingText.length <= MAX_NAME_LENGTH) {
			blocks.splice(index, 1);
		}
		title ??= cleanName(baseName(fileName)) ?? 'Imported document';
		return { title, blocks, truncated: this.output.truncated };
	}

	private flush(): void {
		const runs = this.top.runs.take();
		if (runs.length > 0) this.top.sink.text('paragraph', runs);
	}

	private within(sink: Sink, read: () => void): void {
		this.frames.push({ sink, runs: new Runs() });
		try {
			read();
			this.flush();
		} finally {
			this.frames.pop();
		}
	}

	private joined(read: () => void): Run[] {
		const join = new JoinSink();
		this.within(join, read);
		return join.runs.take();
	}
}

function baseName(fileName: string): string {
	const name = String(fileName ?? '')
		.split(/[\\/]/)
		.pop();
	return (name ?? '').replace(/\.[^.]*$/, '');
}
