import type { WorkspaceEntry, WorkspaceId } from '../workspace';
import { currentProfile, updateProfile } from '../workspace/profile';
import { listWorkspaces, removeLeftoverData } from '../workspace/registry';

/** The workspaces on this device as the home page shows them, with the one way to add one. */
export class WorkspaceList {
	#entries = $state<WorkspaceEntry[]>([]);
	#loading = $state(true);
	#error = $state<string | null>(null);

	/** Workspaces, most recently opened first. */
	get entries(): readonly WorkspaceEntry[] {
		return this.#entries;
	}

	/** True until the first load has finished. */
	get loading(): boolean {
		return this.#loading;
	}

	/** Why the list could not be read, if it could not. */
	get error(): string | null {
		return this.#error;
	}

	/** Reads the list again from this device, and clears what failed creates or deletes left. */
	async refresh(): Promise<void> {
		try {
			this.#entries = await listWorkspaces();
			removeLeftoverData().catch((e: unknown) => console.warn('Concord: leftover data', e));
			this.#error = null;
		} catch (error) {
			this.#error = error instanceof Error ? error.message : String(error);
		} finally {
			this.#loading = false;
		}
	}

	/** The name this person goes by on this device (empty until they give one). */
	get yourName(): string {
		return currentProfile().name;
	}

	/**
	 * Creates a workspace from the templates of `locale`, with this person (under `yourName`,
	 * remembered on this device) as its first facilitator; returns its id for navigation.
	 */
	async create(name: string, yourName: string, locale: string): Promise<WorkspaceId> {
		if (!updateProfile({ name: yourName, colour: currentProfile().colour })) {
			throw new Error('A member needs a name.');
		}
		// The workspace's code loads only when someone creates one, not with the home page.
		const { Workspace } = await import('../workspace/workspace');
		const id = await Workspace.create({ name, locale });
		await this.refresh();
		return id;
	}
}
