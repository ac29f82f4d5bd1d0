import { ImportError, type ImportProblem } from '../export/import-errors';
import { docxToHtml } from '../export/import-docx';

type Reply = { id: number; html?: string; problem?: ImportProblem };

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (html: string) => void; reject: (e: Error) => void }>();

function startWorker(): Worker {
	const started = new Worker(new URL('../export/docx-worker.ts', import.meta.url), {
		type: 'module'
	});
	started.onmessage = ({ data }: MessageEvent<Reply>) => {
		const request = waiting.get(data.id);
		waiting.delete(data.id);
		if (data.html !== undefined) request?.resolve(data.html);
		else request?.reject(new ImportError(data.problem ?? 'unreadable'));
	};
	started.onerror = () => {
		for (const request of waiting.values()) request.reject(new ImportError('unreadable'));
		waiting.clear();
		worker = null;
	};
	return started;
}

/**
 * Converts a Word file to HTML in a worker, so that a large file never freezes the page; where
 * workers are not available, on the page itself.
 */
export function convertDocxOffThread(bytes: Uint8Array): Promise<string> {
	if (typeof Worker === 'undefined') return docxToHtml(bytes);
	worker ??= startWorker();
	const id = nextId++;
	return new Promise((resolve, reject) => {
		waiting.set(id, { resolve, reject });
		worker!.postMessage({ id, bytes }, [bytes.buffer]);
	});
}
