import * as Y from 'yjs';
import { newDocumentId, type DocumentId } from './ids';
import { readRecord, unusable } from './record';
import { cleanName } from './meta';
import { appendBlockLines } from './body';
import type { Block } from './rich-text';
import { DOCUMENT, documentOrder, documentsMap } from './schema';
import { DOCUMENT_KINDS, type DocumentKind } from './templates';
import { paragraph } from './rich-text';
import { asIsoDate, type IsoDate } from './dates';
import { cleanLanguageTag } from './languages';
import { readMeta } from './meta';

/** What the sidebar needs to know of one document. */
export interface DocumentSummary {
	id: DocumentId;
	title: string;
	kind: DocumentKind;
	/** The date by which the group means to revisit it, or null. */
	reviewOn: IsoDate | null;
	/** The language its text is written in (a BCP 47 tag); its direction follows from it. */
	language: string;
}

/** Reads one document entry's summary, or null when a peer sent something that is not one. */
function summaryOf(id: string, entry: unknown, fallbackLanguage: string): DocumentSummary | null {
	return readRecord('document', id, entry, (document) => {
		if (!(document.get(DOCUMENT.text) instanceof Y.Text)) return unusable('it has no body');
		const title = document.get(DOCUMENT.title);
		const kind = document.get(DOCUMENT.kind);
		return {
			id: id as DocumentId,
			title: typeof title === 'string' ? title : '',
			kind: DOCUMENT_KINDS.includes(kind as DocumentKind) ? (kind as DocumentKind) : 'notes',
			reviewOn: asIsoDate(document.get(DOCUMENT.reviewOn)),
			language: cleanLanguageTag(document.get(DOCUMENT.language)) ?? fallbackLanguage
		};
	});
}

/**
 * The documents in sidebar order. Concurrent moves can leave an id twice in the order, or a
 * document out of it; each document is listed exactly once, unordered ones last by creation time.
 */
export function listDocuments(doc: Y.Doc): DocumentSummary[] {
	const entries = documentsMap(doc);
	const seen = new Set<string>();
	const result: DocumentSummary[] = [];
	const workspaceLanguage = cleanLanguageTag(readMeta(doc).languages[0]) ?? 'en';
	const add = (id: string) => {
		if (seen.has(id)) return;
		const summary = summaryOf(id, entries.get(id), workspaceLanguage);
		if (summary === null) return;
		seen.add(id);
		result.push(summary);
	};
	for (const id of documentOrder(doc).toArray()) if (typeof id === 'string') add(id);
	const createdAt = (id: string) => {
		const entry: unknown = entries.get(id);
		return entry instanceof Y.Map ? Number(entry.get(DOCUMENT.createdAt)) || 0 : 0;
	};
	const rest = [...entries.keys()].filter((id) => !seen.has(id));
	rest.sort((a, b) => createdAt(a) - createdAt(b) || a.localeCompare(b)).forEach(add);
	return result;
}

/** The rich-text body of a document, or null when there is no such document. */
export function documentBody(doc: Y.Doc, id: DocumentId): Y.Text | null {
	const entry: unknown = documentsMap(doc).get(id);
	const body = entry instanceof Y.Map ? entry.get(DOCUMENT.text) : null;
	return body instanceof Y.Text ? body : null;
}

/** A document's body as schema version 1 kept it, read only for versions saved before the move. */
export function legacyDocumentBody(doc: Y.Doc, id: DocumentId): Y.XmlFragment | null {
	const entry: unknown = documentsMap(doc).get(id);
	const body = entry instanceof Y.Map ? entry.get(DOCUMENT.body) : null;
	return body instanceof Y.XmlFragment ? body : null;
}

/** Adds a document at the end of the order, with optional starting text, as one change. */
export function addDocument(
	doc: Y.Doc,
	init: {
		title: string;
		kind: DocumentKind;
		blocks?: readonly Block[];
		now: number;
		/** The language its text is written in; unset, the workspace's first language. */
		language?: string;
	}
): DocumentId {
	const id = newDocumentId();
	doc.transact(() => {
		const entry = new Y.Map<unknown>();
		const body = new Y.Text();
		entry.set(DOCUMENT.title, cleanName(init.title) ?? '');
		entry.set(DOCUMENT.kind, init.kind);
		entry.set(DOCUMENT.createdAt, init.now);
		const language = cleanLanguageTag(init.language);
		if (language) entry.set(DOCUMENT.language, language);
		entry.set(DOCUMENT.text, body);
		documentsMap(doc).set(id, entry);
		documentOrder(doc).push([id]);
		// Every body ends with a line end; an empty document is one empty paragraph.
		appendBlockLines(body, init.blocks?.length ? init.blocks : [paragraph()]);
	});
	return id;
}

/** Renames a document; returns false (and changes nothing) for an unknown id or an empty name. */
export function renameDocument(doc: Y.Doc, id: DocumentId, raw: string): boolean {
	const entry = documentsMap(doc).get(id);
	const title = cleanName(raw);
	if (!(entry instanceof Y.Map) || title === null) return false;
	if (entry.get(DOCUMENT.title) !== title) entry.set(DOCUMENT.title, title);
	return true;
}

/** Sets the language a document's text is written in; false for an unknown id or a bad tag. */
export function setDocumentLanguage(doc: Y.Doc, id: DocumentId, tag: string): boolean {
	const entry = documentsMap(doc).get(id);
	const language = cleanLanguageTag(tag);
	if (!(entry instanceof Y.Map) || language === null) return false;
	if (entry.get(DOCUMENT.language) !== language) entry.set(DOCUMENT.language, language);
	return true;
}

/** Moves a document to a new place in the sidebar order (an index into `listDocuments`). */
export function moveDocument(doc: Y.Doc, id: DocumentId, toIndex: number): boolean {
	const ids = listDocuments(doc).map((d) => d.id);
	const from = ids.indexOf(id);
	if (from < 0) return false;
	const target = Math.max(0, Math.min(ids.length - 1, toIndex));
	if (target === from) return false;
	ids.splice(from, 1);
	ids.splice(target, 0, id);
	doc.transact(() => {
		const order = documentOrder(doc);
		order.delete(0, order.length);
		order.push(ids);
	});
	return true;
}

/** Deletes a document and its text from the workspace. */
export function deleteDocument(doc: Y.Doc, id: DocumentId): boolean {
	const entries = documentsMap(doc);
	if (!entries.has(id)) return false;
	doc.transact(() => {
		entries.delete(id);
		const order = documentOrder(doc);
		for (let i = order.length - 1; i >= 0; i--) if (order.get(i) === id) order.delete(i, 1);
	});
	return true;
}
