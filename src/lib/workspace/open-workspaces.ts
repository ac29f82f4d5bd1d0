import type { WorkspaceId } from '../doc';

/** Thrown when a workspace that is already open in this page is opened again. */
export class WorkspaceAlreadyOpenError extends Error {
	constructor(readonly id: string) {
		super(`Workspace ${id} is already open in this page.`);
		this.name = 'WorkspaceAlreadyOpenError';
	}
}

interface Slot<W> {
	closing: Promise<void> | null;
	workspace?: W;
}

/**
 * The workspaces open in one page, and those still closing: a sync room may exist only once per
 * page, so opening waits for the previous copy to close and refuses a second live one.
 */
export class OpenWorkspaces<W> {
	readonly #slots = new Map<WorkspaceId, Slot<W>>();

	/**
	 * Takes the place of `id` for a copy being opened, once an earlier copy has closed; throws
	 * `WorkspaceAlreadyOpenError` while one is open. The place is given up by `release`.
	 */
	async claim(id: WorkspaceId): Promise<Slot<W>> {
		await this.#slots.get(id)?.closing;
		if (this.#slots.has(id)) throw new WorkspaceAlreadyOpenError(id);
		const slot: Slot<W> = { closing: null };
		this.#slots.set(id, slot);
		return slot;
	}

	/** Notes that the copy in a place is closing, until `closing` settles. */
	closing(id: WorkspaceId, closing: Promise<void>): Slot<W> | undefined {
		const slot = this.#slots.get(id);
		if (slot) slot.closing = closing;
		return slot;
	}

	/** Gives up a place, if it is still the one given. */
	release(id: WorkspaceId, slot: Slot<W> | undefined): void {
		if (slot && this.#slots.get(id) === slot) this.#slots.delete(id);
	}

	/** The copy of a workspace open in this page, if any and not closing. */
	live(id: WorkspaceId): W | null {
		const slot = this.#slots.get(id);
		return slot && !slot.closing ? (slot.workspace ?? null) : null;
	}
}
