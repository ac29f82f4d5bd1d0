/**
 * The benchmark suite: every figure that matters to a person, as Concord / baseline / ratio, each
 * baseline measured in the same run (the machine is shared and noisy), with its goal.
 *
 *   npm run bench                  the full suite
 *   npm run bench -- --quick       fewer repetitions, for CI
 *   npm run bench -- --only NAME   the groups whose title contains NAME
 *
 * Exits non-zero only when a figure could not be measured; a goal not met is printed, not fatal.
 */
import { parseArgs } from 'node:util';
import { FIGURE_SOURCES } from './figures';
import { formatTable, goalMet, type Figure } from './suite/figure';
import { BenchStage } from './suite/stage';

const { values } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		only: { type: 'string', multiple: true }
	}
});

const stage = new BenchStage(values.quick ? 'quick' : 'full');
const chosen = FIGURE_SOURCES.filter(
	(source) =>
		!values.only?.length ||
		values.only.some((name) => source.title.toLowerCase().includes(name.toLowerCase()))
);
const figures: Figure[] = [];
const failed: string[] = [];
const began = performance.now();
try {
	for (const source of chosen) {
		const start = performance.now();
		console.log(`\n## ${source.title}`);
		try {
			const measured = await source.measure(stage);
			console.log(formatTable(measured));
			console.log(`(${((performance.now() - start) / 1000).toFixed(1)} s)`);
			figures.push(...measured);
		} catch (error) {
			failed.push(source.title);
			console.error(`Could not measure "${source.title}":`, error);
		}
	}
} finally {
	await stage.close();
}

console.log(
	`\n## All figures (${stage.mode} mode, ${((performance.now() - began) / 1000).toFixed(0)} s)`
);
console.log(formatTable(figures));
const missed = figures.filter((figure) => goalMet(figure) === false);
console.log(`\n${figures.length} figures, ${missed.length} goals not met.`);
if (failed.length) {
	console.error(`Not measured: ${failed.join(', ')}`);
	process.exit(1);
}
