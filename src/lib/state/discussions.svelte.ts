import { createSubscriber } from 'svelte/reactivity';
import type { DocumentId, Workspace } from '../workspace';
import { DraftEditor } from './amendment-draft.svelte';
import { DocumentAmendments } from './document-amendments.svelte';
import { DocumentComments } from './document-comments.svelte';

/**
 * The discussions of a workspace, as the interface reads them: the comment threads of each
 * document and how many are open in each (for the navigation), the amendments proposed to it,
 * and this person's draft amendments.
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

	/** The amendments proposed to one document. */
	amendmentsIn(id: DocumentId): DocumentAmendments {
		return new DocumentAmendments(this.#workspace, id, this.#readOnly);
	}

	/** Whether this person keeps a draft amendment of a document on this device. */
	async hasDraft(id: DocumentId): Promise<boolean> {
		try {
			return (await this.#workspace.amendments.draftsKept()).includes(id);
		} catch (error) {
			// Not knowing is not worth a message: the draft page says so if it cannot be read.
			console.warn('Concord: could not look for a kept draft amendment', error);
			return false;
		}
	}

	/** The passage a new draft of a document begins on, until its page opens it (not shown). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once by the page, never rendered
	readonly #beginOn = new Map<DocumentId, string>();

	/** Says which passage the next new draft of a document begins on (its page then opens it). */
	beginDraft(id: DocumentId, quote: string): void {
		this.#beginOn.set(id, quote);
	}

	/** This person's draft amendment of a document, opened (kept, or new) on its page. */
	draft(id: DocumentId): DraftEditor {
		const editor = new DraftEditor(this.#workspace, id);
		const quote = this.#beginOn.get(id) ?? '';
		this.#beginOn.delete(id);
		void editor.open(quote);
		return editor;
	}

	/** How many threads are open in a document. */
	openIn(id: DocumentId): number {
		return this.#openCounts.get(id) ?? 0;
	}
}
