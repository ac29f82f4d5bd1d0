import { createSubscriber } from 'svelte/reactivity';
import {
	CommitmentRefusedError,
	dueState,
	isCheckInDue,
	type CheckIn,
	type Commitment,
	type CommitmentId,
	type CommitmentStatus,
	type IsoDate,
	type Member,
	type ResolvedPassage,
	type Workspace
} from '../workspace';
import { CheckInForm } from './check-in-form.svelte';
import { CommitmentForm } from './commitment-form.svelte';
import { reactiveToday } from './today';

/** Where a commitment's passage stands: none, found where it is now, or removed from the text. */
export type PassageState =
	| { kind: 'none' }
	| { kind: 'found'; passage: ResolvedPassage }
	| { kind: 'removed'; quote: string };

/**
 * One commitment as its page shows it: its fields, how it stands today, its passage, its
 * timeline of check-ins, and what this person may do with it, kept in step with every copy.
 */
export class CommitmentView {
	readonly #workspace: Workspace;
	readonly #today: () => IsoDate;
	readonly #members: () => readonly Member[];
	readonly #changed: () => void;
	readonly #readOnly: () => boolean;
	readonly id: CommitmentId;
	/** The form that adds a check-in (or rewrites this person's own). */
	readonly checkInForm: CheckInForm;
	/** The form that changes the commitment. */
	readonly editForm: CommitmentForm;

	readonly #commitment = $derived.by(() => {
		this.#changed();
		return this.#workspace.commitments.get(this.id);
	});

	constructor(
		workspace: Workspace,
		id: CommitmentId,
		members: () => readonly Member[],
		readOnly: () => boolean
	) {
		this.#workspace = workspace;
		this.#today = reactiveToday(workspace);
		this.#members = members;
		this.#readOnly = readOnly;
		this.id = id;
		this.#changed = createSubscriber((update) => {
			// The passage is looked up again as its document's text changes, here or on a peer.
			const source = workspace.commitments.get(id)?.source;
			const stops = [
				workspace.commitments.observe(update),
				workspace.documents.observe(update),
				workspace.settings.observe(update),
				source ? workspace.documents.observeText(source.documentId, update) : () => {}
			];
			return () => stops.forEach((stop) => stop());
		});
		this.checkInForm = new CheckInForm(workspace, id);
		this.editForm = new CommitmentForm(workspace);
	}

	/** The commitment, or null once it is deleted (or for an id no copy has). */
	get commitment(): Commitment | null {
		return this.#commitment;
	}

	/** How it stands against its due date today. */
	get due() {
		const commitment = this.#commitment;
		return commitment ? dueState(commitment, this.#today()) : null;
	}

	/** Whether a check-in is due (none within the group's interval). */
	get checkInDue(): boolean {
		const commitment = this.#commitment;
		const interval = this.#workspace.settings.read().checkInDays;
		return !!commitment && isCheckInDue(commitment, this.#today(), interval);
	}

	/** Where its passage is now. */
	get passage(): PassageState {
		const commitment = this.#commitment;
		if (!commitment?.source) return { kind: 'none' };
		const passage = this.#workspace.commitments.passage(commitment);
		return passage
			? { kind: 'found', passage }
			: { kind: 'removed', quote: commitment.source.quote };
	}

	/** Whether this person may change it. */
	get mayEdit(): boolean {
		void this.#members();
		const commitment = this.#commitment;
		return !!commitment && !this.#readOnly() && this.#workspace.commitments.mayEdit(commitment);
	}

	/** Whether this person may check in on it. */
	get mayCheckIn(): boolean {
		void this.#members();
		return !!this.#commitment && !this.#readOnly() && this.#workspace.commitments.mayTakePart;
	}

	/** Whether this person may still rewrite `checkIn`. */
	mayEditCheckIn(checkIn: CheckIn): boolean {
		return !this.#readOnly() && this.#workspace.commitments.mayEditCheckIn(checkIn);
	}

	/** Sets where it stands now; false when it was refused (this person may no longer change it). */
	setStatus(status: CommitmentStatus): boolean {
		return this.#attempt(() => this.#workspace.commitments.setStatus(this.id, status));
	}

	/** Detaches it from its passage; false when refused. */
	unlink(): boolean {
		return this.#attempt(() => this.#workspace.commitments.unlink(this.id));
	}

	/** Deletes it, with its check-ins; false when refused. */
	remove(): boolean {
		return this.#attempt(() => this.#workspace.commitments.remove(this.id));
	}

	#attempt(change: () => void): boolean {
		if (this.#readOnly()) return false;
		try {
			change();
			return true;
		} catch (error) {
			if (error instanceof CommitmentRefusedError) return false;
			throw error;
		}
	}
}
