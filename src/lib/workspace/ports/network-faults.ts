/*
 * What an in-memory network of copies does wrong on purpose, the count of what it did, and the
 * check it makes of what it carries.
 */
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { checkUpdate } from '../../doc';

/** The randomness a network's faults are drawn from (seeded, so that a run replays). */
export interface NetworkRandom {
	/** An integer from `min` to `max`, both included. */
	int(min: number, max: number): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
}

/**
 * The share of delivered changes that also go through the guard the app puts before every peer's
 * update (`checkUpdate`); a genuine update, however late or repeated, must never be refused.
 */
export const CHECK_SHARE = 0.1;

/** Throws if the app's update guard refuses an update message the network carries. */
export function checkGenuineMessage(bytes: Uint8Array): void {
	const decoder = decoding.createDecoder(bytes);
	if (decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep1) return;
	const verdict = checkUpdate(decoding.readVarUint8Array(decoder), 'v1');
	if (!verdict.ok)
		throw new Error(
			`The update guard refused a genuine update: ${verdict.reason} (${verdict.detail})`
		);
}

/** How badly the network behaves in one scenario. */
export interface Faults {
	/** Probability that a message is lost. */
	drop: number;
	/** Probability that a message arrives twice. */
	duplicate: number;
	/** A message arrives after 0 to `maxDelay` ticks; messages overtake each other. */
	maxDelay: number;
}

/** What the network did, added up over a scenario (and over a whole run). */
export interface NetworkStats {
	sent: number;
	delivered: number;
	dropped: number;
	duplicated: number;
	/** Messages delivered before one sent earlier on the same link. */
	reordered: number;
	/** Messages lost because the two copies were partitioned apart when they were sent or due. */
	partitioned: number;
}

/** A fresh, all-zero `NetworkStats`. */
export function emptyStats(): NetworkStats {
	return { sent: 0, delivered: 0, dropped: 0, duplicated: 0, reordered: 0, partitioned: 0 };
}
