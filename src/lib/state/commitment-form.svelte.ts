import {
	asIsoDate,
	CommitmentInputError,
	CommitmentRefusedError,
	organisationKey,
	RoundRefusedError,
	type ImprovementStep,
	type RoundId,
	type StepId,
	type Commitment,
	type CommitmentId,
	type CommitmentChange,
	type CommitmentInit,
	type CommitmentSource,
	type CommitmentStatus,
	type DocumentId,
	type Member,
	type MemberId,
	type OwedTo,
	type Party,
	type Workspace
} from '../workspace';

/** Why the form did not keep the commitment. */
export type CommitmentFormProblem =
	| 'title-missing'
	| 'owners-missing'
	| 'due-before-start'
	| 'not-allowed'
	| 'no-passage'
	| { failed: string };

/** The passage of a document a new commitment comes from, anchored when it was selected. */
export interface PassageChoice {
	documentId: DocumentId;
	quote: string;
	source: CommitmentSource;
}

/** The "owed to" choice as a select's value: `group`, `communities`, `member:<id>`, `organisation:<name>`. */
function owedToValue(owedTo: OwedTo): string {
	if (owedTo.kind === 'member') return `member:${owedTo.id}`;
	if (owedTo.kind === 'organisation') return `organisation:${owedTo.name}`;
	return owedTo.kind;
}

function owedToOf(value: string): OwedTo {
	if (value.startsWith('member:')) return { kind: 'member', id: value.slice(7) as MemberId };
	if (value.startsWith('organisation:')) return { kind: 'organisation', name: value.slice(13) };
	return { kind: value === 'communities' ? 'communities' : 'group' };
}

/**
 * The form that makes a commitment or changes one, as fields: title, description, owners
 * (members and organisations), to whom it is owed, dates, status and progress. `submit` checks it
 * as the workspace will and writes it; a refused form changes nothing.
 */
export class CommitmentForm {
	readonly #workspace: Workspace;
	#editing: CommitmentId | null = null;
	/** What the form held when it was filled from the commitment, to send only what changed. */
	#initial: CommitmentInit | null = null;
	title = $state('');
	description = $state('');
	ownerMembers = $state<MemberId[]>([]);
	ownerOrganisations = $state<string[]>([]);
	owedTo = $state('group');
	/** Dates as `<input type="date">` gives them: `YYYY-MM-DD`, or '' for none. */
	startOn = $state('');
	dueOn = $state('');
	reviewOn = $state('');
	status = $state<CommitmentStatus>('not-started');
	/** The progress field as the browser gives it: a number, or null (or '') when emptied. */
	progress = $state<number | string | null>(null);
	passage = $state<PassageChoice | null>(null);
	/** The feedback round's step a new commitment answers, or null. */
	#fromStep: { roundId: RoundId; stepId: StepId } | null = null;

	constructor(workspace: Workspace) {
		this.#workspace = workspace;
	}

	/** The members who may own commitments: members and facilitators still part of the group. */
	get possibleOwners(): Member[] {
		return this.#workspace.commitments.possibleOwners();
	}

	/** The organisations the group has named, and those chosen here that it has not yet. */
	get organisations(): string[] {
		const known = this.#workspace.commitments.organisations();
		const extra = this.ownerOrganisations.filter(
			(name) => !known.some((k) => organisationKey(k) === organisationKey(name))
		);
		return [...known, ...extra];
	}

	/** Adds an organisation as an owner (typed by hand); false for a blank name. */
	addOrganisation(name: string): boolean {
		const clean = name.replace(/\s+/g, ' ').trim();
		if (clean === '') return false;
		const known = this.organisations.find((k) => organisationKey(k) === organisationKey(clean));
		const chosen = known ?? clean;
		if (!this.ownerOrganisations.includes(chosen))
			this.ownerOrganisations = [...this.ownerOrganisations, chosen];
		return true;
	}

	/** Whether the form changes an existing commitment. */
	get editing(): boolean {
		return this.#editing !== null;
	}

	/** Starts a new commitment (from `passage` when given), kept by this person when they may keep one. */
	startNew(passage: PassageChoice | null = null): void {
		this.#editing = null;
		const me = this.#workspace.members.me;
		const mayOwn = this.#workspace.commitments.possibleOwners().some((m) => m.id === me);
		this.title = passage ? passage.quote.slice(0, 200) : '';
		this.description = '';
		this.ownerMembers = mayOwn ? [me] : [];
		this.ownerOrganisations = [];
		this.owedTo = 'group';
		this.startOn = this.#workspace.commitments.today();
		this.dueOn = '';
		this.reviewOn = '';
		this.status = 'not-started';
		this.progress = null;
		this.passage = passage;
		this.#fromStep = null;
	}

	/** Starts a commitment that answers a feedback round's step towards improvement. */
	startFromStep(roundId: RoundId, step: ImprovementStep): void {
		this.startNew(null);
		const [first = '', ...rest] = step.text.split('\n');
		this.title = first.slice(0, 200);
		this.description = rest.join('\n').trim();
		this.#fromStep = { roundId, stepId: step.id };
	}

	/** Fills the form from a commitment, to change it. */
	startEdit(commitment: Commitment): void {
		this.#editing = commitment.id;
		this.title = commitment.title;
		this.description = commitment.description;
		this.ownerMembers = commitment.owners.flatMap((o) => (o.kind === 'member' ? [o.id] : []));
		this.ownerOrganisations = commitment.owners.flatMap((o) =>
			o.kind === 'organisation' ? [o.name] : []
		);
		this.owedTo = owedToValue(commitment.owedTo);
		this.startOn = commitment.startOn ?? '';
		this.dueOn = commitment.dueOn ?? '';
		this.reviewOn = commitment.reviewOn ?? '';
		this.status = commitment.status;
		this.progress = commitment.progress;
		this.passage = null;
		this.#fromStep = null;
		this.#initial = this.#init();
	}

	/** The value of the "owed to" choice for a party. */
	static owedToValue = owedToValue;

	#init(): CommitmentInit {
		const owners: Party[] = [
			...this.ownerMembers.map((id) => ({ kind: 'member' as const, id })),
			...this.ownerOrganisations.map((name) => ({ kind: 'organisation' as const, name }))
		];
		const progress =
			typeof this.progress === 'number' && Number.isFinite(this.progress) ? this.progress : null;
		return {
			title: this.title,
			description: this.description,
			owners,
			owedTo: owedToOf(this.owedTo),
			startOn: asIsoDate(this.startOn),
			dueOn: asIsoDate(this.dueOn),
			reviewOn: asIsoDate(this.reviewOn),
			status: this.status,
			progress
		};
	}

	/** What is wrong with the form as it stands, or null. */
	get problem(): CommitmentFormProblem | null {
		const init = this.#init();
		if (init.title.trim() === '') return 'title-missing';
		if (init.owners.length === 0) return 'owners-missing';
		if (init.startOn && init.dueOn && init.dueOn < init.startOn) return 'due-before-start';
		return null;
	}

	/** Writes the commitment; returns its id, or why it was not written. */
	submit(): { id: CommitmentId } | { problem: CommitmentFormProblem } {
		const problem = this.problem;
		if (problem) return { problem };
		const init = this.#init();
		const commitments = this.#workspace.commitments;
		try {
			if (this.#editing) {
				// Only what this person changed is written: what others changed meanwhile stays.
				const id = this.#editing;
				const initial: Partial<CommitmentInit> = this.#initial ?? {};
				const { status, ...fields } = init;
				const change: CommitmentChange = {};
				for (const [key, value] of Object.entries(fields))
					if (JSON.stringify(value) !== JSON.stringify(initial[key as keyof CommitmentInit]))
						Object.assign(change, { [key]: value });
				if (Object.keys(change).length > 0) commitments.update(id, change);
				if (status && status !== initial.status) commitments.setStatus(id, status);
				return { id };
			}
			if (this.#fromStep) {
				const { roundId, stepId } = this.#fromStep;
				return { id: this.#workspace.feedback.commit(roundId, stepId, init) };
			}
			const id = commitments.create({ ...init, source: this.passage?.source ?? null });
			return { id };
		} catch (error) {
			if (error instanceof CommitmentInputError)
				return { problem: error.field === 'title' ? 'title-missing' : 'owners-missing' };
			if (error instanceof CommitmentRefusedError || error instanceof RoundRefusedError)
				return {
					problem:
						error instanceof CommitmentRefusedError && error.why === 'no-passage'
							? 'no-passage'
							: 'not-allowed'
				};
			return { problem: { failed: error instanceof Error ? error.message : String(error) } };
		}
	}
}
