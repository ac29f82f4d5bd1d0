/**
 * Rich text as blocks of runs: the one shape in which Concord writes a document's text (templates,
 * imports, tests), reads it back (what the interface shows and every export reads) and compares
 * it. `body/` turns blocks into the lines a body stores and back. The node names are the
 * editor's schema names (TipTap's StarterKit).
 */

/** A run of text with the marks the editor offers. */
export interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
	/** Only http(s) and mailto targets are ever kept. */
	href?: string;
	/** A line break inside a paragraph (the run's text is empty). */
	lineBreak?: boolean;
	/** When comparing two states: whether the run was inserted or deleted between them. */
	change?: 'inserted' | 'deleted';
	/** When comparing: the Yjs client that wrote the run (authorship maps it to a member). */
	writer?: number;
	/** Only when an export carries comments: the comment threads the run's words are in. */
	threads?: string[];
}

/** One block of a document. */
export type Block =
	| { type: 'heading'; level: 1 | 2 | 3; runs: Run[] }
	| { type: 'paragraph'; runs: Run[] }
	/** A list: each item is blocks of its own (paragraphs, lists nested in it). */
	| { type: 'list'; ordered: boolean; start: number; items: Block[][] }
	| { type: 'quote'; blocks: Block[] }
	/** A table: rows of cells, each cell's paragraphs joined by line breaks. */
	| { type: 'table'; rows: { cells: { header: boolean; runs: Run[] }[] }[] };

/** Text as it is written by hand: a plain string, or a run with its marks. */
export type Text = string | Run;

/** Runs from text written by hand. */
export function runs(...parts: Text[]): Run[] {
	return parts.map((part) => (typeof part === 'string' ? { text: part } : part));
}

/** A paragraph of `parts`. */
export function paragraph(...parts: Text[]): Block {
	return { type: 'paragraph', runs: runs(...parts) };
}

/** A heading of `level` reading `parts`. */
export function heading(level: 1 | 2 | 3, ...parts: Text[]): Block {
	return { type: 'heading', level, runs: runs(...parts) };
}

function list(ordered: boolean, items: Text[][]): Block {
	return { type: 'list', ordered, start: 1, items: items.map((item) => [paragraph(...item)]) };
}

/** A bulleted list, one paragraph per item. */
export function bulletList(...items: Text[][]): Block {
	return list(false, items);
}

/** A numbered list from 1, one paragraph per item. */
export function orderedList(...items: Text[][]): Block {
	return list(true, items);
}

/** A quote of one paragraph. */
export function quote(...parts: Text[]): Block {
	return { type: 'quote', blocks: [paragraph(...parts)] };
}

/** A table from rows of cells; the cells of a header row are header cells. */
export function table(...rows: { header?: boolean; cells: Text[][] }[]): Block {
	return {
		type: 'table',
		rows: rows.map((row) => ({
			cells: row.cells.map((cell) => ({ header: row.header === true, runs: runs(...cell) }))
		}))
	};
}

/** Bold text. */
export function bold(text: string): Run {
	return { text, bold: true };
}

/** Italic text. */
export function italic(text: string): Run {
	return { text, italic: true };
}

/** The node names the editor's schema uses for blocks and their parts. */
export const NODE = {
	heading: 'heading',
	paragraph: 'paragraph',
	bulletList: 'bulletList',
	orderedList: 'orderedList',
	listItem: 'listItem',
	blockquote: 'blockquote',
	table: 'table',
	tableRow: 'tableRow',
	tableHeader: 'tableHeader',
	tableCell: 'tableCell'
} as const;
