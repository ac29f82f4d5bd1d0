import type { Branded, DocumentId, MemberId } from '../ids';
import type { IsoDate } from '../dates';

/** Identifies one commitment. */
export type CommitmentId = Branded<'CommitmentId'>;

/** Identifies one check-in on a commitment. */
export type CheckInId = Branded<'CheckInId'>;

/** Where a commitment stands, in the words groups use at their check-ins. */
export const COMMITMENT_STATUSES = [
	'not-started',
	'on-track',
	'at-risk',
	'off-track',
	'done',
	'dropped'
] as const;

/** One of `COMMITMENT_STATUSES`. */
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Someone who keeps a commitment, or to whom one is owed: a member, or an organisation. */
export type Party = { kind: 'member'; id: MemberId } | { kind: 'organisation'; name: string };

/** To whom a commitment is owed. */
export type OwedTo = { kind: 'group' } | { kind: 'communities' } | Party;

/** The passage a commitment comes from: positions that move with the text, and its words then. */
export interface CommitmentSource {
	documentId: DocumentId;
	/** Encoded Yjs relative positions in the document's text. */
	start: Uint8Array;
	end: Uint8Array;
	/** The passage's words when the commitment was made (shown once it is removed). */
	quote: string;
}

/** The step towards improvement of a feedback round that a commitment was made from. */
export interface RoundStepLink {
	roundId: string;
	stepId: string;
}

/** A dated entry on a commitment: where it stood, what happened, and what shows it. */
export interface CheckIn {
	id: CheckInId;
	by: MemberId;
	at: number;
	/** The status it reported, or null for a note that leaves the status as it was. */
	status: CommitmentStatus | null;
	narrative: string;
	/** An http or https link to what shows the progress, or null. */
	evidence: string | null;
	editedAt: number | null;
}

/** A status given to a commitment at a moment (set by a member, or reported in a check-in). */
export interface StatusGiven {
	status: CommitmentStatus;
	at: number;
	/** Which entry gave it (a check-in's id for a check-in), so that order is the same everywhere. */
	id: string;
}

/** One commitment, as every copy reads it. */
export interface Commitment {
	id: CommitmentId;
	title: string;
	description: string;
	owners: Party[];
	owedTo: OwedTo;
	startOn: IsoDate | null;
	dueOn: IsoDate | null;
	reviewOn: IsoDate | null;
	/** Where it stands now: the latest of its status as set and its check-ins' statuses. */
	status: CommitmentStatus;
	/** When that status was given (0 for a commitment that was never given one). */
	statusAt: number;
	/** Every status it was given, oldest first. */
	statuses: StatusGiven[];
	progress: number | null;
	source: CommitmentSource | null;
	/** The feedback round step it answers, or null. */
	fromRound: RoundStepLink | null;
	createdBy: MemberId | null;
	createdAt: number;
	/** Oldest first. */
	checkIns: CheckIn[];
}

/** What a commitment is made with; the rest takes its default. */
export interface CommitmentInit {
	title: string;
	description?: string;
	owners: Party[];
	owedTo?: OwedTo;
	startOn?: IsoDate | null;
	dueOn?: IsoDate | null;
	reviewOn?: IsoDate | null;
	status?: CommitmentStatus;
	progress?: number | null;
	source?: CommitmentSource | null;
	fromRound?: RoundStepLink | null;
}

/** The longest title, description, narrative and link accepted, in characters. */
export const COMMITMENT_LIMITS = {
	title: 200,
	description: 4000,
	narrative: 4000,
	evidence: 2000,
	quote: 500,
	owners: 20
} as const;
