/// <reference lib="webworker" />
/**
 * A worker that checks updates from peers off the page, so that a hostile update can never
 * freeze it: the page stops and replaces this worker when a check takes too long. Messages: in
 * `{ id, update, format }`, out `{ id, verdict }`, and `{ ready: true }` once when it has
 * loaded (the page's clock for a check starts then, not while a busy machine loads the worker).
 */
import { checkUpdate, type UpdateFormat } from '../doc/update-check';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (
	event: MessageEvent<{ id: number; update: Uint8Array; format: UpdateFormat }>
) => {
	const { id, update, format } = event.data;
	scope.postMessage({ id, verdict: checkUpdate(update, format) });
};

scope.postMessage({ ready: true });
