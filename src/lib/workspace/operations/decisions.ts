import {
	agreedDecision,
	getAmendment,
	type Amendment,
	answerDecision,
	answersDecisions,
	takesPart,
	closeDecision,
	DecisionInitError,
	decisionInitProblem,
	eligibleMembers,
	largestQuorum,
	getVersion,
	listDecisions,
	listVersions,
	observeDecisions,
	observeVersions,
	openDecision,
	saveVersion,
	setDecisionReview,
	type IsoDate,
	type AnswerKind,
	type Block,
	type Decision,
	type DecisionAnswer,
	type DecisionId,
	type DecisionInit,
	type DecisionInitProblem,
	type DocumentId,
	type Member,
	type Version,
	type VersionId
} from '../../doc';
import {
	decisionRecordBlocks,
	type DecisionRecordLabels
} from '../../export/read-model/decision-record';
import type { OperationContext } from './context';

/**
 * A decision and what it is about: a version, or an amendment (null when it is not one, or
 * cannot be read).
 */
export interface DecisionOnVersion {
	decision: Decision;
	version: Version | null;
	amendment: Amendment | null;
}

/** Who has answered a decision, with their answers, and who may answer and has not yet. */
export interface AnswerRoll {
	answered: { member: Member; given: DecisionAnswer }[];
	waiting: Member[];
}

/** The named versions of a workspace's documents and the decisions the group takes on them. */
export class WorkspaceDecisions {
	readonly #context: OperationContext;

	constructor(context: OperationContext) {
		this.#context = context;
	}

	/** Named versions of a document, oldest first. */
	versions(documentId: DocumentId): Version[] {
		return listVersions(this.#context.doc, documentId);
	}

	/** Calls `listener` when a version is saved anywhere; returns the stop. */
	observeVersions(listener: () => void): () => void {
		return observeVersions(this.#context.doc, listener);
	}

	/** Saves a document as it is now under a name; returns the new version's id. */
	saveVersion(documentId: DocumentId, name: string): VersionId {
		const { doc, clock, me } = this.#context;
		return saveVersion(doc, { documentId, name, author: me(), now: clock.now() });
	}

	/** Decisions on a document, most recently opened first, with their versions. */
	decisions(documentId: DocumentId): DecisionOnVersion[] {
		const { doc } = this.#context;
		return listDecisions(doc, documentId).map((decision) => this.#withSubject(decision));
	}

	/** Every decision of the workspace, most recently opened first. */
	all(): Decision[] {
		return listDecisions(this.#context.doc);
	}

	/** Calls `listener` when a decision or an answer changes; returns the stop. */
	observe(listener: () => void): () => void {
		return observeDecisions(this.#context.doc, listener);
	}

	/** The decision that made a version the agreed text of a document, or null while none has. */
	agreed(documentId: DocumentId): DecisionOnVersion | null {
		const { doc } = this.#context;
		const decision = agreedDecision(doc, documentId);
		return decision ? this.#withSubject(decision) : null;
	}

	#withSubject(decision: Decision): DecisionOnVersion {
		const { doc } = this.#context;
		return {
			decision,
			version: decision.versionId ? getVersion(doc, decision.versionId) : null,
			amendment: decision.amendmentId ? getAmendment(doc, decision.amendmentId) : null
		};
	}

	/** How many members may answer (everyone but observers). */
	eligibleCount(): number {
		return eligibleMembers(this.#context.doc).length;
	}

	/** The largest quorum a decision may ask for: how many may answer (at least one). */
	largestQuorum(): number {
		return largestQuorum(this.eligibleCount());
	}

	/** The record of a decision (question, rule, answers, outcome) as blocks to show or export. */
	record(decision: Decision, version: Version | null, labels: DecisionRecordLabels): Block[] {
		return decisionRecordBlocks(decision, version, labels);
	}

	/** Sets the date by which the group means to revisit a decision's outcome; null clears it. */
	setReview(id: DecisionId, date: IsoDate | null): boolean {
		return setDecisionReview(this.#context.doc, id, date);
	}

	/** Who of `members` has answered a decision, and who may answer and has not yet. */
	roll(decision: Decision, members: readonly Member[]): AnswerRoll {
		const answering = members.filter((member) => answersDecisions(member.role));
		return {
			answered: answering.flatMap((member) => {
				const given = decision.answers[member.id];
				return given ? [{ member, given }] : [];
			}),
			waiting: answering.filter((member) => takesPart(member) && !decision.answers[member.id])
		};
	}

	/** What is wrong with a decision as set up to be opened now, or null when it can be. */
	problemWith(init: DecisionInit): DecisionInitProblem | null {
		const { version } = init;
		if (typeof version !== 'string' && 'amendment' in version) {
			const { doc } = this.#context;
			const amendment = getAmendment(doc, version.amendment);
			const deciding = listDecisions(doc).some(
				(d) => d.amendmentId === version.amendment && !d.outcome
			);
			if (!amendment || amendment.outcome || deciding) return 'amendment-ended';
		}
		return decisionInitProblem(init, {
			now: this.#context.clock.now(),
			eligible: this.eligibleCount()
		});
	}

	/**
	 * Opens a decision on a named version, on the current text saved as a new version (both one
	 * change, so a failure leaves no stray version behind), or on an open amendment. Throws a
	 * `DecisionInitError` for a decision that cannot be opened as given (`problemWith`).
	 */
	openDecision(documentId: DocumentId, init: DecisionInit): DecisionId {
		const { doc, clock, me } = this.#context;
		const { version, ...rest } = init;
		// Checked before anything is written: Yjs cannot take back half a change.
		const problem = this.problemWith(init);
		if (problem) throw new DecisionInitError(problem);
		let id: DecisionId | undefined;
		const opened = { ...rest, documentId, openedBy: me(), now: clock.now() };
		doc.transact(() => {
			if (typeof version !== 'string' && 'amendment' in version) {
				id = openDecision(doc, { ...opened, amendmentId: version.amendment });
				return;
			}
			const versionId =
				typeof version === 'string' ? version : this.saveVersion(documentId, version.newName);
			id = openDecision(doc, { ...opened, versionId });
		});
		return id!;
	}

	/** Gives or changes this person's answer; false once the decision has closed. */
	answer(id: DecisionId, answer: AnswerKind, reason: string): boolean {
		const { doc, clock, me } = this.#context;
		return answerDecision(doc, id, { member: me(), answer, reason, now: clock.now() });
	}

	/** Closes a decision now (a facilitator's choice), recording its outcome. */
	close(id: DecisionId): boolean {
		const { doc, clock, me } = this.#context;
		return closeDecision(doc, id, { by: me(), because: 'closed-by-facilitator', now: clock.now() });
	}
}
