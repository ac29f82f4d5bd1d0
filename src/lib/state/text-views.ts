import { runsIn, type Block, type Run } from '../workspace';

/** The runs of some text where another writer's text begins, so a reader hears whose text follows. */
export function writerStarts(blocks: readonly Block[]): Set<Run> {
	const starts = new Set<Run>();
	let previous: number | undefined = -1;
	for (const run of runsIn(blocks)) {
		if (run.lineBreak) continue;
		if (run.writer !== previous) starts.add(run);
		previous = run.writer;
	}
	return starts;
}
