import { isWellFormedId, type DocumentId, type MemberId } from '../ids';
import { cleanLine } from '../meta';
import { cleanOrganisation } from '../members';
import {
	COMMITMENT_LIMITS,
	COMMITMENT_STATUSES,
	type CommitmentSource,
	type CommitmentStatus,
	type OwedTo,
	type Party,
	type RoundStepLink
} from './types';

/*
 * The values a commitment and its check-ins are made of, read from anywhere (a peer, a file, a
 * form): each reader returns the value made safe, or null for what is not one.
 */

/** A status Concord knows, or null. */
export function asStatus(value: unknown): CommitmentStatus | null {
	return COMMITMENT_STATUSES.includes(value as CommitmentStatus)
		? (value as CommitmentStatus)
		: null;
}

/** An http or https address (the only links a check-in may carry), or null. */
export function asEvidenceLink(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const trimmed = value.trim();
	if (trimmed.length === 0 || trimmed.length > COMMITMENT_LIMITS.evidence) return null;
	try {
		const url = new URL(trimmed);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

/** A whole percentage from 0 to 100, or null. */
export function asProgress(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value)
		? Math.min(100, Math.max(0, Math.round(value)))
		: null;
}

/** A party (a member by a well-formed id, or an organisation by a name), or null. */
export function asParty(value: unknown): Party | null {
	if (typeof value !== 'object' || value === null) return null;
	const { kind, id, name } = value as Record<string, unknown>;
	if (kind === 'member' && isWellFormedId(id)) return { kind, id: id as MemberId };
	if (kind === 'organisation') {
		const clean = cleanOrganisation(name);
		return clean === null ? null : { kind, name: clean };
	}
	return null;
}

/** To whom a commitment is owed; the group when it says nothing Concord can read. */
export function asOwedTo(value: unknown): OwedTo {
	if (typeof value === 'object' && value !== null) {
		const kind = (value as Record<string, unknown>).kind;
		if (kind === 'group' || kind === 'communities') return { kind };
	}
	return asParty(value) ?? { kind: 'group' };
}

/** The passage a commitment comes from, or null when the value is not one. */
export function asSource(value: unknown): CommitmentSource | null {
	if (typeof value !== 'object' || value === null) return null;
	const { documentId, start, end, quote } = value as Record<string, unknown>;
	if (!isWellFormedId(documentId) || !(start instanceof Uint8Array)) return null;
	if (!(end instanceof Uint8Array) || start.length > 256 || end.length > 256) return null;
	return {
		documentId: documentId as DocumentId,
		start,
		end,
		quote: cleanLine(quote, COMMITMENT_LIMITS.quote) ?? ''
	};
}

/** A link to a feedback round's step, or null. */
export function asRoundStepLink(value: unknown): RoundStepLink | null {
	if (typeof value !== 'object' || value === null) return null;
	const { roundId, stepId } = value as Record<string, unknown>;
	return isWellFormedId(roundId) && isWellFormedId(stepId) ? { roundId, stepId } : null;
}
