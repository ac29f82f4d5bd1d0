import { createSubscriber } from 'svelte/reactivity';
import {
	addDocument,
	deleteDocument,
	documentBody,
	listDocuments,
	moveDocument,
	observeDocumentList,
	observeMeta,
	readMeta,
	renameDocument,
	renameWorkspace,
	templatesFor,
	type DocumentId,
	type DocumentSummary,
	type WorkspaceId
} from '../doc';
import type { SaveState } from '../persistence';
import { Workspace, deleteWorkspace, ensureDurableStorage, type Durability } from '../workspace';

/** The rich-text body of a document, handed to the editor as it is. */
export type DocumentBody = NonNullable<ReturnType<typeof documentBody>>;

/**
 * One open workspace as the interface sees it: reactive reads of its name, documents and save
 * state, and methods that are the only way the interface changes it.
 */
export class WorkspaceSession {
	readonly #workspace: Workspace;
	readonly #documents: () => void;
	readonly #meta: () => void;
	#saveState = $state<SaveState>({ kind: 'loading' });
	#durability = $state<Durability | null>(null);
	readonly #stopSaveState: () => void;
	#closing: Promise<void> | null = null;
	readonly #name = $derived.by(() => {
		this.#meta();
		return readMeta(this.#workspace.doc).name;
	});
	readonly #documentList = $derived.by(() => {
		this.#documents();
		return listDocuments(this.#workspace.doc);
	});

	constructor(workspace: Workspace) {
		this.#workspace = workspace;
		const doc = workspace.doc;
		this.#documents = createSubscriber((update) => observeDocumentList(doc, update));
		this.#meta = createSubscriber((update) => observeMeta(doc, update));
		this.#saveState = workspace.store.state;
		this.#stopSaveState = workspace.store.subscribe((state) => (this.#saveState = state));
		void ensureDurableStorage().then((d) => (this.#durability = d));
	}

	/** Opens a workspace kept on this device. */
	static async open(id: WorkspaceId): Promise<WorkspaceSession> {
		return new WorkspaceSession(await Workspace.open(id));
	}

	/** The workspace id, as in its URL. */
	get id(): WorkspaceId {
		return this.#workspace.id;
	}

	/** The workspace's name. */
	get name(): string {
		return this.#name;
	}

	/** The documents in sidebar order. */
	get documents(): DocumentSummary[] {
		return this.#documentList;
	}

	/** Whether this copy holds nothing yet, or comes from a newer version of Concord. */
	get schema() {
		return this.#workspace.schema;
	}

	/** What this device has stored of the workspace. */
	get saveState(): SaveState {
		return this.#saveState;
	}

	/** Whether the browser keeps this site's data durably; null until known. */
	get durability(): Durability | null {
		return this.#durability;
	}

	/** The body of one document, for the editor; null if there is no such document. */
	body(id: DocumentId): DocumentBody | null {
		return documentBody(this.#workspace.doc, id);
	}

	/** Renames the workspace; an empty name is refused. */
	rename(name: string): boolean {
		return renameWorkspace(this.#workspace.doc, name);
	}

	/** Adds an empty document at the end and returns its id. */
	addBlankDocument(locale: string): DocumentId {
		const title = templatesFor(locale).blankTitle;
		return addDocument(this.#workspace.doc, { title, kind: 'notes', now: Date.now() });
	}

	/** Renames a document; an empty title is refused. */
	renameDocument(id: DocumentId, title: string): boolean {
		return renameDocument(this.#workspace.doc, id, title);
	}

	/** Moves a document to a new place in the order. */
	moveDocument(id: DocumentId, toIndex: number): boolean {
		return moveDocument(this.#workspace.doc, id, toIndex);
	}

	/** Deletes a document from the workspace. */
	deleteDocument(id: DocumentId): boolean {
		return deleteDocument(this.#workspace.doc, id);
	}

	/** Whether trying to save again can help after a failure. */
	get canRetrySave(): boolean {
		void this.#saveState;
		return this.#workspace.store.canRetry;
	}

	/** Stores the whole workspace again after a failed save (for example once space was freed). */
	retrySave(): void {
		this.#workspace.store.retry();
	}

	/** Closes this workspace and removes all its data from this device. */
	async deleteWorkspace(): Promise<void> {
		await deleteWorkspace(this.id, () => this.close());
	}

	/** Closes the workspace (its data stays on this device); closing twice is harmless. */
	close(): Promise<void> {
		this.#closing ??= (async () => {
			this.#stopSaveState();
			await this.#workspace.destroy();
		})();
		return this.#closing;
	}
}
