import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { BlockWriter, type ImportedDocument, type RowSource } from './blocks';
import { safeHref, type Marks } from './inline';
import { asImportError, checkImportText, ImportError } from './errors';

/** What the HTML importer needs of a DOM: a DOMPurify instance and an inert HTML parser. */
export interface HtmlDom {
	DOMPurify: Purifier;
	parse: (html: string) => Document;
}

/** The allow-list HTML is sanitised with before it is read: structure, emphasis and safe links. */
export const IMPORT_SANITIZE_CONFIG: Readonly<Config> = {
	ALLOWED_TAGS: [
		...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'ul', 'ol', 'li', 'blockquote'],
		...['strong', 'b', 'em', 'i', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'div', 'span']
	],
	ALLOWED_ATTR: ['href', 'start'],
	ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: false,
	FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'form', 'img', 'svg', 'math'],
	ADD_FORBID_CONTENTS: ['object', 'embed', 'button', 'select', 'textarea', 'canvas'],
	KEEP_CONTENT: true
};

/** A DOM for the importers built from the page's own window; call it only in a browser. */
export function browserDom(): HtmlDom {
	if (typeof window === 'undefined' || typeof DOMParser === 'undefined') {
		throw new Error('browserDom() needs a browser window');
	}
	return {
		DOMPurify: DOMPurify.isSupported ? DOMPurify : DOMPurify(window),
		parse: (html) => new DOMParser().parseFromString(html, 'text/html')
	};
}

/** Reads an HTML file as a new document: sanitised first, then only supported structure is kept. */
export function importHtml(html: string, fileName: string, dom: HtmlDom): ImportedDocument {
	checkImportText(html);
	try {
		// An instance without a usable DOM would hand back its input unsanitised.
		if (!dom.DOMPurify.isSupported) throw new ImportError('unreadable');
		const clean = dom.DOMPurify.sanitize(html, { ...IMPORT_SANITIZE_CONFIG });
		const body = dom.parse(String(clean)).body;
		const writer = new BlockWriter();
		if (body) walk(body, writer, {}, 0);
		return writer.finish(fileName);
	} catch (error) {
		throw asImportError(error);
	}
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Deeper than this, an element's text is read as plain text (keeps the walk off the stack limit). */
const MAX_DEPTH = 200;
const CONTAINERS = new Set(['p', 'div', 'body', 'html', 'thead', 'tbody', 'tr', 'td', 'th']);

function walk(node: Node, writer: BlockWriter, marks: Marks, depth: number): void {
	if (node.nodeType === TEXT_NODE) return writer.text(node.nodeValue ?? '', marks);
	if (node.nodeType !== ELEMENT_NODE) return;
	const element = node as Element;
	if (depth > MAX_DEPTH) return writer.text(` ${element.textContent ?? ''} `, marks);
	const tag = element.localName;
	const children = (inner: Marks = marks) => {
		for (const child of Array.from(element.childNodes)) walk(child, writer, inner, depth + 1);
	};
	const heading = /^h([1-6])$/.exec(tag);
	if (heading) return writer.heading(Number(heading[1]), () => children());
	switch (tag) {
		case 'strong':
		case 'b':
			return children({ ...marks, bold: true });
		case 'em':
		case 'i':
			return children({ ...marks, italic: true });
		case 'a':
			return children({ ...marks, href: safeHref(element.getAttribute('href')) });
		case 'br':
			return writer.text(' ', marks);
		case 'ul':
		case 'ol':
			return writer.list(tag === 'ol', () => children());
		case 'li':
			return writer.item(() => children());
		case 'blockquote':
			return writer.quote(() => children());
		case 'table':
			return writer.table(rowsOf(element, writer, marks, depth + 1));
		default:
			if (CONTAINERS.has(tag)) return writer.block(() => children());
			return children();
	}
}

function elementChildren(element: Element): Element[] {
	return Array.from(element.children);
}

/**
 * The rows of a table in order (directly in it or in its sections, not in nested tables). A row
 * in `thead`, or one made only of `th` cells, is a header row.
 */
function rowsOf(table: Element, writer: BlockWriter, marks: Marks, depth: number): RowSource[] {
	const rows = elementChildren(table).flatMap((child) => {
		if (child.localName === 'tr') return [{ row: child, head: false }];
		if (['thead', 'tbody', 'tfoot'].includes(child.localName)) {
			return elementChildren(child)
				.filter((row) => row.localName === 'tr')
				.map((row) => ({ row, head: child.localName === 'thead' }));
		}
		return [];
	});
	return rows.map(({ row, head }) => {
		const cells = elementChildren(row).filter((cell) => ['td', 'th'].includes(cell.localName));
		return {
			header: head || (cells.length > 0 && cells.every((cell) => cell.localName === 'th')),
			cells: cells.map((cell) => () => {
				for (const child of Array.from(cell.childNodes)) walk(child, writer, marks, depth + 1);
			})
		};
	});
}
