import { ImportError, type ImportProblem } from '../export/importers/errors';

type Reply = { id: number; html?: string; problem?: ImportProblem };
type Waiting = { resolve: (reply: Reply) => void; reject: (e: Error) => void };

/** How long an import may work before it is stopped as unreadable (a hostile file). */
const IMPORT_TIME_LIMIT_MS = 60_000;

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, Waiting>();

function failAll() {
	for (const request of waiting.values()) request.reject(new ImportError('unreadable'));
	waiting.clear();
	worker?.terminate();
	worker = null;
}

function startWorker(): Worker {
	const started = new Worker(new URL('../export/importers/import-worker.ts', import.meta.url), {
		type: 'module'
	});
	started.onmessage = ({ data }: MessageEvent<Reply>) => {
		const request = waiting.get(data.id);
		waiting.delete(data.id);
		if (data.problem) request?.reject(new ImportError(data.problem));
		else request?.resolve(data);
	};
	started.onerror = failAll;
	started.onmessageerror = failAll;
	return started;
}

function ask(message: Record<string, unknown>, transfer: Transferable[]): Promise<Reply> {
	worker ??= startWorker();
	const id = nextId++;
	return new Promise<Reply>((resolve, reject) => {
		const timer = setTimeout(failAll, IMPORT_TIME_LIMIT_MS);
		waiting.set(id, {
			resolve: (reply) => (clearTimeout(timer), resolve(reply)),
			reject: (error) => (clearTimeout(timer), reject(error))
		});
		try {
			worker!.postMessage({ ...message, id }, transfer);
		} catch (error) {
			waiting.get(id)?.reject(new ImportError('unreadable', { cause: error }));
			waiting.delete(id);
		}
	});
}

/**
 * Converts a Word file to HTML in a worker, so that a large file never freezes the page, and stops
 * it if it takes too long; where workers are not available, on the page itself.
 */
export async function convertDocxOffThread(bytes: Uint8Array): Promise<string> {
	if (typeof Worker === 'undefined')
		return (await import('../export/importers/docx')).docxToHtml(bytes);
	// Transfer the bytes when they are a whole buffer of their own; copy a view of a larger one.
	const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
	const sent = own ? bytes : bytes.slice();
	return (await ask({ kind: 'docx', bytes: sent }, [sent.buffer])).html ?? '';
}
