import * as Y from 'yjs';

/**
 * Rich text as the editor stores it in a `Y.XmlFragment`. The node and mark names here are the
 * editor's schema names (TipTap's StarterKit), so text written by the doc layer opens in the editor.
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

function inlineText(runs: Inline[]): Y.XmlText {
	const text = new Y.XmlText();
	let offset = 0;
	for (const run of runs) {
		const value = typeof run === 'string' ? run : run.text;
		const marks: Record<string, object> = {};
		if (typeof run !== 'string') {
			if (run.bold) marks.bold = {};
			if (run.italic) marks.italic = {};
			if (run.href) marks.link = { href: run.href };
		}
		// Always explicit marks: without them Yjs would carry on the formatting of the text before.
		text.insert(offset, value, marks);
		offset += value.length;
	}
	return text;
}

function element(name: string, children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
	const node = new Y.XmlElement(name);
	node.insert(0, children);
	return node;
}

function paragraph(runs: Inline[]): Y.XmlElement {
	return element(NODE.paragraph, [inlineText(runs)]);
}

function blockToXml(block: Block): Y.XmlElement {
	switch (block.type) {
		case 'heading': {
			const heading = element(NODE.heading, [inlineText([block.text])]);
			heading.setAttribute('level', block.level as unknown as string);
			return heading;
		}
		case 'paragraph':
			return paragraph(block.content);
		case 'blockquote':
			return element(NODE.blockquote, [paragraph(block.content)]);
		case 'table': {
			const width = Math.max(1, ...block.rows.map((row) => row.cells.length));
			return element(
				NODE.table,
				block.rows.map((row) =>
					element(
						NODE.tableRow,
						Array.from({ length: width }, (_, i) =>
							element(row.header ? NODE.tableHeader : NODE.tableCell, [
								paragraph(row.cells[i] ?? [])
							])
						)
					)
				)
			);
		}
		case 'bulletList':
		case 'orderedList':
			return element(
				NODE[block.type],
				block.items.map((item) => element(NODE.listItem, [paragraph(item)]))
			);
	}
}

/** Appends blocks at the end of a document body; call inside a transaction to make it one change. */
export function appendBlocks(body: Y.XmlFragment, blocks: readonly Block[]): void {
	body.insert(body.length, blocks.map(blockToXml));
}

function textOf(text: Y.XmlText): string {
	return (text.toDelta() as { insert: unknown }[])
		.map((op) => (typeof op.insert === 'string' ? op.insert : ''))
		.join('');
}

/** The text of a body with one line per block, for searching, summaries and tests. */
export function plainText(body: Y.XmlFragment | Y.XmlElement): string {
	const lines: string[] = [];
	const visit = (node: Y.XmlElement | Y.XmlFragment) => {
		let inline = '';
		for (const child of node.toArray()) {
			if (child instanceof Y.XmlText) inline += textOf(child);
			else if (child instanceof Y.XmlElement) visit(child);
		}
		if (inline) lines.push(inline);
	};
	visit(body);
	return lines.join('\n');
}
