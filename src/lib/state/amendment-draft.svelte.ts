import {
	AmendmentRefusedError,
	SubmitRefusedError,
	type AmendmentDraft,
	type Comparison,
	type DocumentBody,
	type DocumentId,
	type SubmitRefusal,
	type Workspace
} from '../workspace';

/** Why a draft was not submitted: a refusal, or a failure in words. */
export type DraftProblem = SubmitRefusal | { failed: string };

/** How long editing may go on before the draft is kept and its preview worked out again. */
const KEEP_AFTER_MS = 400;

/**
 * This person's draft amendment of one document, as its page edits it: opening it (kept on this
 * device, or new), the text and the rationale, a preview of what it changes, kept as it is
 * edited, then submitted or discarded.
 */
export class DraftEditor {
	readonly #workspace: Workspace;
	readonly documentId: DocumentId;
	#draft: AmendmentDraft | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#stop: (() => void) | null = null;
	/**
	 * 'opening' until the draft is ready; 'not-allowed' for someone who may not propose here;
	 * 'unavailable' when a kept draft no longer opens; 'failed' when it could not be read.
	 */
	status = $state<'opening' | 'open' | 'not-allowed' | 'unavailable' | 'failed' | 'closed'>(
		'opening'
	);
	rationale = $state('');
	preview = $state.raw<Comparison | null>(null);
	body = $state.raw<DocumentBody | null>(null);
	quote = $state('');
	/** A failure to keep the draft on this device, in words; null while it is kept. */
	keepFailed = $state<string | null>(null);

	constructor(workspace: Workspace, documentId: DocumentId) {
		this.#workspace = workspace;
		this.documentId = documentId;
	}

	/** Opens the draft: the one kept on this device, or a new one begun on `quote`. */
	async open(quote = ''): Promise<void> {
		try {
			const draft = await this.#workspace.amendments.openDraft(this.documentId, quote);
			if (this.status === 'closed') return draft?.close();
			if (!draft) {
				this.status = 'unavailable';
				return;
			}
			this.#draft = draft;
			this.body = draft.body;
			this.quote = draft.quote;
			this.rationale = draft.rationale;
			this.preview = draft.preview();
			this.#stop = draft.observe(() => this.keepSoon());
			this.status = 'open';
		} catch (error) {
			if (error instanceof AmendmentRefusedError) {
				this.status = 'not-allowed';
				return;
			}
			console.warn('Concord: a draft amendment could not be opened', error);
			this.status = 'failed';
		}
	}

	/** Keeps the draft and works its preview out again once editing pauses. */
	keepSoon(): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#keep(), KEEP_AFTER_MS);
	}

	async #keep(): Promise<void> {
		const draft = this.#draft;
		if (!draft || this.status !== 'open') return;
		draft.rationale = this.rationale;
		this.preview = draft.preview();
		try {
			await draft.keep();
			this.keepFailed = null;
		} catch (error) {
			this.keepFailed = error instanceof Error ? error.message : String(error);
		}
	}

	/** Submits the amendment to the group; null once submitted, or why not (the draft stays). */
	async submit(): Promise<DraftProblem | null> {
		const draft = this.#draft;
		if (!draft) return 'unchanged';
		clearTimeout(this.#timer);
		draft.rationale = this.rationale;
		try {
			await draft.submit();
			this.#closed();
			return null;
		} catch (error) {
			if (error instanceof SubmitRefusedError) return error.why;
			return { failed: error instanceof Error ? error.message : String(error) };
		}
	}

	/** Forgets the draft on this device. */
	async discard(): Promise<void> {
		clearTimeout(this.#timer);
		const draft = this.#draft;
		this.#closed();
		if (draft) await draft.discard();
		else await this.#workspace.amendments.discardDraft(this.documentId);
	}

	/** Leaves the draft: what was typed is kept first. */
	async close(): Promise<void> {
		if (this.status === 'closed') return;
		clearTimeout(this.#timer);
		await this.#keep();
		const draft = this.#draft;
		this.#closed();
		draft?.close();
	}

	#closed() {
		this.#stop?.();
		this.#stop = null;
		this.#draft = null;
		this.status = 'closed';
	}
}
