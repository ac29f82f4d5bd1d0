import {
	AmendmentFork,
	documentBody,
	acceptAmendment,
	endAmendment,
	getAmendment,
	isFacilitator,
	listAmendments,
	listDecisions,
	listMembers,
	observeAmendments,
	setSupport,
	takesPart,
	type Amendment,
	type AmendmentId,
	type Block,
	type DocumentId,
	type MemberId,
	type WorkspaceId
} from '../../doc';
import {
	amendmentRecordBlocks,
	type AmendmentRecordLabels
} from '../../export/read-model/amendment-record';
import {
	amendmentDiff,
	proposedDiff,
	type AmendmentDiff
} from '../../export/read-model/amendment-review';
import type { Comparison } from '../../export/read-model/compare';
import type { DraftStore } from '../ports';
import { AMENDMENT_ORIGIN } from '../origins';
import { AmendmentDraft } from './amendment-draft';
import type { OperationContext } from './context';

/** Why an operation on an amendment was not carried out. */
export type AmendmentRefusal = 'not-allowed' | 'missing' | 'ended' | 'deciding';

/** Thrown when an operation on an amendment is refused; the workspace is unchanged. */
export class AmendmentRefusedError extends Error {
	constructor(readonly why: AmendmentRefusal) {
		super(`The amendment was not changed: ${why}.`);
		this.name = 'AmendmentRefusedError';
	}
}

/**
 * Amendments members propose to documents' texts: drafts kept on this device, submitted for the
 * group to review as a diff, supported or not, and accepted, rejected, withdrawn or put to a
 * decision.
 */
export class WorkspaceAmendments {
	readonly #context: OperationContext;
	readonly #workspaceId: WorkspaceId;
	readonly #drafts: DraftStore;
	/** Records this copy's changes as this person's (before a draft is forked from it). */
	readonly #claim: () => void;
	/** What each amendment proposes, by its change (which never changes once stored). */
	readonly #proposed = new WeakMap<Uint8Array, Comparison>();

	/** A copy opened from a file without its key: it changes nothing. */
	readonly #readOnly: boolean;

	constructor(
		context: OperationContext,
		workspace: { id: WorkspaceId; readOnly: boolean },
		drafts: DraftStore,
		claim: () => void
	) {
		this.#context = context;
		this.#workspaceId = workspace.id;
		this.#readOnly = workspace.readOnly;
		this.#drafts = drafts;
		this.#claim = claim;
	}

	/** Every amendment (of one document, when given), oldest first. */
	list(documentId?: DocumentId): Amendment[] {
		return listAmendments(this.#context.doc, documentId);
	}

	/** One amendment, or null. */
	get(id: AmendmentId): Amendment | null {
		return getAmendment(this.#context.doc, id);
	}

	/** Calls `listener` when an amendment, a view of it or its outcome changes; returns the stop. */
	observe(listener: () => void): () => void {
		return observeAmendments(this.#context.doc, listener);
	}

	/** The record of a document's amendments (what, who, why, how each ended), as blocks. */
	record(documentId: DocumentId, labels: AmendmentRecordLabels): Block[] {
		return amendmentRecordBlocks(this.list(documentId), labels);
	}

	/** What an amendment would change, against its base and, when stale, against today's text. */
	diff(amendment: Amendment): AmendmentDiff | null {
		const { doc } = this.#context;
		let proposed = this.#proposed.get(amendment.change);
		if (!proposed) {
			const read = proposedDiff(doc, amendment);
			if (!read) return null;
			proposed = read;
			this.#proposed.set(amendment.change, proposed);
		}
		return amendmentDiff(doc, amendment, proposed);
	}

	#me() {
		const { doc, me } = this.#context;
		return listMembers(doc).find((member) => member.id === me()) ?? null;
	}

	/** Whether this person may propose amendments and say whether they support them. */
	get mayPropose(): boolean {
		const me = this.#me();
		return !this.#readOnly && me !== null && takesPart(me);
	}

	/** Whether this person may accept, reject or put amendments to a decision (a facilitator). */
	get mayDecide(): boolean {
		return !this.#readOnly && isFacilitator(listMembers(this.#context.doc), this.#context.me());
	}

	/** The open decision on an amendment, if one is open. */
	openDecisionOn(id: AmendmentId) {
		return listDecisions(this.#context.doc).find((d) => d.amendmentId === id && !d.outcome) ?? null;
	}

	/** The documents of this workspace with a draft amendment on this device. */
	draftsKept(): Promise<DocumentId[]> {
		return this.#drafts.documents(this.#workspaceId);
	}

	/**
	 * Opens this person's draft amendment of a document: the one kept on this device, or a new one
	 * from the text as it is now, begun on the passage `quote`. Null when the document is missing
	 * or a kept draft no longer opens (then it stays kept until discarded).
	 */
	async openDraft(documentId: DocumentId, quote = ''): Promise<AmendmentDraft | null> {
		if (!this.mayPropose) throw new AmendmentRefusedError('not-allowed');
		const kept = await this.#drafts.get(this.#workspaceId, documentId);
		const draft = this.startDraft(documentId, kept?.quote ?? quote, kept);
		if (draft && !kept) await draft.keep();
		return draft;
	}

	/**
	 * Forks a draft amendment of a document from `kept`, or from the text as it is now; it is kept
	 * on this device only once `keep` is called. Null when it cannot be opened here.
	 */
	startDraft(
		documentId: DocumentId,
		quote: string,
		kept?: { base: Uint8Array; change: Uint8Array | null; rationale: string }
	): AmendmentDraft | null {
		if (!this.mayPropose) throw new AmendmentRefusedError('not-allowed');
		if (!documentBody(this.#context.doc, documentId)) return null;
		const member = this.#context.me();
		// Before the fork: the proposer's record of authorship is then in its base, and the
		// draft only adds to it.
		this.#claim();
		const fork = AmendmentFork.open(this.#context.doc, { documentId, member, kept });
		if (!fork) return null;
		return new AmendmentDraft(this.#context, this.#drafts, fork, {
			workspaceId: this.#workspaceId,
			documentId,
			quote,
			rationale: kept?.rationale ?? ''
		});
	}

	/** Forgets this person's draft of a document without opening it. */
	discardDraft(documentId: DocumentId): Promise<void> {
		return this.#drafts.remove(this.#workspaceId, documentId);
	}

	#open(id: AmendmentId): Amendment {
		const amendment = this.get(id);
		if (!amendment) throw new AmendmentRefusedError('missing');
		if (amendment.outcome) throw new AmendmentRefusedError('ended');
		return amendment;
	}

	#ending(): { by: MemberId; now: number } {
		return { by: this.#context.me(), now: this.#context.clock.now() };
	}

	#decider(id: AmendmentId): void {
		this.#open(id);
		if (!this.mayDecide) throw new AmendmentRefusedError('not-allowed');
		if (this.openDecisionOn(id)) throw new AmendmentRefusedError('deciding');
	}

	/** Says whether this person supports an open amendment. */
	support(id: AmendmentId, supports: boolean): void {
		this.#open(id);
		if (!this.mayPropose) throw new AmendmentRefusedError('not-allowed');
		const { doc, me, clock } = this.#context;
		if (!setSupport(doc, id, { member: me(), supports, now: clock.now() }))
			throw new AmendmentRefusedError('ended');
	}

	/**
	 * Takes an amendment into its document (a facilitator's choice): its change merges with
	 * whatever the text holds now. Throws an `AmendmentChangeError` (from `doc/`) when its change
	 * is refused.
	 */
	accept(id: AmendmentId): void {
		this.#decider(id);
		acceptAmendment(this.#context.doc, id, this.#ending(), AMENDMENT_ORIGIN);
	}

	/** Turns an amendment down (a facilitator's choice); it stays in the record. */
	reject(id: AmendmentId): void {
		this.#decider(id);
		endAmendment(this.#context.doc, id, 'rejected', this.#ending());
	}

	/** Takes back one's own amendment; it stays in the record as withdrawn. */
	withdraw(id: AmendmentId): void {
		const amendment = this.#open(id);
		if (amendment.proposedBy !== this.#context.me()) throw new AmendmentRefusedError('not-allowed');
		if (this.openDecisionOn(id)) throw new AmendmentRefusedError('deciding');
		endAmendment(this.#context.doc, id, 'withdrawn', this.#ending());
	}
}
