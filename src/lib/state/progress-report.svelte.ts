import { createSubscriber } from 'svelte/reactivity';
import {
	asIsoDate,
	type ExportFile,
	type ProgressReport,
	type ReportFormat,
	type ReportId,
	type ReportPeriod,
	type ReportTexts,
	type SavedReport,
	type Workspace
} from '../workspace';

/** Why a report was not built or saved. */
export type ReportProblem = 'dates' | 'name' | 'unreadable' | { failed: string };

/**
 * The record of mutual progress as its page shows it: a period (since the last report by
 * default, or chosen dates), the report of it kept in step with every copy, its files, and the
 * saved reports, each of which can be produced again exactly as it was sent.
 */
export class ProgressReportView {
	readonly #workspace: Workspace;
	readonly #changed: () => void;
	readonly timeZone: string;
	/** The period's first and last days, as `<input type="date">` gives them. */
	from = $state('');
	to = $state('');
	/** The saved report shown instead of the current one, or null. */
	showing = $state<ReportId | null>(null);

	constructor(workspace: Workspace, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone) {
		this.#workspace = workspace;
		this.timeZone = timeZone;
		this.#changed = createSubscriber((update) => {
			const stops = [workspace.commitments.observe(update), workspace.reports.observe(update)];
			return () => stops.forEach((stop) => stop());
		});
		this.resetPeriod();
	}

	/** Goes back to the default period: since the last saved report, up to today. */
	resetPeriod(): void {
		const period = this.#workspace.reports.defaultPeriod(this.timeZone);
		this.from = period.from;
		this.to = period.to;
		this.showing = null;
	}

	/** The period chosen, or null while its dates are missing or the wrong way round. */
	get period(): ReportPeriod | null {
		const from = asIsoDate(this.from);
		const to = asIsoDate(this.to);
		return from && to && from <= to ? { from, to, timeZone: this.timeZone } : null;
	}

	/** The saved reports, oldest first. */
	get saved(): SavedReport[] {
		this.#changed();
		return this.#workspace.reports.saved();
	}

	/** The report shown: a saved one as it was sent, or the chosen period's as things stand. */
	get report(): ProgressReport | ReportProblem {
		this.#changed();
		if (this.showing) {
			const rebuilt = this.#workspace.reports.rebuild(this.showing);
			return rebuilt ? rebuilt.report : 'unreadable';
		}
		const period = this.period;
		return period ? this.#workspace.reports.build(period) : 'dates';
	}

	/** The report shown as a file in `format`. */
	async export(format: ReportFormat, texts: ReportTexts): Promise<ExportFile | ReportProblem> {
		const report = this.report;
		if (!isReport(report)) return report;
		try {
			return await this.#workspace.reports.export(report, format, texts);
		} catch (error) {
			return { failed: error instanceof Error ? error.message : String(error) };
		}
	}

	/** Saves the chosen period's report under `name`, so it can be produced again as sent. */
	save(name: string): { id: ReportId } | { problem: ReportProblem } {
		const period = this.period;
		if (!period) return { problem: 'dates' };
		if (name.trim() === '') return { problem: 'name' };
		try {
			return { id: this.#workspace.reports.save(name, period) };
		} catch (error) {
			return { problem: { failed: error instanceof Error ? error.message : String(error) } };
		}
	}
}

/** Whether what `ProgressReportView.report` gave is a report (and not why there is none). */
export function isReport(value: ProgressReport | ReportProblem): value is ProgressReport {
	return typeof value === 'object' && 'groups' in value;
}
