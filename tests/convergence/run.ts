/**
 * The convergence suite: thousands of random scenarios in which 3 to 6 copies of a workspace edit
 * through Concord's own schema and the app's editor (without a view, bound to each body by the
 * app's binding) while the network drops, duplicates, delays and reorders messages and partitions
 * and heals; at the end every copy must be identical, and every body must read as its edits meant
 * (the plain-text shadow, `shadow.ts`). Beside them, a check that the campaign's editor writes
 * exactly what the real editor in a DOM writes, and the real editing trace replayed by two
 * concurrent writers.
 *
 *   npm run test:convergence                          2,000 scenarios and the trace
 *   npm run test:convergence -- --scenarios 100000    a long campaign
 *   npm run test:convergence -- --seed 1234           the scenarios from seed 1234 on
 *   SEED=1234567 npm run test:convergence             replays one scenario and prints its steps
 *
 * Exits with status 1 when any copy ends apart from the others, or any body reads otherwise than
 * its edits meant.
 */
import './seeded-crypto';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { loadEditingTrace } from '../support/editing-trace';
import { emptyStats, type NetworkStats } from '../../src/lib/workspace/ports/memory-network';
import { Random } from './random';
import {
	divergenceWithoutSync,
	intentDriftOfARewrite,
	runScenario,
	type ScenarioResult
} from './scenario';
import { replayTraceConcurrently } from './trace';

const USAGE =
	'Usage: npm run test:convergence [-- --scenarios N] [--seed FIRST] [--workers N] [--editor-checks N] [--no-trace]\n' +
	'       SEED=N npm run test:convergence   (replays one scenario)';

function options() {
	try {
		return parseArgs({
			options: {
				scenarios: { type: 'string', default: '2000' },
				seed: { type: 'string' },
				workers: { type: 'string' },
				'editor-checks': { type: 'string', default: '40' },
				'no-trace': { type: 'boolean', default: false }
			}
		}).values;
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
		process.exit(2);
	}
}

const values = options();

function count(name: string, raw: string | undefined, fallback: number): number {
	if (raw === undefined) return fallback;
	const value = Number(raw);
	if (!Number.isSafeInteger(value) || value < 0) {
		console.error(`${name} must be a whole number, not "${raw}".`);
		process.exit(2);
	}
	return value;
}

const replay = count('SEED', process.env.SEED || undefined, -1);
const scenarios = count('--scenarios', values.scenarios, 2000);
const workers = Math.max(
	1,
	count('--workers', values.workers, Math.min(2, availableParallelism()))
);
const editorChecks = count('--editor-checks', values['editor-checks'], 40);
const firstSeed = count(
	'--seed',
	values.seed,
	crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000_000
);

/** Whether a body reading otherwise than its edits meant fails the run (see the README). */

/** What the editor check's thread reports. */
interface EditorCheckMessage {
	result: import('./model-check').ModelCheckResult;
	noticesTampering: boolean;
}

function report(result: ScenarioResult): void {
	if (result.divergence)
		console.error(`\nDIVERGED: scenario with seed ${result.seed}: ${result.divergence}`);
	else console.error(`\nDRIFTED: scenario with seed ${result.seed}: ${result.drift}`);
	console.error(`Replay it: SEED=${result.seed} npm run test:convergence`);
}

if (replay >= 0) {
	const result = await runScenario(replay);
	console.log(result.log.join('\n'));
	console.log(
		`Seed ${replay}: ${result.operations} operations, ${result.stats.delivered} messages delivered, ${result.rounds} rounds of anti-entropy.`
	);
	if (result.divergence || result.drift) {
		report(result);
		process.exit(1);
	}
	console.log(
		result.unreplayable > 0
			? `The copies are identical; ${result.unreplayable} document(s) could not be replayed into the shadow and were not compared with it.`
			: 'The copies are identical, and every body reads as its edits meant.'
	);
	process.exit(0);
}

if ((await divergenceWithoutSync(firstSeed)) === null) {
	console.error('The comparison did not notice two copies that differ; it cannot be trusted.');
	process.exit(1);
}
if (intentDriftOfARewrite() === null) {
	console.error(
		'The intent oracle did not notice words moved by a rewritten line; it cannot be trusted.'
	);
	process.exit(1);
}

const started = performance.now();
const seeds = Array.from({ length: scenarios }, (_, i) => firstSeed + i);
const totals: NetworkStats = emptyStats();
let done = 0;
let operations = 0;
const kinds: ScenarioResult['kinds'] = {};
let maxRounds = 0;
let raced = 0;
let unreplayable = 0;
let keptDecisions = 0;
const failures: ScenarioResult[] = [];
const drifts: ScenarioResult[] = [];

// A worker starts plain Node: it registers the TypeScript loader this script runs under first.
const workerBoot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
	.then(({ register }) => { register(); return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}); })`;

const finished = Array.from({ length: Math.min(workers, Math.max(1, scenarios)) }, (_, w) => {
	const worker = new Worker(workerBoot, {
		eval: true,
		// A larger young generation: scenarios make many short-lived objects.
		resourceLimits: { maxYoungGenerationSizeMb: 96 },
		workerData: { seeds: seeds.filter((_, i) => i % workers === w) }
	});
	worker.on('message', (result: ScenarioResult) => {
		done++;
		operations += result.operations;
		for (const [kind, n] of Object.entries(result.kinds) as [keyof typeof kinds, number][])
			kinds[kind] = (kinds[kind] ?? 0) + n;
		maxRounds = Math.max(maxRounds, result.rounds);
		if (result.raced) raced++;
		if (result.unreplayable > 0) unreplayable++;
		keptDecisions += result.keptDecisions;
		for (const key of Object.keys(totals) as (keyof NetworkStats)[])
			totals[key] += result.stats[key];
		if (result.divergence) {
			failures.push(result);
			if (failures.length <= 10) report(result);
		} else if (result.drift) {
			drifts.push(result);
			if (drifts.length <= 10) report(result);
		}
	});
	return new Promise<void>((resolve, reject) => {
		worker.on('error', reject);
		worker.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`A worker stopped with code ${code}.`))
		);
	});
});

// The editor check runs beside the scenarios, in a thread with a DOM of its own.
const editorCheck = new Promise<{ line: string; failed: boolean }>((resolve) => {
	if (editorChecks === 0)
		return resolve({ line: 'Editor check: skipped (--editor-checks 0).', failed: false });
	const failed = (why: string) =>
		resolve({
			line: `Editor check FAILED: ${why}\nReplay it: npm run test:convergence -- --seed ${firstSeed} --scenarios 0`,
			failed: true
		});
	const worker = new Worker(workerBoot.replace('/worker.ts', '/editor-check-worker.ts'), {
		eval: true,
		workerData: { seed: firstSeed, sequences: editorChecks, length: 30 }
	});
	worker.on('message', ({ result, noticesTampering }: EditorCheckMessage) => {
		if (!noticesTampering)
			return failed('it did not notice a copy written otherwise; it cannot be trusted.');
		if (result.failure)
			return failed(
				`the campaign's editor wrote otherwise than the real editor: ${result.failure}`
			);
		resolve({
			line:
				`Editor check: ${result.edits} edits in ${result.sequences} sequences written by the campaign's editor ` +
				`exactly as by the real editor in a DOM; after ${result.hiddenDifferences} the two texts held attributes no reader uses ` +
				`otherwise (they would be format items each copy's Yjs placed or tidied differently)` +
				`${result.firstHidden ? `, first: ${result.firstHidden.split('\n')[0]}` : ''}; ${(result.ms / 1000).toFixed(1)} s.`,
			failed: false
		});
	});
	worker.on('error', (error) =>
		failed(error instanceof Error ? (error.stack ?? error.message) : String(error))
	);
});

const trace = values['no-trace'] ? null : loadEditingTrace();
let traceLine = 'Trace: skipped (--no-trace).';
let traceFailed = false;
if (trace) {
	try {
		const t = replayTraceConcurrently(trace, new Random(firstSeed));
		traceLine =
			`Trace (${trace.real ? 'real, automerge-paper' : 'generated; the real one is not beside the checkout'}): ` +
			`${t.transactions} transactions by two concurrent writers in ${t.runs} runs, ${t.batches} batches exchanged; ` +
			`both copies identical, both documents ${t.characters} characters as expected; ${(t.ms / 1000).toFixed(1)} s.`;
	} catch (error) {
		traceFailed = true;
		traceLine =
			`Trace FAILED: ${error instanceof Error ? error.message : String(error)}\n` +
			`Replay it: npm run test:convergence -- --seed ${firstSeed} --scenarios 0`;
	}
}

try {
	await Promise.all(finished);
} catch (error) {
	console.error(error);
	process.exit(1);
}
const { line: editorLine, failed: editorFailed } = await editorCheck;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
	`Convergence: ${done} scenarios (seeds ${firstSeed}…${firstSeed + scenarios - 1}), ${operations} operations applied ` +
		`(${kinds.saveVersion ?? 0} versions saved, ${kinds.openDecision ?? 0} decisions opened, ${kinds.answerDecision ?? 0} answers, ${kinds.closeDecision ?? 0} closed by a facilitator, ${keptDecisions} by the copies' keepers; ` +
		`${(kinds.makeCommitment ?? 0) + (kinds.commitFromPassage ?? 0)} commitments made, ${kinds.commitFromPassage ?? 0} of them from a passage, ${kinds.checkIn ?? 0} check-ins, ${kinds.deletePassage ?? 0} passages deleted, ${kinds.memberLeaves ?? 0} members left or came back; ${kinds.commentOnPassage ?? 0} comment threads begun, ${kinds.replyToThread ?? 0} replies, ${kinds.resolveThread ?? 0} resolved or reopened, ${kinds.deleteCommentedPassage ?? 0} commented passages deleted; ${kinds.proposeAmendment ?? 0} amendments proposed, ${kinds.acceptAmendment ?? 0} accepted by a facilitator, ${kinds.rejectAmendment ?? 0} rejected, ${kinds.putAmendmentToDecision ?? 0} put to a decision,  ${kinds.forgeAmendment ?? 0} forged by a hostile member; ${kinds.writeRound ?? 0} feedback rounds written, ${kinds.openRound ?? 0} opened, ${kinds.answerRound ?? 0} answers given or changed, ${kinds.closeRound ?? 0} closed by a facilitator, ${kinds.commitFromStep ?? 0} steps made commitments, ${kinds.forgeRoundAnswer ?? 0} answers forged; ${kinds.writeEntry ?? 0} learning-log entries written with a name and ${kinds.writeUnnamedEntry ?? 0} without, ${kinds.editEntry ?? 0} edited, ${kinds.tagEntry ?? 0} tagged, ${kinds.shareEntry ?? 0} shared or kept inside, ${kinds.commentOnEntry ?? 0} comments on entries), ${totals.sent} messages sent, ${totals.dropped} dropped, ` +
		`${totals.duplicated} duplicated, ${totals.reordered} reordered, ${totals.partitioned} lost to partitions; ` +
		`anti-entropy settled in at most ${maxRounds} round(s); ${raced} scenarios had a split or join racing with another copy's edit of the same line; ` +
		`${unreplayable} had a document whose shadow could not replay an edit (what its writer saw had not reached the shadow yet) and was not compared; ` +
		`${failures.length} diverged; ${drifts.length} drifted from what their edits meant; ${seconds} s on ${workers} worker(s).`
);
console.log(editorLine);
console.log(traceLine);
if (failures.length > 0) {
	console.error(
		`${failures.length} scenario(s) diverged, seeds ${failures.map((f) => f.seed).join(', ')}. ` +
			`The same run again: npm run test:convergence -- --seed ${firstSeed} --scenarios ${scenarios}`
	);
}
if (drifts.length > 0) {
	console.error(
		`${drifts.length} scenario(s) drifted from what their edits meant, seeds ${drifts.map((f) => f.seed).join(', ')}.`
	);
}
const drifted = drifts.length > 0;
if (failures.length > 0 || drifted || traceFailed || editorFailed || done !== scenarios)
	process.exit(1);
