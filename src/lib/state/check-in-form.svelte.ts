import {
	CommitmentRefusedError,
	type CheckIn,
	type CheckInId,
	type CommitmentId,
	type CommitmentStatus,
	type Workspace
} from '../workspace';

/** Why the form did not keep the check-in. */
export type CheckInFormProblem = 'empty' | 'bad-link' | 'not-allowed' | { failed: string };

/**
 * The form in which a member checks in on a commitment: where it stands now, what happened, and
 * an optional link to what shows it; or in which they rewrite their own check-in within a day.
 */
export class CheckInForm {
	readonly #workspace: Workspace;
	readonly #commitment: CommitmentId;
	#editing: CheckInId | null = null;
	/** The status it reports, or '' to leave the status as it is. */
	status = $state<CommitmentStatus | ''>('');
	narrative = $state('');
	evidence = $state('');

	constructor(workspace: Workspace, commitment: CommitmentId) {
		this.#workspace = workspace;
		this.#commitment = commitment;
	}

	/** Whether the form rewrites an existing check-in. */
	get editing(): boolean {
		return this.#editing !== null;
	}

	/** Starts a new check-in from the commitment's status as it stands. */
	startNew(status: CommitmentStatus | ''): void {
		this.#editing = null;
		this.status = status;
		this.narrative = '';
		this.evidence = '';
	}

	/** Fills the form from this person's own check-in, to rewrite it. */
	startEdit(checkIn: CheckIn): void {
		this.#editing = checkIn.id;
		this.status = checkIn.status ?? '';
		this.narrative = checkIn.narrative;
		this.evidence = checkIn.evidence ?? '';
	}

	/** Writes the check-in; null once it is kept, or why it was not. */
	submit(): CheckInFormProblem | null {
		if (this.narrative.trim() === '' && this.status === '') return 'empty';
		const init = {
			status: this.status === '' ? null : this.status,
			narrative: this.narrative,
			evidence: this.evidence.trim() === '' ? null : this.evidence.trim()
		};
		const commitments = this.#workspace.commitments;
		try {
			if (this.#editing) commitments.editCheckIn(this.#commitment, this.#editing, init);
			else commitments.checkIn(this.#commitment, init);
			return null;
		} catch (error) {
			if (error instanceof CommitmentRefusedError)
				return error.why === 'bad-link' ? 'bad-link' : 'not-allowed';
			return { failed: error instanceof Error ? error.message : String(error) };
		}
	}
}
