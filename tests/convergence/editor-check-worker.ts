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
const result = checkEditor(seed, sequences, length);
// The check of the check: a campaign copy that writes the same text otherwise must be noticed.
const tampered = checkEditor(seed, 1, 3, true);
parentPort!.postMessage({ result, noticesTampering: tampered.failure !== null });
