/**
 * What every figure of the benchmark suite is: Concord's number beside a baseline measured in the
 * same run, their ratio, and the goal the ratio (or the number) is held to.
 */

/** How long the suite may take: `quick` for CI, `full` for figures worth quoting. */
export type BenchMode = 'quick' | 'full';

/** One measured quantity, with its unit ("ms", "KB", "messages"...). */
export interface Quantity {
	value: number;
	unit: string;
}

/** A goal: the ratio Concord ÷ baseline at most `maxRatio`, or a condition said in words. */
export type Goal = { maxRatio: number } | { text: string; met: boolean };

/** One line of the suite's table. */
export interface Figure {
	/** What is measured, as the README's table names it. */
	name: string;
	concord: Quantity;
	/** What Concord is compared with, measured in the same run (or a budget, when named so). */
	baseline: { name: string } & Quantity;
	goal?: Goal;
	/** Context a reader needs: sizes, counts, runs. */
	note?: string;
}

/** A group of figures measured together (they share a page, a room or a build). */
export interface FigureSource {
	title: string;
	measure(stage: import('./stage').BenchStage): Promise<Figure[]>;
}

/** Concord ÷ baseline. */
export function ratioOf(figure: Figure): number {
	return figure.concord.value / figure.baseline.value;
}

/** Whether the figure meets its goal; `undefined` when it has none. */
export function goalMet(figure: Figure): boolean | undefined {
	if (!figure.goal) return undefined;
	if ('maxRatio' in figure.goal) return ratioOf(figure) <= figure.goal.maxRatio;
	return figure.goal.met;
}

function describeGoal(goal: Goal | undefined): string {
	if (!goal) return 'reported';
	return 'maxRatio' in goal ? `≤ ${goal.maxRatio}×` : goal.text;
}

function amount(quantity: Quantity): string {
	const digits = Math.abs(quantity.value) >= 100 ? 0 : Math.abs(quantity.value) >= 10 ? 1 : 2;
	return `${quantity.value.toFixed(digits)} ${quantity.unit}`;
}

/** The figures as a Markdown table, the form the README and closing notes quote. */
export function formatTable(figures: Figure[]): string {
	const rows = figures.map((figure) => {
		const met = goalMet(figure);
		return [
			figure.name,
			amount(figure.concord),
			`${figure.baseline.name}: ${amount(figure.baseline)}`,
			`${ratioOf(figure).toFixed(2)}×`,
			describeGoal(figure.goal),
			met === undefined ? '—' : met ? 'met' : 'NOT MET'
		];
	});
	const header = ['figure', 'Concord', 'baseline (same run)', 'ratio', 'goal', ''];
	const lines = [header, header.map(() => '---'), ...rows].map(
		(cells) => `| ${cells.join(' | ')} |`
	);
	const notes = figures.filter((f) => f.note).map((f) => `- ${f.name}: ${f.note}`);
	return [...lines, ...(notes.length ? ['', ...notes] : [])].join('\n');
}
