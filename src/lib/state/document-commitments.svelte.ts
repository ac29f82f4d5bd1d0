import { createSubscriber } from 'svelte/reactivity';
import type { Commitment, DocumentId, ResolvedPassage, Workspace } from '../workspace';

/** A passage of a document and the commitments that come from it. */
export interface PassageWithCommitments {
	from: number;
	to: number;
	commitments: Commitment[];
}

/**
 * The commitments that come from passages of one document, kept in step with every copy: for the
 * list beside its text, and for marking the passages in it.
 */
export class DocumentCommitments {
	readonly #workspace: Workspace;
	readonly #changed: () => void;
	readonly documentId: DocumentId;

	readonly #found = $derived.by(() => {
		this.#changed();
		return this.#workspace.commitments.inDocument(this.documentId);
	});

	constructor(workspace: Workspace, documentId: DocumentId) {
		this.#workspace = workspace;
		this.documentId = documentId;
		// Passages move with the text by themselves; they are looked up again when commitments change.
		this.#changed = createSubscriber((update) => workspace.commitments.observe(update));
	}

	/** The commitments from this document, with where each passage was when they last changed. */
	get items(): { commitment: Commitment; passage: ResolvedPassage }[] {
		return this.#found;
	}

	/** The passages to mark, each with the commitments it holds (one passage, several commitments). */
	get passages(): PassageWithCommitments[] {
		const byRange: Record<string, PassageWithCommitments> = Object.create(null);
		for (const { commitment, passage } of this.#found) {
			const key = `${passage.from}:${passage.to}`;
			byRange[key] ??= { from: passage.from, to: passage.to, commitments: [] };
			byRange[key].commitments.push(commitment);
		}
		return Object.values(byRange);
	}
}
