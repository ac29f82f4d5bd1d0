import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodingBomb } from '../doc/bad-updates';
import { WorkerUpdateValidator } from './update-validator';

/** A worker that never answers: it spins forever on whatever it is given, as a Yjs bug could. */
function loopingWorker(): Worker {
	const source = 'postMessage({ ready: true }); onmessage = () => { for (;;) {} };';
	return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

/** A worker that answers at once, except that it spins forever on an update starting with 255. */
function poisonableWorker(): Worker {
	const source = `postMessage({ ready: true });
		onmessage = ({ data }) => {
			if (data.update[0] === 255) for (;;) {}
			postMessage({ id: data.id, verdict: { ok: true } });
		};`;
	return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

/** A worker that takes a second to load on a busy machine, then answers at once. */
function slowStartingWorker(): Worker {
	const source = `const start = Date.now(); while (Date.now() - start < 1000) {}
		postMessage({ ready: true });
		onmessage = ({ data }) => postMessage({ id: data.id, verdict: { ok: true } });`;
	return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

const realWorker = () =>
	new Worker(new URL('./update-check-worker.ts', import.meta.url), { type: 'module' });

function anUpdate(): Uint8Array {
	const doc = new Y.Doc();
	doc.getText('t').insert(0, 'We decide together.');
	return Y.encodeStateAsUpdate(doc);
}

/** Counts how often the page's own timers fire while `work` is pending: the page is not frozen. */
async function ticksDuring<T>(work: Promise<T>): Promise<{ result: T; ticks: number }> {
	let ticks = 0;
	const interval = setInterval(() => ticks++, 10);
	try {
		return { result: await work, ticks };
	} finally {
		clearInterval(interval);
	}
}

const validators: WorkerUpdateValidator[] = [];
afterEach(() => validators.splice(0).forEach((v) => v.destroy()));

describe('checking updates in a worker', () => {
	it('accepts a real update and refuses a decoding bomb, off the page', async () => {
		const validator = new WorkerUpdateValidator({ createWorker: realWorker });
		validators.push(validator);
		expect(await validator.check(anUpdate(), 'v1')).toEqual({ ok: true });
		const bomb = await validator.check(decodingBomb(2 ** 40), 'v2');
		expect(bomb).toMatchObject({ ok: false, reason: 'too-complex' });
		const truncated = await validator.check(anUpdate().slice(0, 7), 'v1');
		expect(truncated).toMatchObject({ ok: false, reason: 'malformed' });
	});

	it('cuts off a check that loops past the time limit, the page staying responsive', async () => {
		const started: string[] = [];
		const validator = new WorkerUpdateValidator({
			createWorker: () => {
				started.push(started.length === 0 ? 'looping' : 'real');
				return started.length === 1 ? loopingWorker() : realWorker();
			},
			timeLimit: () => 500
		});
		validators.push(validator);
		const { result, ticks } = await ticksDuring(validator.check(anUpdate(), 'v1'));
		expect(result).toMatchObject({ ok: false, reason: 'timed-out' });
		// Had the loop run on the page, not one timer could have fired while it spun.
		expect(ticks).toBeGreaterThan(0);
		// The stuck worker was replaced: the next update is checked by a fresh one.
		expect(await validator.check(anUpdate(), 'v1')).toEqual({ ok: true });
		expect(started).toEqual(['looping', 'real']);
	});

	it('after cutting off a check, gives the checks handed over behind it to a fresh worker', async () => {
		let started = 0;
		const validator = new WorkerUpdateValidator({
			createWorker: () => (started++, poisonableWorker()),
			timeLimit: () => 500
		});
		validators.push(validator);
		const good = anUpdate();
		const verdicts = await Promise.all(
			[good, Uint8Array.of(255, 0), good, good].map((u) => validator.check(u, 'v1'))
		);
		expect(verdicts.map((v) => v.ok || v.reason)).toEqual([true, 'timed-out', true, true]);
		expect(started).toBe(2);
	});

	it('does not count the time a worker takes to load against a check', async () => {
		const validator = new WorkerUpdateValidator({
			createWorker: slowStartingWorker,
			timeLimit: () => 300
		});
		validators.push(validator);
		expect(await validator.check(anUpdate(), 'v1')).toEqual({ ok: true });
	});

	it('keeps checks in the order they were asked for', async () => {
		const validator = new WorkerUpdateValidator({ createWorker: realWorker });
		validators.push(validator);
		const good = anUpdate();
		const verdicts = await Promise.all([
			validator.check(good, 'v1'),
			validator.check(new Uint8Array(), 'v1'),
			validator.check(good, 'v2'),
			validator.check(good, 'v1')
		]);
		expect(verdicts.map((v) => v.ok)).toEqual([true, false, false, true]);
	});
});
