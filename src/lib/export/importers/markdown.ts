import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { BlockWriter, type ImportedDocument } from './blocks';
import { safeHref, type Marks } from './inline';
import { asImportError, checkImportText } from './errors';

/** Deeper than this, a node's text is read as plain text (keeps the walk off the stack limit). */
const MAX_DEPTH = 200;

/**
 * Reads a CommonMark file, with GitHub-flavoured tables, as a new document; raw HTML in it is
 * dropped, never kept as markup.
 */
export function importMarkdown(text: string, fileName: string): ImportedDocument {
	checkImportText(text);
	try {
		const tree = fromMarkdown(text, {
			extensions: [gfmTable()],
			mdastExtensions: [gfmTableFromMarkdown()]
		});
		const writer = new BlockWriter();
		new MarkdownReader(writer, definitions(tree)).walk(tree, {}, 0);
		return writer.finish(fileName);
	} catch (error) {
		throw asImportError(error);
	}
}

/** Every node of a tree, in document order, without recursion. */
function* nodesOf(root: Nodes): Generator<Nodes> {
	const stack: Nodes[] = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		yield node;
		if ('children' in node)
			for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
	}
}

/** Link reference definitions by identifier; the first definition of an identifier wins. */
function definitions(tree: Root): Map<string, string> {
	const urls = new Map<string, string>();
	for (const node of nodesOf(tree)) {
		if (node.type === 'definition' && !urls.has(node.identifier))
			urls.set(node.identifier, node.url);
	}
	return urls;
}

class MarkdownReader {
	constructor(
		private readonly writer: BlockWriter,
		private readonly links: Map<string, string>
	) {}

	walk(node: Nodes, marks: Marks, depth: number): void {
		const writer = this.writer;
		if (depth > MAX_DEPTH) return writer.text(` ${plainText(node)} `, marks);
		const children = (inner: Marks = marks) => {
			if ('children' in node) for (const child of node.children) this.walk(child, inner, depth + 1);
		};
		switch (node.type) {
			case 'text':
			case 'inlineCode':
				return writer.text(node.value, marks);
			case 'break':
				return writer.text(' ', marks);
			case 'emphasis':
				return children({ ...marks, italic: true });
			case 'strong':
				return children({ ...marks, bold: true });
			case 'link':
				return children({ ...marks, href: safeHref(node.url) });
			case 'linkReference':
				return children({ ...marks, href: safeHref(this.links.get(node.identifier)) });
			case 'heading':
				return writer.heading(node.depth, () => children());
			case 'paragraph':
				return writer.block(() => children());
			case 'blockquote':
				return writer.quote(() => children());
			case 'list':
				return writer.list(node.ordered === true, () => children());
			case 'listItem':
				return writer.item(() => children());
			case 'code':
				// Each line of a code block becomes a paragraph of plain text.
				for (const line of node.value.split('\n')) writer.block(() => writer.text(line));
				return;
			case 'table':
				// A GFM table always starts with its one header row.
				return writer.table(
					node.children.map((row, index) => ({
						header: index === 0,
						cells: row.children.map((cell) => () => {
							for (const child of cell.children) this.walk(child, marks, depth + 2);
						})
					}))
				);
			case 'root':
			case 'tableRow':
			case 'tableCell':
				return children();
			default:
				// Raw HTML, images, definitions and thematic breaks have no place in the body.
				return;
		}
	}
}

/** The readable text of a node (not raw HTML), for content nested too deep to walk. */
function plainText(root: Nodes): string {
	const parts: string[] = [];
	for (const node of nodesOf(root)) {
		if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
			parts.push(node.value);
		}
	}
	return parts.join(' ');
}
