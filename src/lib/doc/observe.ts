import * as Y from 'yjs';
import { documentOrder, documentsMap, metaMap } from './schema';

/**
 * Calls `onChange` when the list of documents changes (added, deleted, renamed, reordered), but
 * not on every keystroke inside a document body. Returns the function that stops watching.
 */
export function observeDocumentList(doc: Y.Doc, onChange: () => void): () => void {
	const entries = documentsMap(doc);
	const order = documentOrder(doc);
	const onEntries = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
		const relevant = events.some((e) => e.target === entries || e.target.parent === entries);
		if (relevant) onChange();
	};
	entries.observeDeep(onEntries);
	order.observe(onChange);
	return () => {
		entries.unobserveDeep(onEntries);
		order.unobserve(onChange);
	};
}

/** Calls `onChange` when the workspace meta (its name, languages) changes. */
export function observeMeta(doc: Y.Doc, onChange: () => void): () => void {
	const meta = metaMap(doc);
	meta.observe(onChange);
	return () => meta.unobserve(onChange);
}
