/** Entries already reported, so that a damaged entry is warned about once, not on every read. */
const reported = new Set<string>();

/**
 * Warns (once per entry) that a synced entry breaking the workspace schema is being ignored: it is
 * valid Yjs from a peer or a file, but not something Concord wrote, so the UI leaves it out.
 */
export function warnIgnored(what: string, id: string, why: string): void {
	const key = `${what}\u0000${id}\u0000${why}`;
	if (reported.has(key)) return;
	if (reported.size > 1000) reported.clear();
	reported.add(key);
	console.warn(`Concord: ignored ${what} ${JSON.stringify(id.slice(0, 40))}: ${why}`);
}
