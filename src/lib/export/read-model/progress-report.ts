import {
	bold,
	bulletList,
	COMMITMENT_STATUSES,
	heading,
	paragraph,
	table,
	type Block,
	type CheckIn,
	type CommitmentStatus,
	type MemberId,
	type OwedTo,
	type Party,
	type ProgressReport,
	type ReportEntry,
	type Text
} from '../../doc';

/** The words of a record of mutual progress in the reader's language; the record hard-codes none. */
export interface ProgressReportLabels {
	/** "12 commitments: 7 on track, 2 at risk, 3 done". */
	summary(report: ProgressReport): string;
	statusName(status: CommitmentStatus): string;
	/** The heading of the table of statuses, and its two columns. */
	statusesHeading: string;
	statusColumn: string;
	countColumn: string;
	owners: string;
	owedTo: string;
	due: string;
	/** "Status then → now", with "new" for a commitment made in the period. */
	statusThenNow(then: CommitmentStatus | null, now: CommitmentStatus): string;
	checkIns: string;
	noCheckIns: string;
	/** One check-in: when, who, the status it reported, what happened, its link. */
	checkIn(checkIn: CheckIn): Text[];
	completed: string;
	overdue: string;
	nothing: string;
	/** The heading of commitments owned by nobody the group knows. */
	others: string;
	/** A member's name; an organisation's name is shown as written. */
	person(id: MemberId): string;
	owedToName(owedTo: OwedTo): string;
	dueText(dueOn: string | null): string;
	/** The words of the passage a commitment comes from, as quoted when it was made; null for none. */
	source(entry: ReportEntry): string | null;
	sourceLabel: string;
	/** A label and what separates it from its value: "Owners: " ("Responsables : " in French). */
	labelled(label: string): string;
	/** Names as a list in the reader's language: "Ana, Ben and Red Sol". */
	list(names: readonly string[]): string;
	/** A commitment in a list, with who keeps it: "Map the wells (Ana and Ben)". */
	titleWithOwners(title: string, owners: string): string;
}

function ownersOf(entry: ReportEntry, labels: ProgressReportLabels): string {
	return labels.list(
		entry.commitment.owners.map((owner: Party) =>
			owner.kind === 'member' ? labels.person(owner.id) : owner.name
		)
	);
}

function line(labels: ProgressReportLabels, label: string, value: string): Text[] {
	return [bold(labels.labelled(label)), value];
}

function entryBlocks(entry: ReportEntry, labels: ProgressReportLabels): Block[] {
	const { commitment } = entry;
	const facts: Text[][] = [
		line(labels, labels.owners, ownersOf(entry, labels)),
		line(labels, labels.owedTo, labels.owedToName(commitment.owedTo)),
		line(labels, labels.due, labels.dueText(commitment.dueOn)),
		[bold(labels.statusThenNow(entry.then, entry.now))]
	];
	const source = labels.source(entry);
	if (source !== null) facts.push(line(labels, labels.sourceLabel, source));
	return [
		heading(3, commitment.title),
		bulletList(...facts),
		paragraph(bold(labels.labelled(labels.checkIns).trimEnd())),
		entry.checkIns.length > 0
			? bulletList(...entry.checkIns.map((c) => labels.checkIn(c)))
			: paragraph(labels.noCheckIns)
	];
}

function titles(entries: readonly ReportEntry[], labels: ProgressReportLabels): Block {
	return entries.length > 0
		? bulletList(
				...entries.map((e) => [labels.titleWithOwners(e.commitment.title, ownersOf(e, labels))])
			)
		: paragraph(labels.nothing);
}

/**
 * A record of mutual progress as blocks, for every export format: the summary line, a table of
 * statuses, each organisation's and member's commitments with their check-ins, then what was
 * completed and what is overdue.
 */
export function progressReportBlocks(
	report: ProgressReport,
	labels: ProgressReportLabels
): Block[] {
	return [
		paragraph(bold(labels.summary(report))),
		heading(2, labels.statusesHeading),
		table(
			{ header: true, cells: [[labels.statusColumn], [labels.countColumn]] },
			...COMMITMENT_STATUSES.map((status) => ({
				cells: [[labels.statusName(status)], [String(report.counts[status])]]
			}))
		),
		...report.groups.flatMap((group) => [
			heading(2, group.kind === 'others' ? labels.others : group.name),
			...group.entries.flatMap((entry) => entryBlocks(entry, labels))
		]),
		heading(2, labels.completed),
		titles(report.completed, labels),
		heading(2, labels.overdue),
		titles(report.overdue, labels)
	];
}
