import {
	addDocument,
	deleteDocument,
	documentBody,
	listDocuments,
	moveDocument,
	observeDocumentList,
	renameDocument,
	type Block,
	type DocumentId,
	type DocumentKind,
	type DocumentSummary
} from '../../doc';
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

	/** The body of one document, for the editor; null if there is no such document. */
	body(id: DocumentId): DocumentBody | null {
		return documentBody(this.#context.doc, id);
	}

	/** Adds a document at the end, with optional starting text, and returns its id. */
	add(init: { title: string; kind: DocumentKind; blocks?: readonly Block[] }): DocumentId {
		return addDocument(this.#context.doc, { ...init, now: this.#context.clock.now() });
	}

	/** Renames a document; an empty title is refused (false). */
	rename(id: DocumentId, title: string): boolean {
		return renameDocument(this.#context.doc, id, title);
	}

	/** Moves a document to a new place in the order. */
	move(id: DocumentId, toIndex: number): boolean {
		return moveDocument(this.#context.doc, id, toIndex);
	}

	/** Deletes a document from the workspace. */
	remove(id: DocumentId): boolean {
		return deleteDocument(this.#context.doc, id);
	}
}
