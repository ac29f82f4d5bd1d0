import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { CONTAINER_TYPES, newContainerId } from '../../doc';
import { CONTAINER_ID_ATTRIBUTE, isContainer } from './flatten';
import { childAt } from './positions';

/** The positions of containers in a range of top-level blocks that need a fresh id. */
function containersWithoutId(doc: Node, from: number, to: number): number[] {
	const found: number[] = [];
	const visit = (parent: Node, start: number, first: number, last: number) => {
		let pos = start;
		for (let i = 0; i < parent.childCount; i++) {
			const child = parent.child(i);
			if (i >= first && i < last && isContainer(child)) {
				const id = child.attrs[CONTAINER_ID_ATTRIBUTE];
				const next = i + 1 < parent.childCount ? parent.child(i + 1) : null;
				// A new container has none; a split or a paste copies its neighbour's. Of two that
				// share one, the first gets a new id: a split's first half ends at the newly typed
				// line end, and the second half keeps the line end, and so the id, it had.
				const shared =
					next !== null && isContainer(next) && next.attrs[CONTAINER_ID_ATTRIBUTE] === id;
				if (typeof id !== 'string' || id === '' || shared) found.push(pos);
				visit(child, pos + 1, 0, child.childCount);
			}
			pos += child.nodeSize;
		}
	};
	visit(doc, 0, from, to);
	return found;
}

/** The top-level blocks a set of transactions may have changed, one either side included. */
function changedRange(before: Node, after: Node): [number, number] | null {
	const start = before.content.findDiffStart(after.content);
	if (start === null) return null;
	const end = before.content.findDiffEnd(after.content)?.b ?? after.content.size;
	const first = childAt(after, start).index;
	const last = childAt(after, Math.max(end, start)).index;
	return [Math.max(0, first - 1), Math.min(after.childCount, last + 2)];
}

/** Gives every container a fresh id where it has none or shares its neighbour's. */
export function assignContainerIds(before: Node, tr: Transaction): Transaction | null {
	const range = changedRange(before, tr.doc);
	if (!range) return null;
	const positions = containersWithoutId(tr.doc, range[0], range[1]);
	if (positions.length === 0) return null;
	for (const pos of positions) tr.setNodeAttribute(pos, CONTAINER_ID_ATTRIBUTE, newContainerId());
	return tr;
}

const key = new PluginKey('concordContainerIds');

/**
 * The container id every list, list item, quote, table, row and cell carries, so that the body can
 * tell neighbouring containers apart; new and copied containers get a fresh one.
 */
export const ContainerIds = Extension.create({
	name: 'containerIds',
	addGlobalAttributes() {
		return [
			{
				types: [...CONTAINER_TYPES],
				attributes: {
					[CONTAINER_ID_ATTRIBUTE]: {
						default: null,
						keepOnSplit: true,
						parseHTML: () => null,
						renderHTML: () => ({})
					}
				}
			}
		];
	},
	addProseMirrorPlugins() {
		return [
			new Plugin({
				key,
				appendTransaction: (transactions, oldState, newState) =>
					transactions.some((tr) => tr.docChanged)
						? assignContainerIds(oldState.doc, newState.tr)
						: null
			})
		];
	}
});
