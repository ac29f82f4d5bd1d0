import type { Migration } from './migration';

/**
 * Schema version 4 to 5: comment threads, whose passages are marked in a document's text by keys
 * of their own (`comment:<id>`). Nothing written before holds such keys, so nothing changes; the
 * version is raised so that a build without threads, which would let a mark run on over text
 * typed beside it, takes the path of a workspace written by a newer version.
 */
export const commentMarks: Migration = {
	to: 5,
	what: 'comment threads mark their passages in the text',
	run() {}
};
