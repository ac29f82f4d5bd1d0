/**
 * Rich text in the shape templates, imports and tests write it; `body/` turns it into the lines a
 * document body stores. The node names are the editor's schema names (TipTap's StarterKit).
 */

/** A run of text with optional emphasis; a bare string is plain text. */
export type Inline = string | { text: string; bold?: boolean; italic?: boolean; href?: string };

/** One block of a document, in the shape templates and tests write. */
export type Block =
	| { type: 'heading'; level: 1 | 2 | 3; text: string }
	| { type: 'paragraph'; content: Inline[] }
	| { type: 'bulletList' | 'orderedList'; items: Inline[][] }
	| { type: 'blockquote'; content: Inline[] }
	/** A table; a cell of a header row is a header cell. */
	| { type: 'table'; rows: { header?: boolean; cells: Inline[][] }[] };

/** The node names the editor's schema uses for the blocks above. */
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
