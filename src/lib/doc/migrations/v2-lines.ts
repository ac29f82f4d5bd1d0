import * as Y from 'yjs';
import {
	HARD_BREAK,
	insertLines,
	newContainerId,
	type Container,
	type ContainerType,
	type LineToWrite,
	type Marks
} from '../body';
import { warnIgnored } from '../ignored';
import { NODE } from '../rich-text';
import { DOCUMENT, documentsMap } from '../schema';
import type { Migration } from './migration';

/*
 * Schema version 1 kept a document's body as a `Y.XmlFragment` (one element per block, one text
 * node per paragraph); version 2 keeps it as one `Y.Text` of lines (see `body/line-format.ts`),
 * under the document's `text` key. The old body stays where it was, unread, so that nothing of
 * the history behind versions saved before the move is lost.
 */

const CONTAINERS: Record<string, ContainerType> = {
	[NODE.bulletList]: 'bulletList',
	[NODE.orderedList]: 'orderedList',
	[NODE.listItem]: 'listItem',
	[NODE.blockquote]: 'blockquote',
	[NODE.table]: 'table',
	[NODE.tableRow]: 'tableRow',
	[NODE.tableCell]: 'tableCell',
	[NODE.tableHeader]: 'tableHeader'
};

function marksOf(attributes: Record<string, unknown> | undefined): Marks {
	const link = attributes?.link as { href?: unknown } | undefined;
	return {
		...(attributes?.bold ? { bold: true } : {}),
		...(attributes?.italic ? { italic: true } : {}),
		...(typeof link?.href === 'string' ? { link: link.href } : {})
	};
}

function runsOf(element: Y.XmlElement): LineToWrite['runs'] {
	const runs: LineToWrite['runs'] = [];
	for (const child of element.toArray()) {
		if (child instanceof Y.XmlText) {
			for (const op of child.toDelta() as {
				insert: unknown;
				attributes?: Record<string, unknown>;
			}[])
				if (typeof op.insert === 'string')
					runs.push({ text: op.insert, marks: marksOf(op.attributes) });
		} else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
			runs.push({ text: HARD_BREAK });
		}
	}
	return runs;
}

function containerOf(element: Y.XmlElement, type: ContainerType): Container {
	const start = Number(element.getAttribute('start'));
	return {
		type,
		id: newContainerId(),
		...(type === 'orderedList' && Number.isInteger(start) && start > 1 ? { attrs: { start } } : {})
	};
}

/** The lines of a version 1 body, in order, with fresh container ids. */
export function linesOfFragment(body: Y.XmlFragment): LineToWrite[] {
	const lines: LineToWrite[] = [];
	const visit = (parent: Y.XmlFragment | Y.XmlElement, wrap: Container[]) => {
		for (const node of parent.toArray()) {
			if (!(node instanceof Y.XmlElement)) continue;
			if (node.nodeName === NODE.paragraph) {
				lines.push({ runs: runsOf(node), format: { block: 'paragraph', wrap } });
			} else if (node.nodeName === NODE.heading) {
				const level = Number(node.getAttribute('level'));
				lines.push({
					runs: runsOf(node),
					format: { block: 'heading', level: level === 1 || level === 3 ? level : 2, wrap }
				});
			} else {
				const type = CONTAINERS[node.nodeName];
				// Unknown elements keep their text at the depth they were found.
				visit(node, type ? [...wrap, containerOf(node, type)] : wrap);
			}
		}
	};
	visit(body, []);
	return lines.length > 0 ? lines : [{ runs: [], format: { block: 'paragraph', wrap: [] } }];
}

/**
 * Schema version 1 to 2: each document's body moves to one text of lines. Each document is moved
 * once: a copy that finds a document already moved (by a peer) leaves it.
 */
export const linesOfText: Migration = {
	to: 2,
	what: 'bodies move to one text of lines',
	run(doc) {
		for (const [id, entry] of documentsMap(doc)) {
			if (!(entry instanceof Y.Map) || entry.get(DOCUMENT.text) instanceof Y.Text) continue;
			const old = entry.get(DOCUMENT.body);
			if (!(old instanceof Y.XmlFragment)) {
				warnIgnored('document', id, 'it has no body to migrate');
				continue;
			}
			const text = new Y.Text();
			entry.set(DOCUMENT.text, text);
			insertLines(text, linesOfFragment(old));
		}
	}
};
