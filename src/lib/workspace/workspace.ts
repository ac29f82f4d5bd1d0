import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import {
	Authorship,
	checkSchema,
	createWorkspaceDoc,
	observeMeta,
	readMeta,
	renameWorkspace,
	type MemberId,
	type SchemaCheck,
	type WorkspaceId
} from '../doc';
import { AwayWatcher } from './away';
import { browserPorts } from './browser-ports';
import { createWorkspace } from './create';
import { WorkspaceNotFoundError } from './errors';
import { claimFirstEdit } from './first-edit';
import { keepMigrated } from './keep-migrated';
import { keepListedName, keepOutcomes } from './keepers';
import type { OperationContext } from './operations/context';
import { WorkspaceComments } from './operations/comments';
import { WorkspaceAmendments } from './operations/amendments';
import { WorkspaceCommitments } from './operations/commitments';
import { WorkspaceDecisions } from './operations/decisions';
import { WorkspaceDocuments } from './operations/documents';
import { WorkspaceExports } from './operations/exports';
import { WorkspaceFeedback } from './operations/feedback';
import { WorkspaceLearningLog } from './operations/learning-log';
import { WorkspaceMembers } from './operations/members';
import { WorkspaceReports } from './operations/reports';
import { WorkspaceSettings } from './operations/settings';
import { WorkspaceTexts } from './operations/texts';
import type {
	Clock,
	ConnectionStatus,
	DeviceProfile,
	GroupSync,
	SaveState,
	WorkspaceEntry,
	WorkspaceStore
} from './ports';
import { inviteLinkFor } from './invites';
import { warn } from './registry';
import type { WorkspacePorts } from './workspace-ports';

export { FreshPageNeededError, WorkspaceAlreadyOpenError, WorkspaceNotFoundError } from './errors';

/** The copy of a workspace open in this page, if any (a file merges into it directly). */
export function liveWorkspace(id: WorkspaceId): Workspace | null {
	return browserPorts.page.live(id) as Workspace | null;
}

/**
 * One workspace opened on this device: its document, kept by its store and synced with the
 * group's other copies through its sync. The operations and reads of its records (documents,
 * members, versions and decisions, commitments, feedback rounds, texts) are the only way the interface changes or reads it.
 * members, versions and decisions, commitments, the learning log, texts) are the only way the interface changes or reads it.
 * `destroy()` releases all of it.
 */
export class Workspace {
	readonly authorship: Authorship;
	readonly away: AwayWatcher;
	readonly documents: WorkspaceDocuments;
	readonly members: WorkspaceMembers;
	readonly decisions: WorkspaceDecisions;
	readonly commitments: WorkspaceCommitments;
	readonly feedback: WorkspaceFeedback;
	readonly comments: WorkspaceComments;
	readonly amendments: WorkspaceAmendments;
	readonly settings: WorkspaceSettings;
	readonly reports: WorkspaceReports;
	readonly texts: WorkspaceTexts;
	readonly exports: WorkspaceExports;
	readonly learningLog: WorkspaceLearningLog;
	readonly #ports: WorkspacePorts;
	readonly #store: WorkspaceStore;
	readonly #sync: GroupSync;
	readonly #stops: (() => void)[] = [];
	#destroyed = false;

	private constructor(
		readonly entry: WorkspaceEntry,
		readonly doc: Y.Doc,
		store: WorkspaceStore,
		sync: GroupSync,
		readonly schema: SchemaCheck,
		ports: WorkspacePorts
	) {
		this.#ports = ports;
		this.#store = store;
		this.#sync = sync;
		const id = entry.id;
		const me = () => ports.profile().memberId;
		const context: OperationContext = { doc, clock: ports.clock, me, profile: ports.profile };
		this.documents = new WorkspaceDocuments(context);
		this.members = new WorkspaceMembers(context);
		this.decisions = new WorkspaceDecisions(context);
		this.commitments = new WorkspaceCommitments(context);
		this.feedback = new WorkspaceFeedback(context, id, ports.privateKeys, this.commitments);
		this.comments = new WorkspaceComments(context);
		this.amendments = new WorkspaceAmendments(
			context,
			{ id, readOnly: entry.readOnly === true },
			ports.drafts,
			() => this.authorship.claimLocalChanges(me())
		);
		this.settings = new WorkspaceSettings(context);
		this.reports = new WorkspaceReports(context);
		this.texts = new WorkspaceTexts(context, (client) => this.writerOf(client));
		this.exports = new WorkspaceExports(
			context,
			{ decisions: this.decisions, amendments: this.amendments },
			() => this.name
		);
		this.learningLog = new WorkspaceLearningLog(context, id, ports.privateKeys);
		// Brought up to this version before it is shown, and whenever older data arrives.
		this.#stops.push(keepMigrated(doc, () => this.#destroyed));
		this.authorship = new Authorship(doc, (run) => ports.clock.setTimeout(run, 0));
		this.away = new AwayWatcher(doc, sync, this.authorship, me(), ports.clock);
		if (schema !== 'empty') this.away.start();
		if (!entry.readOnly) this.#stops.push(keepOutcomes(doc, sync, ports.clock));
		this.#stops.push(
			keepListedName(doc, id, ports.listings),
			claimFirstEdit(doc, this.authorship, {
				store,
				sync,
				profile: ports.profile,
				clock: ports.clock,
				stopped: () => this.#destroyed
			})
		);
	}

	/**
	 * Creates a workspace on this device from the templates of `locale`, with this person as its
	 * first facilitator, and returns its id (see `createWorkspace`).
	 */
	static create(
		init: { name: string; locale: string },
		ports: WorkspacePorts = browserPorts
	): Promise<WorkspaceId> {
		return createWorkspace(init, ports);
	}

	/**
	 * Opens a workspace this device keeps and connects it to the group; writes nothing into it,
	 * unless an older version of Concord wrote it (it is then migrated).
	 * `ports` give it its store, sync, listing, profile and clock (the browser's unless a test
	 * gives others).
	 */
	static async open(id: WorkspaceId, ports: WorkspacePorts = browserPorts): Promise<Workspace> {
		const slot = await ports.page.claim(id);
		let doc: Y.Doc | null = null;
		let store: WorkspaceStore | null = null;
		let sync: GroupSync | null = null;
		try {
			const entry = await ports.listings.get(id);
			if (!entry) throw new WorkspaceNotFoundError(id);
			ports.checkOpen(entry);
			doc = createWorkspaceDoc();
			store = ports.openStore(doc, id, { mustExist: true });
			await store.loaded;
			sync = await ports.openSync(doc, entry);
			const workspace = new Workspace(entry, doc, store, sync, checkSchema(doc), ports);
			slot.workspace = workspace;
			ports.listings
				.update(id, { lastOpenedAt: ports.clock.now() })
				.catch(warn('could not note the visit'));
			return workspace;
		} catch (error) {
			sync?.destroy();
			await store?.destroy();
			doc?.destroy();
			ports.page.release(id, slot);
			throw error;
		}
	}

	/** The member who wrote with a Yjs client id (this copy's own client is this person). */
	writerOf(client: number): MemberId | null {
		return (
			this.authorship.authorOfClient(client) ??
			(client === this.doc.clientID ? this.#ports.profile().memberId : null)
		);
	}

	/** The time this workspace keeps (when things were written, when decisions are due). */
	get clock(): Clock {
		return this.#ports.clock;
	}

	/** The workspace id. */
	get id(): WorkspaceId {
		return this.entry.id;
	}

	/** True for a copy from a workspace file without its key: shown, never changed or synced. */
	get readOnly(): boolean {
		return this.entry.readOnly === true;
	}

	/** The workspace's name. */
	get name(): string {
		return readMeta(this.doc).name;
	}

	/** Renames the workspace; an empty name is refused (false). */
	rename(name: string): boolean {
		return renameWorkspace(this.doc, name);
	}

	/** Calls `listener` when the workspace's name or settings change; returns the stop. */
	observeMeta(listener: () => void): () => void {
		return observeMeta(this.doc, listener);
	}

	/** How this copy is connected to the group. */
	get connection(): ConnectionStatus {
		return this.#sync.status;
	}

	/** Calls `listener` on every change of connection; returns the stop. */
	onConnection(listener: (status: ConnectionStatus) => void): () => void {
		return this.#sync.subscribe(listener);
	}

	/** Connects to the group or works offline; remembered on this device across reloads. */
	setOnline(online: boolean): void {
		if (online && this.#sync.status.kind === 'offline') this.away.start();
		this.#sync.setOnline(online);
		this.#ports.listings
			.update(this.id, { online })
			.catch(warn('could not remember the offline choice'));
	}

	/** This person on this device: their member id, name and colour. */
	get person(): DeviceProfile {
		return this.#ports.profile();
	}

	/** The link that lets someone join this workspace; the secret is in its fragment only. */
	inviteLink(origin: string): string {
		return inviteLinkFor(this.entry, origin);
	}

	/** Resolves once every change made so far is stored; rejects as soon as saving fails. */
	flushed(): Promise<void> {
		return this.#store.flushed();
	}

	/** The shared presence of the group's room (carets, who is here). */
	get presence(): Awareness {
		return this.#sync.awareness;
	}

	/** Tells the others which document this person has open, with their name and colour. */
	announce(documentId: string | null): void {
		const { name, colour } = this.#ports.profile();
		this.#sync.setPresence({ user: { name: name || '?', color: colour }, documentId });
	}

	/** What this device has stored of the workspace. */
	get saveState(): SaveState {
		return this.#store.state;
	}

	/** Calls `listener` on every change of save state; returns the stop. */
	onSaveState(listener: (state: SaveState) => void): () => void {
		return this.#store.subscribe(listener);
	}

	/** Whether saving again can help after a failure. */
	get canRetrySave(): boolean {
		return this.#store.canRetry;
	}

	/** Stores the whole workspace again after a failed save (for example once space was freed). */
	retrySave(): void {
		this.#store.retry();
	}

	/** Closes the workspace: leaves the room, stops storing, releases the document. */
	async destroy(): Promise<void> {
		if (this.#destroyed) return;
		this.#destroyed = true;
		const closing = (async () => {
			for (const stop of this.#stops) stop();
			this.away.destroy();
			this.#sync.destroy();
			await this.#store.destroy();
			this.doc.destroy();
		})();
		const slot = this.#ports.page.closing(this.id, closing);
		try {
			await closing;
		} finally {
			this.#ports.page.release(this.id, slot);
		}
	}
}
