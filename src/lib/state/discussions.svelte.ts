import { createSubscriber } from 'svelte/reactivity';
import type { DocumentId, Workspace } from '../workspace';
import { DocumentComments } from './document-comments.svelte';

/**
 * The discussions of a workspace, as the interface reads them: the comment threads of each
 * document, and how many are open in each (for the navigation).
 */
export class Discussions {
	readonly #workspace: Workspace;
	readonly #readOnly: () => boolean;
	readonly #changed: () => void;

	readonly #openCounts = $derived.by(() => {
		this.#changed();
		return this.#workspace.comments.openCounts();
	});

	constructor(workspace: Workspace, readOnly: () => boolean) {
		this.#workspace = workspace;
		this.#readOnly = readOnly;
		this.#changed = createSubscriber((update) => workspace.comments.observe(update));
	}

	/** The comment threads of one document. */
	inDocument(id: DocumentId): DocumentComments {
		return new DocumentComments(this.#workspace, id, this.#readOnly);
	}

	/** How many threads are open in a document. */
	openIn(id: DocumentId): number {
		return this.#openCounts.get(id) ?? 0;
	}
}
