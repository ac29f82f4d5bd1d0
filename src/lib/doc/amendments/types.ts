import type { DecisionId } from '../decisions';
import type { AmendmentId, DocumentId, MemberId } from '../ids';

/** How an amendment ended: taken into the text, turned down, or taken back by its proposer. */
export type AmendmentResult = 'accepted' | 'rejected' | 'withdrawn';

/** The recorded end of an amendment: who ended it and when, and the decision that did, if any. */
export interface AmendmentOutcome {
	result: AmendmentResult;
	/** Null when a decision's outcome ended it (recorded by whichever copy saw it first). */
	by: MemberId | null;
	at: number;
	decisionId: DecisionId | null;
}

/** A member's view of an amendment. */
export interface AmendmentSupport {
	supports: boolean;
	at: number;
}

/** A change of a document's text proposed to the group, as every copy reads it. */
export interface Amendment {
	id: AmendmentId;
	documentId: DocumentId;
	/** The words of the passage the draft began on; empty for a whole document. */
	quote: string;
	rationale: string;
	/** The workspace's snapshot the draft started from (encoded). */
	base: Uint8Array;
	/** The change: a Yjs update (version 2) against `base`. */
	change: Uint8Array;
	proposedBy: MemberId;
	proposedAt: number;
	/** Members' views, by member id. */
	support: Record<string, AmendmentSupport>;
	outcome: AmendmentOutcome | null;
}

/** How long an amendment's texts may be, and how large its change. */
export const AMENDMENT_LIMITS = {
	rationale: 2000,
	quote: 300,
	/** A change larger than this (1 MiB) is refused: an amendment rewrites clauses, not archives. */
	changeBytes: 1024 * 1024,
	/** A base snapshot larger than this (8 MiB) is refused: a workspace's measures kilobytes. */
	baseBytes: 8 * 1024 * 1024
} as const;
