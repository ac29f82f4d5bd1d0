/**
 * The thread of the editor check (`model-check.ts`): it needs a DOM for the real editor, so it
 * installs jsdom's globals in this thread only, runs the check and its own check, and reports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { installDom } from '../support/dom';

installDom();
const { checkEditor } = await import('./model-check');
const { seed, sequences, length } = workerData as {
	seed: number;
	sequences: number;
	length: number;
};
/**
 * Sequences that once failed, run every time: 615130867 deletes up to the end of a link, which
 * Yjs's own delete (from a search marker) turned into a link running on over the next lines;
 * 369304874 types at the start of an autolinked `https://我们一起做决定.ca`, which the campaign's
 * editor (its document rebuilt from the text) showed in punycode and so began a second link.
 */
const KNOWN = [615130867, 369304874];

let result = checkEditor(seed, sequences, length);
for (const known of KNOWN) {
	if (result.failure) break;
	const again = checkEditor(known, 1, length);
	result = {
		...result,
		sequences: result.sequences + again.sequences,
		edits: result.edits + again.edits,
		hiddenDifferences: result.hiddenDifferences + again.hiddenDifferences,
		failure: again.failure,
		ms: result.ms + again.ms
	};
}
// The check of the check: a campaign copy that writes the same text otherwise must be noticed.
const tampered = checkEditor(seed, 1, 3, true);
parentPort!.postMessage({ result, noticesTampering: tampered.failure !== null });
