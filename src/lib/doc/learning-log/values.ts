import type { CommitmentId } from '../commitments/types';
import type { DecisionId } from '../decisions';
import { isWellFormedId } from '../ids';
import { LOG_TAGS, type LogTag } from './types';

/*
 * The values an entry is made of, read from anywhere (a peer, a file, a form): each reader
 * returns the value made safe, or null for what is not one.
 */

/** A tag Concord knows, or null. */
export function asLogTag(value: unknown): LogTag | null {
	return LOG_TAGS.includes(value as LogTag) ? (value as LogTag) : null;
}

/** The known tags among `values`, once each, in the order of `LOG_TAGS`. */
export function cleanTags(values: readonly unknown[]): LogTag[] {
	return LOG_TAGS.filter((tag) => values.includes(tag));
}

/** A commitment id of the right shape, or null. */
export function asCommitmentLink(value: unknown): CommitmentId | null {
	return isWellFormedId(value) ? (value as CommitmentId) : null;
}

/** A decision id of the right shape, or null. */
export function asDecisionLink(value: unknown): DecisionId | null {
	return isWellFormedId(value) ? (value as DecisionId) : null;
}
