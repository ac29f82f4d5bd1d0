/// <reference lib="webworker" />
/**
 * A worker that converts Word files to HTML off the page's main thread, so importing a large file
 * never freezes the page. Messages: in `{ id, bytes }`, out `{ id, html }` or `{ id, problem }`.
 */
import { docxToHtml } from './import-docx';
import { ImportError } from './import-errors';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ id: number; bytes: Uint8Array }>) => {
	const { id, bytes } = event.data;
	try {
		scope.postMessage({ id, html: await docxToHtml(bytes) });
	} catch (error) {
		scope.postMessage({ id, problem: error instanceof ImportError ? error.problem : 'unreadable' });
	}
};
