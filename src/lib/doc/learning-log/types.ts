import type { CommitmentId, CommitmentSource } from '../commitments/types';
import type { IsoDate } from '../dates';
import type { DecisionId } from '../decisions';
import type { Branded, MemberId } from '../ids';

/** Identifies one entry of the learning log. */
export type LogEntryId = Branded<'LogEntryId'>;

/** Identifies one comment on a learning-log entry. */
export type LogCommentId = Branded<'LogCommentId'>;

/** What kind of story an entry tells, as the group tags it. */
export const LOG_TAGS = ['challenge', 'failure', 'success', 'lesson'] as const;

/** One of `LOG_TAGS`. */
export type LogTag = (typeof LOG_TAGS)[number];

/** A comment another member left on an entry. */
export interface LogComment {
	id: LogCommentId;
	by: MemberId;
	at: number;
	text: string;
	editedAt: number | null;
}

/** One entry of the learning log, as every copy reads it. */
export interface LogEntry {
	id: LogEntryId;
	tried: string;
	happened: string;
	learned: string;
	/** In the order of `LOG_TAGS`. */
	tags: LogTag[];
	/** The day it is about. */
	on: IsoDate;
	commitmentId: CommitmentId | null;
	decisionId: DecisionId | null;
	/** The passage of a document it is about, positions relative to the text. */
	passage: CommitmentSource | null;
	/** Whether it may go outside the group (only those are exported). */
	shared: boolean;
	/** Who wrote it, or null for an entry written without a name shown. */
	by: MemberId | null;
	/** When it was written (0 for an unnamed entry, which keeps no time of its own). */
	createdAt: number;
	editedAt: number | null;
	/** Oldest first. */
	comments: LogComment[];
}

/** What an entry is written with (and what can change after). */
export interface LogEntryInit {
	tried: string;
	happened: string;
	learned: string;
	tags: readonly LogTag[];
	on: IsoDate;
	commitmentId?: CommitmentId | null;
	decisionId?: DecisionId | null;
	passage?: CommitmentSource | null;
	shared: boolean;
}

/** The longest texts an entry and a comment keep, in characters. */
export const LOG_LIMITS = {
	text: 4000,
	comment: 2000
} as const;
