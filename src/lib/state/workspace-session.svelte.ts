import { createSubscriber } from 'svelte/reactivity';
import {
	Workspace,
	deleteWorkspace,
	ensureDurableStorage,
	saveWorkspaceFile,
	type AgreedTexts,
	type CommentExportLabels,
	type AwayChange,
	type ConnectionStatus,
	type DocumentBody,
	type DocumentId,
	type DocumentSummary,
	type Durability,
	type IsoDate,
	type ExportFile,
	type ExportFormat,
	type ExportTexts,
	type Member,
	type MemberId,
	type SaveState,
	type WorkspaceId
} from '../workspace';
import { Accountability } from './accountability';
import { Feedback } from './feedback.svelte';
import { Discussions } from './discussions.svelte';
import { DocumentHistory } from './document-history.svelte';
import { Presence, type PresentPerson } from './presence.svelte';
import { reactiveToday } from './today';

/**
 * One open workspace as the interface sees it: reactive reads of its name, documents and save
 * state, and methods that are the only way the interface changes it.
 */
export class WorkspaceSession {
	readonly #workspace: Workspace;
	readonly #today: () => IsoDate;
	readonly #documents: () => void;
	readonly #meta: () => void;
	#saveState = $state<SaveState>({ kind: 'loading' });
	#durability = $state<Durability | null>(null);
	readonly #stopSaveState: () => void;
	#closing: Promise<void> | null = null;
	#connection = $state<ConnectionStatus>({ kind: 'offline' });
	#away = $state<readonly AwayChange[]>([]);
	readonly #stops: (() => void)[] = [];
	/** Who is here now. */
	readonly presence: Presence;
	/** The roster, the commitments, their pages and forms, the report, and what needs this person. */
	readonly accountability: Accountability;
	readonly feedback: Feedback;
	/** The comment threads of the workspace's documents. */
	readonly discussions: Discussions;
	readonly #name = $derived.by(() => {
		this.#meta();
		return this.#workspace.name;
	});
	readonly #members: () => void;
	readonly #memberList = $derived.by(() => {
		this.#members();
		return this.#workspace.members.list();
	});
	readonly #documentList = $derived.by(() => {
		this.#documents();
		return this.#workspace.documents.list();
	});

	constructor(workspace: Workspace) {
		this.#workspace = workspace;
		this.#today = reactiveToday(workspace);
		this.#documents = createSubscriber((update) => workspace.documents.observe(update));
		this.#meta = createSubscriber((update) => workspace.observeMeta(update));
		this.#members = createSubscriber((update) => workspace.members.observe(update));
		this.#saveState = workspace.saveState;
		this.#stopSaveState = workspace.onSaveState((state) => (this.#saveState = state));
		void ensureDurableStorage().then((d) => (this.#durability = d));
		this.#connection = workspace.connection;
		this.#stops.push(workspace.onConnection((status) => (this.#connection = status)));
		this.#away = workspace.away.changes;
		this.#stops.push(workspace.away.subscribe(() => (this.#away = workspace.away.changes)));
		this.presence = new Presence(workspace.presence);
		this.accountability = new Accountability(
			workspace,
			() => this.members,
			() => this.readOnly
		);
		this.feedback = new Feedback(
			workspace,
			() => this.members,
			() => this.readOnly
		);
		this.discussions = new Discussions(workspace, () => this.readOnly);
		this.setCurrentDocument(null);
	}

	/** How this copy is connected to the group. */
	get connection(): ConnectionStatus {
		return this.#connection;
	}

	/** False while this person works offline. */
	get online(): boolean {
		return this.#connection.kind !== 'offline';
	}

	/** Connects to the group, or disconnects to work offline (remembered on this device). */
	setOnline(online: boolean): void {
		this.#workspace.setOnline(online);
	}

	/** What others changed while this person was away, most changed first. */
	get awayChanges(): readonly AwayChange[] {
		return this.#away;
	}

	/** Hides the "while you were away" notice. */
	dismissAway(): void {
		this.#workspace.away.dismiss();
	}

	/** The link that lets someone join this workspace; the secret is in its fragment only. */
	inviteLink(origin: string): string {
		return this.#workspace.inviteLink(origin);
	}

	/** Exports one document's current text (the draft) to a file in the given format. */
	exportDocument(
		id: DocumentId,
		format: ExportFormat,
		texts: ExportTexts,
		comments?: CommentExportLabels
	): Promise<ExportFile> {
		return this.#workspace.exports.draft(id, format, texts, comments);
	}

	/** Exports a document's agreed version with the record of its decision; null if it has none. */
	exportAgreed(
		id: DocumentId,
		format: ExportFormat,
		texts: ExportTexts,
		agreed: AgreedTexts
	): Promise<ExportFile | null> {
		return this.#workspace.exports.agreed(id, format, texts, agreed);
	}

	/** The versions, decisions and agreed text of one document. */
	history(id: DocumentId): DocumentHistory {
		return new DocumentHistory(this.#workspace, id, () => this.members);
	}

	/** Whether this person may make commitments and check in (observers and who left may not). */
	get mayTakePart(): boolean {
		void this.members;
		return !this.readOnly && this.#workspace.commitments.mayTakePart;
	}

	/** The members of the workspace, in the order they joined. */
	get members(): Member[] {
		return this.#memberList;
	}

	/** This person's member id on this device. */
	get me(): MemberId {
		return this.#workspace.members.me;
	}

	/** Whether this person convenes the group (and so may name other facilitators). */
	get isFacilitator(): boolean {
		return this.#workspace.members.isFacilitator(this.members);
	}

	/** Exports every document as one zip of Markdown files. */
	exportAll(texts: ExportTexts): Promise<ExportFile> {
		return this.#workspace.exports.all(texts);
	}

	/** The whole workspace as a `.concord` file; with its invite key only if `includeKey`. */
	async saveWorkspaceFile(includeKey: boolean): Promise<ExportFile> {
		const { fileName, bytes } = await saveWorkspaceFile(this.#workspace, includeKey);
		return { fileName, blob: new Blob([bytes as BlobPart], { type: 'application/octet-stream' }) };
	}

	/** Imports a Markdown, HTML or Word file as a new document; see `importDocumentFile`. */
	importDocument(file: File, onProgress: (fraction: number) => void) {
		return this.#workspace.documents.importFile(file, onProgress);
	}

	/** Tells the others which document this person has open. */
	setCurrentDocument(id: DocumentId | null): void {
		this.#workspace.announce(id);
	}

	/** Who is here now; while offline, only this person (others' presence would be stale). */
	get people(): readonly PresentPerson[] {
		const people = this.presence.people;
		return this.online ? people : people.filter((p) => p.self);
	}

	/** What the editor needs to show this person's caret to others, and theirs here. */
	get editorPresence() {
		const { name, colour } = this.#workspace.person;
		return {
			awareness: this.#workspace.presence,
			user: { name: name || '?', color: colour }
		};
	}

	/** Opens a workspace kept on this device. */
	static async open(id: WorkspaceId): Promise<WorkspaceSession> {
		return new WorkspaceSession(await Workspace.open(id));
	}

	/** True for a copy from a workspace file without its key: it can be read and exported only. */
	get readOnly(): boolean {
		return this.#workspace.readOnly;
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
		return this.#workspace.documents.body(id);
	}

	/** Renames the workspace; an empty name is refused. */
	rename(name: string): boolean {
		return this.#workspace.rename(name);
	}

	/** Adds an empty document at the end and returns its id. */
	addBlankDocument(locale: string): Promise<DocumentId> {
		return this.#workspace.documents.addBlank(locale);
	}

	/** Sets the date by which the group means to revisit a document; null clears it. */
	setDocumentReview(id: DocumentId, date: IsoDate | null): boolean {
		return !this.readOnly && this.#workspace.documents.setReview(id, date);
	}

	/** Today's date where this person is, by the workspace's clock. */
	get today(): IsoDate {
		return this.#today();
	}

	/** Sets the language a document's text is written in; refused in a read-only copy. */
	setDocumentLanguage(id: DocumentId, tag: string): boolean {
		return !this.readOnly && this.#workspace.documents.setLanguage(id, tag);
	}

	/** Renames a document; an empty title is refused. */
	renameDocument(id: DocumentId, title: string): boolean {
		return this.#workspace.documents.rename(id, title);
	}

	/** Moves a document to a new place in the order. */
	moveDocument(id: DocumentId, toIndex: number): boolean {
		return this.#workspace.documents.move(id, toIndex);
	}

	/** Deletes a document from the workspace. */
	deleteDocument(id: DocumentId): boolean {
		return this.#workspace.documents.remove(id);
	}

	/** Whether trying to save again can help after a failure. */
	get canRetrySave(): boolean {
		void this.#saveState;
		return this.#workspace.canRetrySave;
	}

	/** Stores the whole workspace again after a failed save (for example once space was freed). */
	retrySave(): void {
		this.#workspace.retrySave();
	}

	/** Closes this workspace and removes all its data from this device. */
	async deleteWorkspace(): Promise<void> {
		await deleteWorkspace(this.id, () => this.close());
	}

	/** Closes the workspace (its data stays on this device); closing twice is harmless. */
	close(): Promise<void> {
		this.#closing ??= (async () => {
			this.#stopSaveState();
			for (const stop of this.#stops) stop();
			await this.#workspace.destroy();
		})();
		return this.#closing;
	}
}
