import * as Y from 'yjs';
import { NODE, type BodyView } from '../../doc';
import type { Block, Run } from '../../doc';

/*
 * Reading a body as schema version 1 kept it (a `Y.XmlFragment`), for the named versions saved
 * before a workspace moved to one `Y.Text` per body: their snapshots can only be read there.
 */

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

/** Reads a version 1 body into blocks, as it is now or as it was at a snapshot. */
export function legacyBlocksOf(parent: Y.XmlFragment | Y.XmlElement, view?: BodyView): Block[] {
	const doc = parent.doc;
	if (!view || !doc) return readBlocks(parent);
	// One transaction for the whole reading: Yjs then splits items at the snapshots only once.
	let blocks: Block[] = [];
	doc.transact(() => (blocks = readBlocks(parent, view)), 'cleanup');
	return blocks;
}

/** The value of an element's attribute as it was in the view (as it is now without one). */
function attributeOf(node: Y.XmlElement, name: string, view?: BodyView): unknown {
	return view
		? (node.getAttributes(view.at) as Record<string, unknown>)[name]
		: node.getAttribute(name);
}

function readBlocks(parent: Y.XmlFragment | Y.XmlElement, view?: BodyView): Block[] {
	const blocks: Block[] = [];
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
