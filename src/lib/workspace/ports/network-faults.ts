/* What an in-memory network of copies does wrong on purpose, and the count of what it did. */

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
