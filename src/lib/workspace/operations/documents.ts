import {
	setDocumentReview,
	type IsoDate,
	addDocument,
	deleteDocument,
	documentBody,
	listDocuments,
	moveDocument,
	observeDocumentList,
	renameDocument,
	setDocumentLanguage,
	templatesIn,
	type Block,
	type DocumentId,
	type DocumentKind,
	type DocumentSummary
} from '../../doc';
import { importDocumentFile, type ImportFileProblem } from '../document-import';
import type { OperationContext } from './context';

/** The rich-text body of a document, handed to the editor as it is. */
export type DocumentBody = NonNullable<ReturnType<typeof documentBody>>;

/** The documents of a workspace: what the sidebar lists, and the changes people make to the list. */
export class WorkspaceDocuments {
	readonly #context: OperationContext;

	constructor(context: OperationContext) {
		this.#context = context;
	}

	/** The documents in sidebar order. */
	list(): DocumentSummary[] {
		return listDocuments(this.#context.doc);
	}

	/** Calls `listener` when a document is added, removed, moved or renamed; returns the stop. */
	observe(listener: () => void): () => void {
		return observeDocumentList(this.#context.doc, listener);
	}

	/** Calls `listener` on every change of one document's text (not of its title or place). */
	observeText(id: DocumentId, listener: () => void): () => void {
		const text = documentBody(this.#context.doc, id);
		if (!text) return () => {};
		text.observe(listener);
		return () => text.unobserve(listener);
	}

	/** The body of one document, for the editor; null if there is no such document. */
	body(id: DocumentId): DocumentBody | null {
		return documentBody(this.#context.doc, id);
	}

	/** Adds a document at the end, with optional starting text, and returns its id. */
	add(init: {
		title: string;
		kind: DocumentKind;
		blocks?: readonly Block[];
		language?: string;
	}): DocumentId {
		return addDocument(this.#context.doc, { ...init, now: this.#context.clock.now() });
	}

	/** Sets the date by which the group means to revisit a document ("Revisit by"); null clears it. */
	setReview(id: DocumentId, date: IsoDate | null): boolean {
		return setDocumentReview(this.#context.doc, id, date);
	}

	/** Sets the language a document's text is written in (a BCP 47 tag); a bad tag is refused. */
	setLanguage(id: DocumentId, tag: string): boolean {
		return setDocumentLanguage(this.#context.doc, id, tag);
	}

	/** Renames a document; an empty title is refused (false). */
	rename(id: DocumentId, title: string): boolean {
		return renameDocument(this.#context.doc, id, title);
	}

	/** Moves a document to a new place in the order. */
	move(id: DocumentId, toIndex: number): boolean {
		return moveDocument(this.#context.doc, id, toIndex);
	}

	/** Adds an empty document at the end, titled and written in the language of `locale`. */
	async addBlank(locale: string): Promise<DocumentId> {
		const { blankTitle } = await templatesIn(locale);
		return this.add({ title: blankTitle, kind: 'notes', language: locale });
	}

	/**
	 * Imports a Markdown, HTML or Word file as a new document at the end, sanitised; returns its
	 * id, or the problem with the file (the workspace is then unchanged).
	 */
	importFile(
		file: File,
		onProgress: (fraction: number) => void
	): Promise<
		{ ok: true; id: DocumentId; truncated: boolean } | { ok: false; problem: ImportFileProblem }
	> {
		return importDocumentFile(this.#context.doc, this.#context.clock, file, onProgress);
	}

	/** Deletes a document from the workspace. */
	remove(id: DocumentId): boolean {
		return deleteDocument(this.#context.doc, id);
	}
}
