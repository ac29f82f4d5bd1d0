import * as Y from 'yjs';
import type { DocumentId } from './ids';
import { documentsMap } from './schema';

/** What others changed in one document while this copy was away. */
export interface DocumentChanges {
	documentId: DocumentId;
	/** Client ids that wrote new content (resolve them to members with `Authorship`). */
	writers: Set<number>;
	/** Ids of some deleted items, one per change that only deleted, to find who deleted. */
	deletions: Y.ID[];
	inserted: number;
	deleted: number;
}

const MAX_DELETION_SAMPLES = 20;

function documentOf(type: Y.AbstractType<unknown>, documents: Y.Map<unknown>): DocumentId | null {
	let node: Y.AbstractType<unknown> | null = type;
	while (node && node.parent && node.parent !== documents)
		node = node.parent as Y.AbstractType<unknown>;
	if (!node || node.parent !== documents || !node._item) return null;
	return node._item.parentSub as DocumentId | null;
}

/** The text a type held, deleted parts included (workspaces keep deleted content: gc is off). */
function heldText(type: Y.AbstractType<unknown>): number {
	let length = 0;
	for (let item = type._start; item !== null; item = item.right) {
		if (item.content instanceof Y.ContentString) length += item.length;
		else if (item.content instanceof Y.ContentType) length += heldText(item.content.type);
	}
	return length;
}

function textLength(content: unknown): number {
	if (typeof content === 'string') return content.length;
	if (content instanceof Y.Text) return content.length;
	return 0;
}

/** Counts characters inserted and deleted by one event on a document body. */
function measure(event: Y.YEvent<Y.AbstractType<unknown>>): { inserted: number; deleted: number } {
	let inserted = 0;
	let deleted = 0;
	for (const op of event.delta as { insert?: unknown; delete?: number }[]) {
		if (typeof op.insert === 'string') inserted += op.insert.length;
		else if (Array.isArray(op.insert)) for (const c of op.insert) inserted += textLength(c);
		if (typeof op.delete === 'number') {
			deleted += event.target instanceof Y.Text ? op.delete : 0;
		}
	}
	if (!(event.target instanceof Y.Text)) {
		for (const item of event.changes.deleted) {
			if (item.content instanceof Y.ContentType) deleted += heldText(item.content.type);
		}
	}
	return { inserted, deleted };
}

/**
 * Gathers, per document, what arrives from others (transactions whose origin `isRemote` says is a
 * peer or a file) until `stop()` is called. Reading the summary never writes to the workspace.
 */
export function trackRemoteChanges(doc: Y.Doc, isRemote: (origin: unknown) => boolean) {
	const documents = documentsMap(doc) as Y.Map<unknown>;
	const changes = new Map<DocumentId, DocumentChanges>();
	const onTransaction = (tr: Y.Transaction) => {
		if (!isRemote(tr.origin)) return;
		for (const [type, events] of tr.changedParentTypes) {
			const id = documentOf(type as Y.AbstractType<unknown>, documents);
			if (!id) continue;
			let entry = changes.get(id);
			if (!entry) {
				entry = { documentId: id, writers: new Set(), deletions: [], inserted: 0, deleted: 0 };
				changes.set(id, entry);
			}
			for (const event of events) {
				if (event.target !== type) continue;
				const { inserted, deleted } = measure(event);
				// Who wrote what this event added (for text, `changes.added` is always empty).
				for (let item = event.target._start; item !== null; item = item.right) {
					if (event.adds(item)) entry.writers.add(item.id.client);
				}
				entry.inserted += inserted;
				entry.deleted += deleted;
				const removed = [...event.changes.deleted][0];
				if (deleted > 0 && removed && entry.deletions.length < MAX_DELETION_SAMPLES) {
					entry.deletions.push(removed.id);
				}
			}
		}
	};
	doc.on('afterTransaction', onTransaction);
	return {
		/** Documents with changes, those with the most change first. */
		summary(): DocumentChanges[] {
			return [...changes.values()]
				.filter((c) => c.inserted + c.deleted > 0)
				.sort((a, b) => b.inserted + b.deleted - (a.inserted + a.deleted));
		},
		/** Stops gathering; the summary stays readable. */
		stop(): void {
			doc.off('afterTransaction', onTransaction);
		}
	};
}
