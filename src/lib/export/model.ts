import * as Y from 'yjs';
import {
	documentBody,
	listDocuments,
	NODE,
	readMeta,
	type DocumentId,
	type DocumentKind
} from '../doc';

/** A run of text with the marks the editor offers. */
export interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
	/** Only http(s) and mailto targets ever reach an export. */
	href?: string;
	/** A line break inside a paragraph (the run's text is empty). */
	lineBreak?: boolean;
}

/** One block of a document as every exporter reads it. */
export type ExportBlock =
	| { type: 'heading'; level: 1 | 2 | 3; runs: Run[] }
	| { type: 'paragraph'; runs: Run[] }
	| { type: 'list'; ordered: boolean; start: number; items: ExportBlock[][] }
	| { type: 'quote'; blocks: ExportBlock[] }
	/** A table: rows of cells, each cell's paragraphs joined by line breaks. */
	| { type: 'table'; rows: { cells: { header: boolean; runs: Run[] }[] }[] };

/** One document ready to export, with the header block every format carries. */
export interface ExportDocument {
	workspaceName: string;
	title: string;
	kind: DocumentKind;
	/** BCP 47 language of the text, for `lang` attributes and document properties. */
	language: string;
	exportedAt: Date;
	/** Which version this is, e.g. "Draft, not agreed" (decisions come with versions). */
	versionLabel: string;
	blocks: ExportBlock[];
}

const SAFE_LINK = /^(https?:|mailto:)/i;

function runsOf(element: Y.XmlElement): Run[] {
	const runs: Run[] = [];
	for (const child of element.toArray()) {
		if (child instanceof Y.XmlText) {
			for (const op of child.toDelta() as {
				insert: unknown;
				attributes?: Record<string, unknown>;
			}[]) {
				if (typeof op.insert !== 'string' || op.insert === '') continue;
				const attributes = op.attributes ?? {};
				const link = attributes.link as { href?: unknown } | undefined;
				const href =
					typeof link?.href === 'string' && SAFE_LINK.test(link.href) ? link.href : undefined;
				runs.push({
					text: op.insert,
					...(attributes.bold ? { bold: true } : {}),
					...(attributes.italic ? { italic: true } : {}),
					...(href ? { href } : {})
				});
			}
		} else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
			runs.push({ text: '', lineBreak: true });
		}
	}
	return runs;
}

function blocksOf(parent: Y.XmlFragment | Y.XmlElement): ExportBlock[] {
	const blocks: ExportBlock[] = [];
	for (const node of parent.toArray()) {
		if (!(node instanceof Y.XmlElement)) continue;
		switch (node.nodeName) {
			case NODE.paragraph:
				blocks.push({ type: 'paragraph', runs: runsOf(node) });
				break;
			case NODE.heading: {
				const level = Number(node.getAttribute('level'));
				blocks.push({
					type: 'heading',
					level: level === 1 || level === 2 || level === 3 ? level : 2,
					runs: runsOf(node)
				});
				break;
			}
			case NODE.bulletList:
			case NODE.orderedList: {
				const start = Number(node.getAttribute('start'));
				blocks.push({
					type: 'list',
					ordered: node.nodeName === NODE.orderedList,
					start: Number.isInteger(start) && start > 0 ? start : 1,
					items: node
						.toArray()
						.filter((item): item is Y.XmlElement => item instanceof Y.XmlElement)
						.map((item) => blocksOf(item))
				});
				break;
			}
			case NODE.blockquote:
				blocks.push({ type: 'quote', blocks: blocksOf(node) });
				break;
			case NODE.table:
				blocks.push({ type: 'table', rows: rowsOf(node) });
				break;
			default:
				// Unknown nodes from a newer version keep their text rather than vanish.
				blocks.push(...blocksOf(node));
		}
	}
	return blocks;
}

function elements(parent: Y.XmlElement): Y.XmlElement[] {
	return parent.toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
}

/** The cells of a table: each cell's text, its paragraphs joined by line breaks. */
function rowsOf(table: Y.XmlElement): { cells: { header: boolean; runs: Run[] }[] }[] {
	return elements(table).map((row) => ({
		cells: elements(row).map((cell) => ({
			header: cell.nodeName === NODE.tableHeader,
			runs: elements(cell).flatMap((paragraph, i) => [
				...(i > 0 ? [{ text: '', lineBreak: true }] : []),
				...runsOf(paragraph)
			])
		}))
	}));
}

/** Reads one document of a workspace for export; null when there is no such document. */
export function readDocumentForExport(
	doc: Y.Doc,
	id: DocumentId,
	options: { exportedAt: Date; versionLabel: string }
): ExportDocument | null {
	const summary = listDocuments(doc).find((d) => d.id === id);
	const body = documentBody(doc, id);
	if (!summary || !body) return null;
	const meta = readMeta(doc);
	return {
		workspaceName: meta.name,
		title: summary.title,
		kind: summary.kind,
		language: meta.languages[0] ?? 'en',
		exportedAt: options.exportedAt,
		versionLabel: options.versionLabel,
		blocks: blocksOf(body)
	};
}

/** The plain text of runs, for headings, file names and tests. */
export function textOf(runs: readonly Run[]): string {
	return runs.map((run) => (run.lineBreak ? '\n' : run.text)).join('');
}
