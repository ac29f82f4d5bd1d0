import {
	AmendmentChangeError,
	submitAmendment,
	type AmendmentFork,
	type AmendmentId,
	type DocumentId
} from '../../doc';
import { draftPreview } from '../../export/read-model/amendment-review';
import type { Comparison } from '../../export/read-model/compare';
import type { DraftStore, KeptDraft } from '../ports';
import type { OperationContext } from './context';

/** Why an amendment was not submitted; the workspace is unchanged and the draft kept. */
export type SubmitRefusal = 'unchanged' | 'no-rationale' | AmendmentChangeError['problem'];

/** Thrown when a draft cannot be submitted as it is. */
export class SubmitRefusedError extends Error {
	constructor(readonly why: SubmitRefusal) {
		super(`The amendment was not submitted: ${why}.`);
		this.name = 'SubmitRefusedError';
	}
}

/**
 * One member's draft amendment of a document, open on this device: the text to edit freely (a
 * fork of the workspace), the rationale, and what it would change. It is kept on this device as it
 * is edited, until it is submitted to the group or discarded.
 */
export class AmendmentDraft {
	readonly #context: OperationContext;
	readonly #store: DraftStore;
	readonly #fork: AmendmentFork;
	readonly #kept: Omit<KeptDraft, 'base' | 'change' | 'savedAt'>;
	#closed = false;

	constructor(
		context: OperationContext,
		store: DraftStore,
		fork: AmendmentFork,
		kept: Omit<KeptDraft, 'base' | 'change' | 'savedAt'>
	) {
		this.#context = context;
		this.#store = store;
		this.#fork = fork;
		this.#kept = { ...kept };
	}

	/** The document it amends. */
	get documentId(): DocumentId {
		return this.#fork.documentId;
	}

	/** The text being drafted, for the editor. */
	get body() {
		return this.#fork.body!;
	}

	/** The words of the passage the draft began on (may be empty). */
	get quote(): string {
		return this.#kept.quote;
	}

	/** Why the group should make this change, as written so far. */
	get rationale(): string {
		return this.#kept.rationale;
	}

	/** Rewrites the rationale (kept with the draft at the next `keep`). */
	set rationale(value: string) {
		this.#kept.rationale = value;
	}

	/** Calls `listener` after every edit of the draft's text; returns the stop. */
	observe(listener: () => void): () => void {
		return this.#fork.observe(listener);
	}

	/** What the draft changes so far, against the text it started from (changed paragraphs only). */
	preview(): Comparison | null {
		return draftPreview(this.#fork.doc, this.documentId, this.#fork.base);
	}

	/** Keeps the draft as it is on this device (it opens again after a reload). */
	async keep(): Promise<void> {
		if (this.#closed) return;
		const { base, change } = this.#fork.change;
		await this.#store.put({ ...this.#kept, base, change, savedAt: this.#context.clock.now() });
	}

	/**
	 * Stores the amendment for the group to review, forgets the draft and returns the amendment's
	 * id. Throws a `SubmitRefusedError` when it changes nothing, has no rationale, or its change is
	 * refused; the draft is then left as it was.
	 */
	async submit(): Promise<AmendmentId> {
		const id = this.submitNow();
		try {
			await this.discard();
		} catch (error) {
			// Submitted all the same: a draft left kept is only an offer to start again.
			console.warn('Concord: a submitted draft could not be forgotten on this device', error);
		}
		return id;
	}

	/** Stores the amendment and closes the draft, leaving what was kept of it on the device. */
	submitNow(): AmendmentId {
		if (this.#closed) throw new Error('This draft is closed.');
		const { change } = this.#fork.change;
		const preview = this.preview();
		if (!change || !preview || preview.inserted + preview.deleted === 0)
			throw new SubmitRefusedError('unchanged');
		if (!this.#kept.rationale.trim()) throw new SubmitRefusedError('no-rationale');
		try {
			const id = submitAmendment(this.#context.doc, {
				documentId: this.documentId,
				quote: this.#kept.quote,
				rationale: this.#kept.rationale,
				base: this.#fork.base,
				change,
				by: this.#context.me(),
				now: this.#context.clock.now()
			});
			this.close();
			return id;
		} catch (error) {
			if (error instanceof AmendmentChangeError) throw new SubmitRefusedError(error.problem);
			throw error;
		}
	}

	/** Forgets the draft on this device and closes it. */
	async discard(): Promise<void> {
		this.close();
		await this.#store.remove(this.#kept.workspaceId, this.documentId);
	}

	/** Closes the draft; what was kept stays kept. */
	close(): void {
		if (this.#closed) return;
		this.#closed = true;
		this.#fork.destroy();
	}
}
