import { formatCalendarDate, formatDateTime, formatList, getLocale, plain as m } from '$lib/i18n';
import {
	CHOICES,
	type CheckIn,
	type Member,
	type ProgressReport,
	type ProgressReportLabels,
	type ReportTexts
} from '$lib/state';
import { exportTexts } from '../export-texts';
import { memberName, owedToName, statusName } from './labels';

/** "12 commitments: 7 on track, 2 at risk, 3 done" (statuses with none are left out). */
export function reportSummary(report: ProgressReport): string {
	const parts = CHOICES.statuses
		.filter((status) => report.counts[status] > 0)
		.map((status) =>
			m.report_summary_part({
				count: report.counts[status],
				status: statusName(status).toLocaleLowerCase(getLocale())
			})
		);
	const total = m.commitments_count({ count: report.total });
	return parts.length > 0 ? m.report_summary({ total, parts: formatList(parts) }) : total;
}

/** A check-in as one line of a report: when, who, the status it reported, what happened. */
function checkInLine(members: readonly Member[], checkIn: CheckIn): string {
	let line = m.report_check_in({
		when: formatDateTime(checkIn.at, getLocale()),
		who: memberName(members, checkIn.by)
	});
	if (checkIn.status) line = m.report_check_in_status({ line, status: statusName(checkIn.status) });
	if (checkIn.narrative)
		line = m.report_check_in_narrative({ line, narrative: checkIn.narrative.replace(/\n+/g, ' ') });
	if (checkIn.evidence) line = m.report_check_in_evidence({ line, evidence: checkIn.evidence });
	return line;
}

/** The words of a report's text in the reader's language. */
export function reportLabels(
	members: readonly Member[],
	roundTitle: (id: string) => string | null
): ProgressReportLabels {
	return {
		summary: reportSummary,
		statusName,
		statusesHeading: m.report_statuses(),
		statusColumn: m.commitment_status(),
		countColumn: m.report_count(),
		owners: m.commitment_owners(),
		owedTo: m.commitment_owed_to(),
		due: m.commitment_due_date(),
		statusThenNow: (then, now) =>
			then === null
				? m.report_status_new({ now: statusName(now) })
				: m.report_status_then_now({ then: statusName(then), now: statusName(now) }),
		checkIns: m.check_ins(),
		noCheckIns: m.report_no_check_ins(),
		checkIn: (checkIn) => [checkInLine(members, checkIn)],
		completed: m.report_completed(),
		overdue: m.report_overdue(),
		nothing: m.report_nothing(),
		others: m.report_others(),
		person: (id) => memberName(members, id),
		owedToName: (owedTo) => owedToName(members, owedTo),
		dueText: (dueOn) => (dueOn ? formatCalendarDate(dueOn) : m.due_none()),
		source: (entry) => {
			const { source, fromRound } = entry.commitment;
			if (source) return m.report_quote({ quote: source.quote });
			const title = fromRound && roundTitle(fromRound.roundId);
			return title ? m.report_from_round({ title }) : null;
		},
		sourceLabel: m.report_source(),
		labelled: (label) => m.report_labelled({ label }),
		list: (names) => formatList(names),
		titleWithOwners: (title, owners) => m.report_title_with_owners({ title, owners })
	};
}

/** What a report's files need in the reader's language. */
export function reportTexts(
	members: readonly Member[],
	roundTitle: (id: string) => string | null
): ReportTexts {
	return {
		export: exportTexts(),
		labels: reportLabels(members, roundTitle),
		csv: {
			commitment: m.commitment_title(),
			owners: m.commitment_owners(),
			owedTo: m.commitment_owed_to(),
			startOn: m.commitment_start_date(),
			dueOn: m.commitment_due_date(),
			reviewOn: m.commitment_review_date(),
			statusThen: m.report_csv_status_then(),
			statusNow: m.report_csv_status_now(),
			newInPeriod: m.report_csv_new(),
			progress: m.commitment_progress(),
			source: m.report_source(),
			checkInAt: (timeZone) => m.report_csv_check_in_at({ timeZone }),
			checkInBy: m.report_csv_check_in_by(),
			checkInStatus: m.check_in_status(),
			narrative: m.check_in_what_happened(),
			evidence: m.check_in_evidence_link()
		},
		title: m.report_title(),
		period: (from, to) =>
			m.report_period_value({ from: formatCalendarDate(from), to: formatCalendarDate(to) }),
		periodLabel: m.report_period()
	};
}
