import type { WorkspaceId } from '../doc';
import type { WorkspaceEntry } from '../persistence';
import { Workspace, listWorkspaces, removeLeftoverData } from '../workspace';

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

	/** Creates a workspace from the templates of `locale`; returns its id for navigation. */
	async create(name: string, locale: string): Promise<WorkspaceId> {
		const id = await Workspace.create({ name, locale });
		await this.refresh();
		return id;
	}
}
