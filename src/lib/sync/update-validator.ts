import { checkUpdate, type UpdateFormat, type UpdateVerdict } from '../doc';

/** Checks updates from outside before they reach a workspace; see `checkUpdate` for the rules. */
export interface UpdateValidator {
	/** The verdict on one update; never rejects. */
	check(update: Uint8Array, format: UpdateFormat): Promise<UpdateVerdict>;
	/** Stops the checking (and its worker); later checks refuse everything. */
	destroy(): void;
}

/**
 * How long one check may take before it is stopped and the update refused: 5 s, plus 5 ms per
 * kilobyte. Checking measures about 0.5 ms per kilobyte of a version 1 update (the bench:guard
 * benchmark: a 4 MB workspace with 260,000 edits in about 2 s), so a slow device has a tenfold
 * margin, and a hostile update can hold the worker, never the page, for at most that long.
 */
export function checkTimeLimit(bytes: number): number {
	return 5000 + 5 * Math.ceil(bytes / 1024);
}

/** Options of the worker-backed validator; the defaults are what the app uses. */
export interface WorkerValidatorOptions {
	createWorker?: () => Worker;
	timeLimit?: (bytes: number) => number;
}

type Job = {
	id: number;
	update: Uint8Array;
	format: UpdateFormat;
	resolve: (verdict: UpdateVerdict) => void;
};

/** How long a worker may take to load before checks run on the page instead. */
const WORKER_START_LIMIT_MS = 30_000;
/**
 * How many checks are handed to the worker ahead of their turn: it goes from one to the next
 * without waiting for a busy page to send it, which on a loaded machine is most of the cost.
 */
const CHECKS_AHEAD = 32;

const defaultWorker = () =>
	new Worker(new URL('./update-check-worker.ts', import.meta.url), { type: 'module' });

/**
 * Checks updates in a worker, in order, so that a slow or looping check never blocks the page:
 * past the time limit the worker is terminated, the update refused as 'timed-out' and a fresh
 * worker started for the ones after it. If no worker can start, checks run on the page.
 */
export class WorkerUpdateValidator implements UpdateValidator {
	readonly #createWorker: () => Worker;
	readonly #timeLimit: (bytes: number) => number;
	readonly #queue: Job[] = [];
	/** Handed to the worker, in order; the first is the one it is checking. */
	readonly #sent: Job[] = [];
	#worker: Worker | null = null;
	#ready = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#nextId = 0;
	#inline = false;
	#destroyed = false;

	constructor(options: WorkerValidatorOptions = {}) {
		this.#createWorker = options.createWorker ?? defaultWorker;
		this.#timeLimit = options.timeLimit ?? checkTimeLimit;
	}

	/** The verdict on one update, from the worker (or the page when workers cannot start). */
	check(update: Uint8Array, format: UpdateFormat): Promise<UpdateVerdict> {
		if (this.#destroyed) return Promise.resolve(stopped());
		if (this.#inline) return Promise.resolve(checkUpdate(update, format));
		return new Promise((resolve) => {
			this.#queue.push({ id: this.#nextId++, update, format, resolve });
			this.#next();
		});
	}

	/** Terminates the worker; pending and later checks are refused. */
	destroy(): void {
		this.#destroyed = true;
		clearTimeout(this.#timer);
		this.#worker?.terminate();
		this.#worker = null;
		for (const job of [...this.#sent.splice(0), ...this.#queue.splice(0)]) job.resolve(stopped());
	}

	/** Hands waiting checks to the worker, up to `CHECKS_AHEAD` ahead of the one it is on. */
	#next() {
		if (this.#destroyed || this.#inline) return;
		while (this.#queue.length > 0 && this.#sent.length < CHECKS_AHEAD) {
			const job = this.#queue.shift()!;
			this.#sent.push(job);
			try {
				this.#worker ??= this.#start();
				this.#worker.postMessage({ id: job.id, update: job.update, format: job.format });
			} catch (error) {
				this.#fallBack(error);
				return;
			}
			if (this.#ready && this.#sent.length === 1) this.#startClock(job);
		}
	}

	/** The clock of the check the worker is on. */
	#startClock(job: Job) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			// A verdict that came while the page was busy may be waiting behind this timer.
			this.#timer = setTimeout(() => this.#timedOut(job), 0);
		}, this.#timeLimit(job.update.length));
	}

	#start(): Worker {
		const worker = this.#createWorker();
		this.#ready = false;
		// A worker that never loads: check on the page instead.
		this.#timer = setTimeout(
			() => this.#fallBack(`it did not start within ${WORKER_START_LIMIT_MS} ms`),
			WORKER_START_LIMIT_MS
		);
		type Reply = { ready: true } | { id: number; verdict: UpdateVerdict };
		worker.onmessage = ({ data }: MessageEvent<Reply>) => {
			if (worker !== this.#worker) return;
			if ('ready' in data) {
				this.#ready = true;
				clearTimeout(this.#timer);
				if (this.#sent[0]) this.#startClock(this.#sent[0]);
				return;
			}
			if (data.id !== this.#sent[0]?.id) return;
			this.#finish(data.verdict);
		};
		worker.onerror = (event) => {
			event.preventDefault?.();
			this.#fallBack(event.message);
		};
		return worker;
	}

	/** The check the worker was on is done: its verdict goes out, and the clock moves on. */
	#finish(verdict: UpdateVerdict) {
		clearTimeout(this.#timer);
		this.#sent.shift()?.resolve(verdict);
		if (this.#sent[0]) this.#startClock(this.#sent[0]);
		this.#next();
	}

	#timedOut(job: Job) {
		if (this.#sent[0] !== job) return;
		this.#worker?.terminate();
		this.#worker = null;
		// The checks handed to the stopped worker after this one go to the next worker.
		this.#queue.unshift(...this.#sent.splice(1));
		const limit = this.#timeLimit(job.update.length);
		this.#finish({ ok: false, reason: 'timed-out', detail: `checking took over ${limit} ms` });
	}

	#fallBack(error: unknown) {
		console.warn('Concord: updates are checked on the page, the worker could not run', error);
		this.#inline = true;
		this.#worker?.terminate();
		this.#worker = null;
		clearTimeout(this.#timer);
		for (const waiting of [...this.#sent.splice(0), ...this.#queue.splice(0)]) {
			waiting.resolve(checkUpdate(waiting.update, waiting.format));
		}
	}
}

function stopped(): UpdateVerdict {
	return { ok: false, reason: 'timed-out', detail: 'checking has stopped' };
}

/** Checks on the page itself, for Node and wherever workers do not exist. */
export const inlineUpdateValidator: UpdateValidator = {
	check: (update, format) => Promise.resolve(checkUpdate(update, format)),
	destroy: () => {}
};

/** The validator this environment supports: a worker in browsers, the page elsewhere. */
export function createUpdateValidator(): UpdateValidator {
	return typeof Worker === 'undefined' ? inlineUpdateValidator : new WorkerUpdateValidator();
}
