import { createSubscriber } from 'svelte/reactivity';
import {
	dueState,
	isCheckInDue,
	isClosed,
	keeps,
	organisationKey,
	type Commitment,
	type CommitmentStatus,
	type IsoDate,
	type Member,
	type MemberId,
	type Workspace
} from '../workspace';
import { CHOICES } from './limits';
import { reactiveToday } from './today';

/** How the Commitments page shows them: as a list, or as a board with a column per status. */
export type CommitmentLayout = 'list' | 'board';

/** The filters of the Commitments page; an empty string means "any". */
export interface CommitmentFilters {
	owner: MemberId | '';
	organisation: string;
	status: CommitmentStatus | '';
	overdue: boolean;
	checkInDue: boolean;
}

/** A commitment as a row of the page: with how it stands today. */
export interface CommitmentRow {
	commitment: Commitment;
	due: ReturnType<typeof dueState>;
	checkInDue: boolean;
}

const NO_FILTERS: CommitmentFilters = {
	owner: '',
	organisation: '',
	status: '',
	overdue: false,
	checkInDue: false
};

/**
 * The group's commitments as the Commitments page shows them: filtered by owner, organisation,
 * status, overdue or due a check-in, sorted by due date (undated last), as a list or a board.
 */
export class CommitmentList {
	readonly #workspace: Workspace;
	readonly #today: () => IsoDate;
	readonly #members: () => readonly Member[];
	readonly #changed: () => void;
	layout = $state<CommitmentLayout>('list');
	filters = $state<CommitmentFilters>({ ...NO_FILTERS });
	readonly #settingsChanged: () => void;

	readonly #all = $derived.by(() => {
		this.#changed();
		return this.#workspace.commitments.list();
	});

	constructor(workspace: Workspace, members: () => readonly Member[]) {
		this.#workspace = workspace;
		this.#today = reactiveToday(workspace);
		this.#members = members;
		this.#changed = createSubscriber((update) => workspace.commitments.observe(update));
		this.#settingsChanged = createSubscriber((update) => workspace.settings.observe(update));
	}

	/** How many days a commitment may go without a check-in, as the group's settings say. */
	readonly interval: number = $derived.by(() => {
		this.#settingsChanged();
		return this.#workspace.settings.read().checkInDays;
	});

	/** Today's date where this person is. */
	get today(): IsoDate {
		return this.#today();
	}

	/** Every commitment, with how it stands today, soonest due first. */
	readonly all: CommitmentRow[] = $derived.by(() => {
		const today = this.today;
		const interval = this.interval;
		return this.#all
			.map((commitment) => ({
				commitment,
				due: dueState(commitment, today),
				checkInDue: isCheckInDue(commitment, today, interval)
			}))
			.sort(byDueDate);
	});

	/** The commitments the filters let through, soonest due first. */
	readonly rows: CommitmentRow[] = $derived.by(() => {
		const { owner, organisation, status, overdue, checkInDue } = this.filters;
		const members = this.#members();
		const ownerMember = members.find((m) => m.id === owner);
		return this.all.filter(
			(row) =>
				(!ownerMember || keeps(row.commitment, ownerMember)) &&
				(organisation === '' || this.#ofOrganisation(row.commitment, organisation, members)) &&
				(status === '' || row.commitment.status === status) &&
				(!overdue || row.due.kind === 'overdue') &&
				(!checkInDue || row.checkInDue)
		);
	});

	/** The filtered commitments in a column per status, for the board. */
	readonly columns: { status: CommitmentStatus; rows: CommitmentRow[] }[] = $derived.by(() => {
		const rows = this.rows;
		return CHOICES.statuses.map((status) => ({
			status,
			rows: rows.filter((row) => row.commitment.status === status)
		}));
	});

	/** Whether any filter is set. */
	readonly filtered: boolean = $derived.by(() => {
		return JSON.stringify(this.filters) !== JSON.stringify(NO_FILTERS);
	});

	/** Clears every filter. */
	clearFilters(): void {
		this.filters = { ...NO_FILTERS };
	}

	/** The organisations the filter offers. */
	readonly organisations: string[] = $derived.by(() => {
		return this.#workspace.commitments.organisations(this.#members());
	});

	/** How many open commitments are overdue, and how many are due a check-in. */
	readonly counts: { total: number; open: number; overdue: number; checkInDue: number } =
		$derived.by(() => {
			const all = this.all;
			return {
				total: all.length,
				open: all.filter((row) => !isClosed(row.commitment)).length,
				overdue: all.filter((row) => row.due.kind === 'overdue').length,
				checkInDue: all.filter((row) => row.checkInDue).length
			};
		});

	#ofOrganisation(commitment: Commitment, organisation: string, members: readonly Member[]) {
		const key = organisationKey(organisation);
		const of = (name: string | null | undefined) => !!name && organisationKey(name) === key;
		return commitment.owners.some((owner) =>
			owner.kind === 'organisation'
				? of(owner.name)
				: of(members.find((m) => m.id === owner.id)?.organisation)
		);
	}
}

function byDueDate(a: CommitmentRow, b: CommitmentRow): number {
	const x = a.commitment.dueOn;
	const y = b.commitment.dueOn;
	if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
	return a.commitment.createdAt - b.commitment.createdAt;
}
