import { createSubscriber } from 'svelte/reactivity';
import {
	dueState,
	isCheckInDue,
	keeps,
	type Commitment,
	type CommentThread,
	type Decision,
	type DocumentSummary,
	type DueState,
	type IsoDate,
	type Member,
	type Workspace
} from '../workspace';
import { reactiveToday } from './today';

/** A commitment of this person's that needs them: due, overdue, or due a check-in. */
export interface CommitmentNeed {
	commitment: Commitment;
	due: DueState;
	checkInDue: boolean;
}

/**
 * What needs this member's attention in a workspace, for its overview: open decisions waiting
 * for their answer, their commitments due, overdue or due a check-in, and documents and
 * decisions due for review, replies to their comments. (What changed while they were away is
 * the session's.)
 */
export class Overview {
	readonly #workspace: Workspace;
	readonly #today: () => IsoDate;
	readonly #members: () => readonly Member[];
	readonly #changed: () => void;

	constructor(workspace: Workspace, members: () => readonly Member[]) {
		this.#workspace = workspace;
		this.#today = reactiveToday(workspace);
		this.#members = members;
		this.#changed = createSubscriber((update) => {
			const stops = [
				workspace.commitments.observe(update),
				workspace.decisions.observe(update),
				workspace.documents.observe(update),
				workspace.settings.observe(update),
				workspace.comments.observe(update)
			];
			return () => stops.forEach((stop) => stop());
		});
	}

	/** Open decisions this person may answer and has not yet. */
	get decisionsWaiting(): Decision[] {
		this.#changed();
		const members = this.#members();
		const me = this.#workspace.members.me;
		if (!this.#workspace.members.mayAnswer(members)) return [];
		return this.#workspace.decisions
			.all()
			.filter((d) => !d.outcome && !d.answers[me])
			.sort((a, b) => a.closesAt - b.closesAt);
	}

	/** This person's open commitments that are due within a week, overdue, or due a check-in. */
	get commitments(): CommitmentNeed[] {
		this.#changed();
		const mine = this.#members().find((m) => m.id === this.#workspace.members.me);
		if (!mine) return [];
		const today = this.#today();
		const interval = this.#workspace.settings.read().checkInDays;
		return this.#workspace.commitments
			.list()
			.filter((c) => keeps(c, mine))
			.map((commitment) => ({
				commitment,
				due: dueState(commitment, today),
				checkInDue: isCheckInDue(commitment, today, interval)
			}))
			.filter((n) => ['overdue', 'due-today', 'due-soon'].includes(n.due.kind) || n.checkInDue)
			.sort((a, b) => (a.commitment.dueOn ?? '9999').localeCompare(b.commitment.dueOn ?? '9999'));
	}

	/** Documents whose review date has come. */
	get documentsToReview(): DocumentSummary[] {
		this.#changed();
		const today = this.#today();
		return this.#workspace.documents
			.list()
			.filter((d) => d.reviewOn !== null && d.reviewOn <= today);
	}

	/** Closed decisions whose outcome's review date has come. */
	get decisionsToReview(): Decision[] {
		this.#changed();
		const today = this.#today();
		return this.#workspace.decisions
			.all()
			.filter((d) => d.outcome && d.reviewOn !== null && d.reviewOn <= today);
	}

	/** Open comment threads where others replied after this person's last message. */
	get replies(): CommentThread[] {
		this.#changed();
		return this.#workspace.comments.awaitingReply();
	}

	/** Whether nothing at all needs this person. */
	get calm(): boolean {
		return (
			this.decisionsWaiting.length === 0 &&
			this.commitments.length === 0 &&
			this.documentsToReview.length === 0 &&
			this.decisionsToReview.length === 0 &&
			this.replies.length === 0
		);
	}
}
