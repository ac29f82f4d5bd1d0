/** What every exporter reads: blocks of runs, the same for Markdown, HTML and Word. */

/** A run of text with the marks the editor offers. */
export interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
	/** Only http(s) and mailto targets ever reach an export. */
	href?: string;
	/** A line break inside a paragraph (the run's text is empty). */
	lineBreak?: boolean;
	/** When comparing two states: whether the run was inserted or deleted between them. */
	change?: 'inserted' | 'deleted';
	/** When comparing: the Yjs client that wrote the run (authorship maps it to a member). */
	writer?: number;
}

/** One block of a document as every exporter reads it. */
export type ExportBlock =
	| { type: 'heading'; level: 1 | 2 | 3; runs: Run[] }
	| { type: 'paragraph'; runs: Run[] }
	| { type: 'list'; ordered: boolean; start: number; items: ExportBlock[][] }
	| { type: 'quote'; blocks: ExportBlock[] }
	/** A table: rows of cells, each cell's paragraphs joined by line breaks. */
	| { type: 'table'; rows: { cells: { header: boolean; runs: Run[] }[] }[] };
