import { observeMeta, readGroupSettings, writeGroupSettings, type GroupSettings } from '../../doc';
import type { OperationContext } from './context';

/** How the group works, as its membership rules say: how it decides, how often it checks in. */
export class WorkspaceSettings {
	readonly #context: OperationContext;

	constructor(context: OperationContext) {
		this.#context = context;
	}

	/** The group's settings as they stand. */
	read(): GroupSettings {
		return readGroupSettings(this.#context.doc);
	}

	/** Changes some settings; false (and nothing changed) for a value out of range. */
	change(change: Partial<GroupSettings>): boolean {
		return writeGroupSettings(this.#context.doc, change);
	}

	/** Calls `listener` when the settings (or the workspace's name) change. */
	observe(listener: () => void): () => void {
		return observeMeta(this.#context.doc, listener);
	}
}
