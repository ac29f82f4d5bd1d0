import * as Y from 'yjs';
import {
	documentBody,
	listDocuments,
	NODE,
	readMeta,
	versionSnapshot,
	type VersionId,
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
	/** When comparing two states: whether the run was inserted or deleted between them. */
	change?: 'inserted' | 'deleted';
	/** When comparing: the Yjs client that wrote the run (authorship maps it to a member). */
	writer?: number;
}

/**
 * Which state of a body to read: the state at a snapshot and, when comparing, the earlier state
 * `since`, whose differences are marked on the runs. Without a view, the current state is read.
 */
export interface BodyView {
	at: Y.Snapshot;
	since?: Y.Snapshot;
}

/** Whether an item existed and was not deleted in a snapshot. */
function visibleIn(item: Y.Item, snapshot: Y.Snapshot): boolean {
	const clock = snapshot.sv.get(item.id.client);
	return clock !== undefined && clock > item.id.clock && !Y.isDeleted(snapshot.ds, item.id);
}

/** The child nodes of a body node as the view sees them: those visible at either end. */
function childrenOf(parent: Y.XmlFragment | Y.XmlElement, view?: BodyView): unknown[] {
	if (!view) return parent.toArray();
	const children: unknown[] = [];
	for (let item = parent._start; item !== null; item = item.right) {
		if (!item.countable) continue;
		if (visibleIn(item, view.at) || (view.since && visibleIn(item, view.since))) {
			children.push(...(item.content.getContent() as unknown[]));
		}
	}
	return children;
}

type Delta = { insert: unknown; attributes?: Record<string, unknown> }[];

function deltaOf(text: Y.XmlText, view?: BodyView): Delta {
	if (!view) return text.toDelta() as Delta;
	const change = (type: 'added' | 'removed', id: Y.ID) => ({ type, user: id.client });
	return text.toDelta(view.at, view.since, view.since ? change : undefined) as Delta;
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

/** What a comparison says about a run: inserted or deleted, and by which client. */
function changeOf(attributes: Record<string, unknown>): Pick<Run, 'change' | 'writer'> {
	const ychange = attributes.ychange as { type?: unknown; user?: unknown } | undefined;
	if (!ychange) return {};
	return {
		change: ychange.type === 'removed' ? 'deleted' : 'inserted',
		...(typeof ychange.user === 'number' ? { writer: ychange.user } : {})
	};
}

function runsOf(element: Y.XmlElement, view?: BodyView): Run[] {
	const runs: Run[] = [];
	for (const child of childrenOf(element, view)) {
		if (child instanceof Y.XmlText) {
			for (const op of deltaOf(child, view)) {
				if (typeof op.insert !== 'string' || op.insert === '') continue;
				const attributes = op.attributes ?? {};
				const link = attributes.link as { href?: unknown } | undefined;
				const href =
					typeof link?.href === 'string' && SAFE_LINK.test(link.href) ? link.href : undefined;
				runs.push({
					text: op.insert,
					...(attributes.bold ? { bold: true } : {}),
					...(attributes.italic ? { italic: true } : {}),
					...(href ? { href } : {}),
					...changeOf(attributes)
				});
			}
		} else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
			runs.push({ text: '', lineBreak: true });
		}
	}
	return runs;
}

/** Reads a body into blocks: as it is now, as it was at a snapshot, or compared between two. */
export function blocksOf(parent: Y.XmlFragment | Y.XmlElement, view?: BodyView): ExportBlock[] {
	const doc = parent.doc;
	if (!view || !doc) return readBlocks(parent);
	// One transaction for the whole reading: Yjs then splits items at the snapshots only once.
	let blocks: ExportBlock[] = [];
	doc.transact(() => (blocks = readBlocks(parent, view)), 'cleanup');
	return blocks;
}

/** The value of an element's attribute as it was in the view (as it is now without one). */
function attributeOf(node: Y.XmlElement, name: string, view?: BodyView): unknown {
	return view
		? (node.getAttributes(view.at) as Record<string, unknown>)[name]
		: node.getAttribute(name);
}

function readBlocks(parent: Y.XmlFragment | Y.XmlElement, view?: BodyView): ExportBlock[] {
	const blocks: ExportBlock[] = [];
	for (const node of childrenOf(parent, view)) {
		if (!(node instanceof Y.XmlElement)) continue;
		switch (node.nodeName) {
			case NODE.paragraph:
				blocks.push({ type: 'paragraph', runs: runsOf(node, view) });
				break;
			case NODE.heading: {
				const level = Number(attributeOf(node, 'level', view));
				blocks.push({
					type: 'heading',
					level: level === 1 || level === 2 || level === 3 ? level : 2,
					runs: runsOf(node, view)
				});
				break;
			}
			case NODE.bulletList:
			case NODE.orderedList: {
				const start = Number(attributeOf(node, 'start', view));
				blocks.push({
					type: 'list',
					ordered: node.nodeName === NODE.orderedList,
					start: Number.isInteger(start) && start > 0 ? start : 1,
					items: elements(node, view).map((item) => readBlocks(item, view))
				});
				break;
			}
			case NODE.blockquote:
				blocks.push({ type: 'quote', blocks: readBlocks(node, view) });
				break;
			case NODE.table:
				blocks.push({ type: 'table', rows: rowsOf(node, view) });
				break;
			default:
				// Unknown nodes from a newer version keep their text rather than vanish.
				blocks.push(...readBlocks(node, view));
		}
	}
	return blocks;
}

function elements(parent: Y.XmlElement, view?: BodyView): Y.XmlElement[] {
	return childrenOf(parent, view).filter((node) => node instanceof Y.XmlElement);
}

/** The cells of a table: each cell's text, its paragraphs joined by line breaks. */
function rowsOf(
	table: Y.XmlElement,
	view?: BodyView
): { cells: { header: boolean; runs: Run[] }[] }[] {
	return elements(table, view).map((row) => ({
		cells: elements(row, view).map((cell) => ({
			header: cell.nodeName === NODE.tableHeader,
			runs: elements(cell, view).flatMap((paragraph, i) => [
				...(i > 0 ? [{ text: '', lineBreak: true }] : []),
				...runsOf(paragraph, view)
			])
		}))
	}));
}

/** Reads one document of a workspace for export; null when there is no such document. */
export function readDocumentForExport(
	doc: Y.Doc,
	id: DocumentId,
	options: {
		exportedAt: Date;
		versionLabel: string;
		/** Read the text as it was at this named version instead of now. */
		version?: VersionId;
		/** Blocks that follow the text, such as the record of the decision that agreed it. */
		appendix?: ExportBlock[];
	}
): ExportDocument | null {
	const summary = listDocuments(doc).find((d) => d.id === id);
	const body = documentBody(doc, id);
	if (!summary || !body) return null;
	const meta = readMeta(doc);
	const at = options.version ? versionSnapshot(doc, options.version) : undefined;
	if (at === null) return null;
	return {
		workspaceName: meta.name,
		title: summary.title,
		kind: summary.kind,
		language: meta.languages[0] ?? 'en',
		exportedAt: options.exportedAt,
		versionLabel: options.versionLabel,
		blocks: [...blocksOf(body, at && { at }), ...(options.appendix ?? [])]
	};
}

/** The plain text of runs, for headings, file names and tests. */
export function textOf(runs: readonly Run[]): string {
	return runs.map((run) => (run.lineBreak ? '\n' : run.text)).join('');
}
