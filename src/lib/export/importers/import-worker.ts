/// <reference lib="webworker" />
/**
 * A worker for the slow, CPU-bound part of importing a Word file (to HTML), so that a large file
 * never freezes the page. Messages: in `{ id, kind: 'docx', bytes }`; out `{ id, html }` or
 * `{ id, problem }`. (Markdown stays on the page: its parser needs the DOM to decode entities.)
 */
import { docxToHtml } from './docx';
import { ImportError } from './errors';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ id: number; kind: 'docx'; bytes: Uint8Array }>) => {
	const { id, bytes } = event.data;
	try {
		scope.postMessage({ id, html: await docxToHtml(bytes) });
	} catch (error) {
		scope.postMessage({ id, problem: error instanceof ImportError ? error.problem : 'unreadable' });
	}
};
