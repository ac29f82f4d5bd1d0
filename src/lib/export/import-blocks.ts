import { cleanName, MAX_NAME_LENGTH, type Block, type Inline } from '../doc';
import { ImportError } from './import-errors';
import { Runs, textOf, type Marks } from './import-inline';

/** The most blocks an import produces (each list item counts as one); the rest is left out. */
export const MAX_IMPORT_BLOCKS = 20_000;

/** A document read from a file: its title and the starting text of its body. */
export interface ImportedDocument {
	title: string;
	blocks: Block[];
	/** True when the file had more than `MAX_IMPORT_BLOCKS` blocks and the rest was left out. */
	truncated: boolean;
}

/** A text block: a paragraph, a quote, or a heading of level 1 to 3. */
type TextKind = 'paragraph' | 'quote' | 1 | 2 | 3;

/** Where the blocks read inside some structure go. */
interface Sink {
	text(kind: TextKind, runs: Inline[]): void;
	list(ordered: boolean, items: Inline[][]): void;
}

/** The body being built, capped at `MAX_IMPORT_BLOCKS`. */
class Output implements Sink {
	readonly blocks: Block[] = [];
	size = 0;
	truncated = false;

	text(kind: TextKind, runs: Inline[]): void {
		if (runs.length === 0 || this.room(1) === 0) return;
		if (typeof kind === 'number')
			this.blocks.push({ type: 'heading', level: kind, text: textOf(runs) });
		else if (kind === 'quote') this.blocks.push({ type: 'blockquote', content: runs });
		else this.blocks.push({ type: 'paragraph', content: runs });
	}

	list(ordered: boolean, items: Inline[][]): void {
		const kept = items.filter((item) => item.length > 0);
		const fit = this.room(kept.length);
		if (fit > 0)
			this.blocks.push({ type: ordered ? 'orderedList' : 'bulletList', items: kept.slice(0, fit) });
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
	text(_kind: TextKind, runs: Inline[]): void {
		this.parent.text('quote', runs);
	}
	list(ordered: boolean, items: Inline[][]): void {
		this.parent.list(ordered, items);
	}
}

/** Directly inside a list, each text block is an item and nested lists' items join in order. */
class ListSink implements Sink {
	readonly items: Inline[][] = [];
	text(_kind: TextKind, runs: Inline[]): void {
		this.items.push(runs);
	}
	list(_ordered: boolean, items: Inline[][]): void {
		this.items.push(...items);
	}
}

/** Inside a list item text blocks join into one item; a nested list ends it and adds its items. */
class ItemSink implements Sink {
	private readonly current = new Runs();
	constructor(private readonly owner: ListSink) {}
	text(_kind: TextKind, runs: Inline[]): void {
		this.current.add(' ');
		this.current.addRuns(runs);
	}
	list(_ordered: boolean, items: Inline[][]): void {
		this.end();
		this.owner.items.push(...items);
	}
	end(): void {
		const runs = this.current.take();
		if (runs.length > 0) this.owner.items.push(runs);
	}
}

/** Everything read joins into one run of text (a heading's text, a table cell). */
class JoinSink implements Sink {
	readonly runs = new Runs();
	text(_kind: TextKind, runs: Inline[]): void {
		this.runs.add(' ');
		this.runs.addRuns(runs);
	}
	list(_ordered: boolean, items: Inline[][]): void {
		for (const item of items) this.text('paragraph', item);
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

	/** Reads a table row as one paragraph with the cells' text joined by " | ". */
	row(cells: (() => void)[]): void {
		this.flush();
		const texts = cells.map((read) => this.joined(read));
		if (texts.every((runs) => runs.length === 0)) return;
		const runs = new Runs();
		texts.forEach((cell, index) => {
			if (index > 0) runs.add(' | ');
			runs.addRuns(cell);
		});
		this.top.sink.text('paragraph', runs.take());
	}

	/** The title and body read; throws 'no-text' when nothing readable was found. */
	finish(fileName: string): ImportedDocument {
		this.flush();
		const blocks = this.output.blocks;
		if (blocks.length === 0) throw new ImportError('no-text');
		const index = blocks.findIndex((block) => block.type === 'heading' && block.level === 1);
		const heading = blocks[index];
		let title = heading?.type === 'heading' ? cleanName(heading.text) : null;
		// A heading too long for a name stays in the body so none of its text is lost.
		if (title !== null && heading?.type === 'heading' && heading.text.length <= MAX_NAME_LENGTH) {
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

	private joined(read: () => void): Inline[] {
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
