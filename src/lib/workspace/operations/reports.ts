import {
	addDays,
	buildProgressReport,
	listCommitments,
	listMembers,
	listSavedReports,
	localIsoDate,
	observeSavedReports,
	readMeta,
	saveReport,
	savedReportState,
	type IsoDate,
	type ProgressReport,
	type ReportId,
	type ReportPeriod,
	type SavedReport
} from '../../doc';
import type { ExportFile } from '../document-export';
import type { ReportFormat, ReportTexts } from '../report-export';
import type { OperationContext } from './context';

/**
 * The group's records of mutual progress: built for a period from the commitments as they
 * stand, exported to a file, and saved with the workspace's state so that a report sent can be
 * produced again exactly.
 */
export class WorkspaceReports {
	readonly #context: OperationContext;

	constructor(context: OperationContext) {
		this.#context = context;
	}

	/** The reports the group saved, oldest first. */
	saved(): SavedReport[] {
		return listSavedReports(this.#context.doc);
	}

	/** Calls `listener` when a report is saved anywhere. */
	observe(listener: () => void): () => void {
		return observeSavedReports(this.#context.doc, listener);
	}

	/**
	 * The period a new report covers unless the facilitator chooses: from the day after the last
	 * saved report (or from the first commitment) to today, in `timeZone`.
	 */
	defaultPeriod(timeZone: string): ReportPeriod {
		const { doc, clock } = this.#context;
		const today = localIsoDate(clock.now(), timeZone);
		const lastTo = this.saved().reduce<IsoDate | null>(
			(latest, r) => (latest === null || r.period.to > latest ? r.period.to : latest),
			null
		);
		const first = listCommitments(doc).reduce(
			(earliest, c) => (c.createdAt > 0 ? Math.min(earliest, c.createdAt) : earliest),
			clock.now()
		);
		let from: IsoDate = lastTo ? addDays(lastTo, 1) : localIsoDate(first, timeZone);
		if (from > today) from = today;
		return { from, to: today, timeZone };
	}

	/** The report of `period` from the commitments and members as they stand. */
	build(period: ReportPeriod): ProgressReport {
		const { doc } = this.#context;
		return buildProgressReport(listCommitments(doc), listMembers(doc), period);
	}

	/** A saved report as it was sent, or null when this copy cannot read its state. */
	rebuild(id: ReportId): { saved: SavedReport; report: ProgressReport } | null {
		const state = savedReportState(this.#context.doc, id);
		if (!state) return null;
		const report = buildProgressReport(state.commitments, state.members, state.saved.period);
		return { saved: state.saved, report };
	}

	/** A report as a file in `format`. */
	async export(
		report: ProgressReport,
		format: ReportFormat,
		texts: ReportTexts
	): Promise<ExportFile> {
		// The writers (and the CSV library) load when a person first exports a report.
		const { exportReportFile } = await import('../report-export');
		const { doc, clock } = this.#context;
		const meta = readMeta(doc);
		return exportReportFile(
			report,
			format,
			{ workspaceName: meta.name, language: meta.languages[0] ?? 'en', now: clock.now() },
			texts
		);
	}

	/** Saves the report of `period` under `name`, with the state it reads, and returns its id. */
	save(name: string, period: ReportPeriod): ReportId {
		const { doc, clock, me } = this.#context;
		return saveReport(doc, { name, period, by: me(), now: clock.now() });
	}
}
