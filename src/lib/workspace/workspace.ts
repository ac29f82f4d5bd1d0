import type * as Y from 'yjs';
import {
	Authorship,
	checkSchema,
	createWorkspaceDoc,
	getMember,
	initializeWorkspace,
	migrateWorkspace,
	observeMeta,
	readMeta,
	SCHEMA_VERSION,
	schemaVersionOf,
	toBase64Url,
	upsertMember,
	type MemberId,
	type SchemaCheck,
	type WorkspaceId
} from '../doc';
import type { WorkspaceEntry } from '../persistence';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../sync/keys';
import { browserPorts, type WorkspacePorts } from './browser-ports';
import { changeSource, type GroupSync, type WorkspaceStore } from './ports';
import { AwayWatcher } from './away';
import { needsFreshPage } from './connection-policy';
import { DecisionKeeper } from './decision-keeper';
import { secretOf, workspaceSignaling } from './network';
import { currentProfile } from './profile';
import { deleteWorkspace, registry, warn } from './registry';

/** Thrown when a workspace is asked for that this device does not keep. */
export class WorkspaceNotFoundError extends Error {
	constructor(readonly id: string) {
		super(`No workspace ${id} on this device.`);
		this.name = 'WorkspaceNotFoundError';
	}
}

/**
 * Thrown when a workspace uses a signaling server this page's policy does not allow yet (it was
 * added after the page loaded): loading the page afresh allows it.
 */
export class FreshPageNeededError extends Error {
	constructor(readonly id: string) {
		super(`Workspace ${id} needs a fresh page load to reach its signaling servers.`);
		this.name = 'FreshPageNeededError';
	}
}

/** Thrown when a workspace that is already open in this page is opened again. */
export class WorkspaceAlreadyOpenError extends Error {
	constructor(readonly id: string) {
		super(`Workspace ${id} is already open in this page.`);
		this.name = 'WorkspaceAlreadyOpenError';
	}
}

/**
 * The workspaces open in this page, and those still closing: a sync room may exist only once per
 * page, so opening waits for the previous copy to close and refuses a second live one.
 */
const inThisPage = new Map<WorkspaceId, { closing: Promise<void> | null; workspace?: Workspace }>();

/** The copy of a workspace open in this page, if any (a file merges into it directly). */
export function liveWorkspace(id: WorkspaceId): Workspace | null {
	const slot = inThisPage.get(id);
	return slot && !slot.closing ? (slot.workspace ?? null) : null;
}

/**
 * One workspace opened on this device: its document, kept in IndexedDB and synced with the
 * group's other copies. The composition root of the layers; `destroy()` releases all of it.
 */
export class Workspace {
	readonly authorship: Authorship;
	readonly away: AwayWatcher;
	readonly #stops: (() => void)[] = [];
	#destroyed = false;

	private constructor(
		readonly entry: WorkspaceEntry,
		readonly doc: Y.Doc,
		readonly store: WorkspaceStore,
		readonly sync: GroupSync,
		readonly schema: SchemaCheck
	) {
		const id = entry.id;
		const profile = currentProfile();
		// A workspace written by an older version is brought up to this one before it is shown,
		// and again whenever a peer or a file brings data of an older version.
		migrateWorkspace(doc);
		const upgrade = () => {
			const version = schemaVersionOf(doc);
			if (version > 0 && version < SCHEMA_VERSION)
				queueMicrotask(() => this.#destroyed || migrateWorkspace(doc));
		};
		doc.on('update', upgrade);
		this.#stops.push(() => doc.off('update', upgrade));
		this.authorship = new Authorship(doc);
		this.away = new AwayWatcher(doc, sync, this.authorship, profile.memberId);
		if (schema !== 'empty') this.away.start();
		if (!entry.readOnly) {
			const inStep = () => sync.status.kind === 'connected' && sync.status.synced;
			const keeper = new DecisionKeeper(doc, inStep);
			this.#stops.push(
				() => keeper.destroy(),
				sync.subscribe(() => keeper.check())
			);
		}

		// Keep the home page's copy of the name in step with renames, wherever they come from.
		let lastName = readMeta(doc).name;
		this.#stops.push(
			observeMeta(doc, () => {
				const { name } = readMeta(doc);
				if (name && name !== lastName) {
					lastName = name;
					registry.update(id, { name }).catch(warn('could not remember the new name'));
				}
			})
		);

		// The first change this person makes records who they are, so others see who wrote what.
		const onUpdate = (_: Uint8Array, origin: unknown) => {
			if (changeSource(origin, { store, sync }) !== 'this device') return;
			doc.off('update', onUpdate);
			queueMicrotask(() => {
				if (this.#destroyed) return;
				this.authorship.claimLocalChanges(profile.memberId);
				if (!getMember(doc, profile.memberId) && profile.name) {
					upsertMember(doc, { ...profile, id: profile.memberId, role: 'member', now: Date.now() });
				}
			});
		};
		doc.on('update', onUpdate);
		this.#stops.push(() => doc.off('update', onUpdate));
	}

	/**
	 * Creates a workspace on this device from the templates of `locale`, with this person as its
	 * first facilitator, and returns its id. It is listed before its data is written, so that data
	 * without a listing is always a leftover.
	 */
	static async create(init: { name: string; locale: string }): Promise<WorkspaceId> {
		const secret = newWorkspaceSecret();
		const { workspaceId: id } = await deriveWorkspaceKeys(secret);
		const profile = currentProfile();
		const doc = createWorkspaceDoc();
		const now = Date.now();
		initializeWorkspace(doc, {
			name: init.name,
			locale: init.locale,
			now,
			creator: { id: profile.memberId, name: profile.name, colour: profile.colour }
		});
		// The templates are the creator's text: authorship shows them as theirs.
		new Authorship(doc).claimLocalChanges(profile.memberId);
		await registry.put({
			id,
			name: readMeta(doc).name,
			secret: toBase64Url(secret),
			createdAt: now,
			lastOpenedAt: now,
			online: true
		});
		await writeOnce(id, doc);
		return id;
	}

	/**
	 * Opens a workspace this device keeps and connects it to the group; writes nothing into it.
	 * `ports` give it its store and sync (the browser's unless a test gives others).
	 */
	static async open(id: WorkspaceId, ports: WorkspacePorts = browserPorts): Promise<Workspace> {
		await inThisPage.get(id)?.closing;
		if (inThisPage.has(id)) throw new WorkspaceAlreadyOpenError(id);
		const slot: { closing: Promise<void> | null; workspace?: Workspace } = { closing: null };
		inThisPage.set(id, slot);
		let doc: Y.Doc | null = null;
		let store: WorkspaceStore | null = null;
		let sync: GroupSync | null = null;
		try {
			const entry = await registry.get(id);
			if (!entry) throw new WorkspaceNotFoundError(id);
			if (!entry.readOnly && needsFreshPage(workspaceSignaling(entry))) {
				throw new FreshPageNeededError(id);
			}
			const keys = entry.readOnly ? null : await deriveWorkspaceKeys(secretOf(entry));
			doc = createWorkspaceDoc();
			store = ports.openStore(doc, id, { mustExist: true });
			await store.loaded;
			sync = ports.openSync(doc, entry, keys);
			const workspace = new Workspace(entry, doc, store, sync, checkSchema(doc));
			slot.workspace = workspace;
			registry.update(id, { lastOpenedAt: Date.now() }).catch(warn('could not note the visit'));
			return workspace;
		} catch (error) {
			sync?.destroy();
			await store?.destroy();
			doc?.destroy();
			if (inThisPage.get(id) === slot) inThisPage.delete(id);
			throw error;
		}
	}

	/** The member who wrote with a Yjs client id (this copy's own client is this person). */
	writerOf(client: number): MemberId | null {
		return (
			this.authorship.authorOfClient(client) ??
			(client === this.doc.clientID ? currentProfile().memberId : null)
		);
	}

	/** The workspace id. */
	get id(): WorkspaceId {
		return this.entry.id;
	}

	/** True for a copy from a workspace file without its key: shown, never changed or synced. */
	get readOnly(): boolean {
		return this.entry.readOnly === true;
	}

	/** Connects to the group or works offline; remembered on this device across reloads. */
	setOnline(online: boolean): void {
		if (online && this.sync.status.kind === 'offline') this.away.start();
		this.sync.setOnline(online);
		registry.update(this.id, { online }).catch(warn('could not remember the offline choice'));
	}

	/** Closes the workspace: leaves the room, stops storing, releases the document. */
	async destroy(): Promise<void> {
		if (this.#destroyed) return;
		this.#destroyed = true;
		const slot = inThisPage.get(this.id);
		const closing = (async () => {
			for (const stop of this.#stops) stop();
			this.away.destroy();
			this.sync.destroy();
			await this.store.destroy();
			this.doc.destroy();
		})();
		if (slot) slot.closing = closing;
		try {
			await closing;
		} finally {
			if (inThisPage.get(this.id) === slot) inThisPage.delete(this.id);
		}
	}
}

/** Stores a document that was just made (a new or a joined workspace); undoes the listing on failure. */
export async function writeOnce(
	id: WorkspaceId,
	doc: Y.Doc,
	ports: WorkspacePorts = browserPorts
): Promise<void> {
	const store = ports.openStore(doc, id);
	try {
		await store.loaded;
		await store.flushed();
	} catch (error) {
		await store.destroy();
		await deleteWorkspace(id).catch(warn('could not clean up after a failed create'));
		throw error;
	} finally {
		await store.destroy();
		doc.destroy();
	}
}
