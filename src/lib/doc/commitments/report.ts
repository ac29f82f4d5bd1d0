import { organisationKey, type Member } from '../members';
import { addDays, daysBetween, localIsoDate, type IsoDate } from '../dates';
import { COMMITMENT_STATUSES, type CheckIn, type Commitment, type CommitmentStatus } from './types';

/*
 * The record of mutual progress: for a period, each commitment with where it stood then and
 * where it stands at the period's end, the check-ins of the period, what was completed and what
 * is overdue, grouped by organisation and by member. A pure function of the records, the period
 * and the time zone its days are counted in, so that every copy builds the same report.
 */

/** The days a report covers, both included, counted in `timeZone`. */
export interface ReportPeriod {
	from: IsoDate;
	to: IsoDate;
	timeZone: string;
}

/** One commitment in a report. */
export interface ReportEntry {
	commitment: Commitment;
	/** Where it stood when the period began; null for a commitment made during it. */
	then: CommitmentStatus | null;
	/** Where it stood when the period ended. */
	now: CommitmentStatus;
	/** The check-ins made during the period, oldest first. */
	checkIns: CheckIn[];
	/** Whether it was done during the period. */
	completed: boolean;
	/** Whether it was past its due date, and not done or dropped, when the period ended. */
	overdue: boolean;
}

/** The commitments of one organisation, of one member without an organisation, or of nobody known. */
export interface ReportGroup {
	kind: 'organisation' | 'member' | 'others';
	/** The organisation's name, or the member's. */
	name: string;
	/** The members the group holds (those still in the group, and those who left). */
	members: Member[];
	entries: ReportEntry[];
}

/** A record of mutual progress. */
export interface ProgressReport {
	period: ReportPeriod;
	/** How many commitments the report holds, and how many stood at each status at its end. */
	total: number;
	counts: Record<CommitmentStatus, number>;
	groups: ReportGroup[];
	completed: ReportEntry[];
	overdue: ReportEntry[];
}

/** The status a commitment had at the end of day `date`, or null if it did not exist yet. */
function statusBy(
	commitment: Commitment,
	date: IsoDate,
	timeZone: string
): CommitmentStatus | null {
	if (daysBetween(localIsoDate(commitment.createdAt, timeZone), date) < 0) return null;
	let status: CommitmentStatus = 'not-started';
	for (const given of commitment.statuses)
		if (daysBetween(localIsoDate(given.at, timeZone), date) >= 0) status = given.status;
	return status;
}

const CLOSED: readonly CommitmentStatus[] = ['done', 'dropped'];

function entryOf(commitment: Commitment, period: ReportPeriod): ReportEntry | null {
	const { from, to, timeZone } = period;
	const now = statusBy(commitment, to, timeZone);
	if (now === null) return null;
	const then = statusBy(commitment, addDays(from, -1), timeZone);
	const inPeriod = (at: number) => {
		const day = localIsoDate(at, timeZone);
		return daysBetween(from, day) >= 0 && daysBetween(day, to) >= 0;
	};
	const checkIns = commitment.checkIns.filter((c) => inPeriod(c.at));
	const moved = commitment.statuses.some((s) => inPeriod(s.at));
	// Closed before the period began and left so: nothing of it belongs to this period's record.
	if (
		then !== null &&
		CLOSED.includes(then) &&
		CLOSED.includes(now) &&
		!moved &&
		checkIns.length === 0
	)
		return null;
	return {
		commitment,
		then,
		now,
		checkIns,
		completed: now === 'done' && then !== 'done',
		overdue:
			!CLOSED.includes(now) && commitment.dueOn !== null && daysBetween(commitment.dueOn, to) > 0
	};
}

function byDueDate(a: ReportEntry, b: ReportEntry): number {
	return (
		(a.commitment.dueOn ?? '9999').localeCompare(b.commitment.dueOn ?? '9999') ||
		a.commitment.createdAt - b.commitment.createdAt ||
		(a.commitment.id < b.commitment.id ? -1 : 1)
	);
}

/** Groups entries by organisation (owned by it, or by one of its members), then by member. */
function groupsOf(entries: readonly ReportEntry[], members: readonly Member[]): ReportGroup[] {
	const organisations = new Map<string, ReportGroup>();
	const people = new Map<string, ReportGroup>();
	const others: ReportGroup = { kind: 'others', name: '', members: [], entries: [] };
	const organisationGroup = (name: string) => {
		const key = organisationKey(name);
		let group = organisations.get(key);
		if (!group) {
			group = { kind: 'organisation', name, members: [], entries: [] };
			organisations.set(key, group);
		}
		return group;
	};
	for (const member of members) {
		if (member.organisation) organisationGroup(member.organisation).members.push(member);
		else
			people.set(member.id, { kind: 'member', name: member.name, members: [member], entries: [] });
	}
	for (const entry of entries) {
		const groups = new Set<ReportGroup>();
		for (const owner of entry.commitment.owners) {
			if (owner.kind === 'organisation') groups.add(organisationGroup(owner.name));
			else {
				const member = members.find((m) => m.id === owner.id);
				if (member?.organisation) groups.add(organisationGroup(member.organisation));
				else if (member) groups.add(people.get(member.id)!);
			}
		}
		if (groups.size === 0) groups.add(others);
		for (const group of groups) group.entries.push(entry);
	}
	const named = [...organisations.values(), ...people.values()]
		.filter((g) => g.entries.length > 0)
		.sort((a, b) =>
			a.kind === b.kind ? a.name.localeCompare(b.name, 'und') : a.kind === 'organisation' ? -1 : 1
		);
	for (const group of named) group.entries.sort(byDueDate);
	return others.entries.length > 0 ? [...named, others] : named;
}

/** Builds the record of mutual progress of `period` from the group's commitments and members. */
export function buildProgressReport(
	commitments: readonly Commitment[],
	members: readonly Member[],
	period: ReportPeriod
): ProgressReport {
	const entries = commitments.flatMap((c) => entryOf(c, period) ?? []).sort(byDueDate);
	const counts = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as Record<
		CommitmentStatus,
		number
	>;
	for (const entry of entries) counts[entry.now]++;
	return {
		period,
		total: entries.length,
		counts,
		groups: groupsOf(entries, members),
		completed: entries.filter((e) => e.completed),
		overdue: entries.filter((e) => e.overdue)
	};
}
