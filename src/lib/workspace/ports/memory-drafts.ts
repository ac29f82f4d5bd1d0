import type { DocumentId, WorkspaceId } from '../../doc';
import type { DraftStore, KeptDraft } from '../../persistence';

/** A device's draft amendments held in memory, for tests that run workspaces in one process. */
export class MemoryDrafts implements DraftStore {
	readonly #drafts = new Map<string, KeptDraft>();

	async get(workspaceId: WorkspaceId, documentId: DocumentId): Promise<KeptDraft | undefined> {
		const draft = this.#drafts.get(`${workspaceId}/${documentId}`);
		return draft && { ...draft };
	}

	async documents(workspaceId: WorkspaceId): Promise<DocumentId[]> {
		return [...this.#drafts.values()]
			.filter((draft) => draft.workspaceId === workspaceId)
			.map((draft) => draft.documentId);
	}

	async put(draft: KeptDraft): Promise<void> {
		this.#drafts.set(`${draft.workspaceId}/${draft.documentId}`, { ...draft });
	}

	async remove(workspaceId: WorkspaceId, documentId: DocumentId): Promise<void> {
		this.#drafts.delete(`${workspaceId}/${documentId}`);
	}
}
