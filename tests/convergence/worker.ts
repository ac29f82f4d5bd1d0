/**
 * A worker thread of the convergence run: runs the scenarios whose seeds it is given and reports
 * each one's figures (and, for a failure, its divergence and log) to the main thread.
 */
import './seeded-crypto';
import { setImmediate } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { runScenario } from './scenario';

const { seeds } = workerData as { seeds: number[] };

// Scenarios have hostile and departed members write entries the app then leaves out, warning once
// for each: thousands of expected lines that would bury the report. A replay (SEED=...) runs on the
// main thread and still prints them.
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
	if (typeof args[0] === 'string' && args[0].startsWith('Concord: ignored ')) return;
	warn(...args);
};
for (const seed of seeds) {
	const result = await runScenario(seed);
	// The log of a scenario that ended well is of no use to anyone; it stays here.
	parentPort!.postMessage(result.divergence ? result : { ...result, log: [] });
	// Back to the event loop between scenarios: objects held by weak references are only let go
	// once the current job ends, and a run of thousands of scenarios in one job runs out of memory.
	await setImmediate();
}
