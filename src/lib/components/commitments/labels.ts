import { formatCalendarDate, m } from '$lib/i18n';
import type { CommitmentStatus, DueState, Member, OwedTo, Party } from '$lib/state';

/** The words of a commitment's status. */
export function statusName(status: CommitmentStatus): string {
	return {
		'not-started': m.status_not_started,
		'on-track': m.status_on_track,
		'at-risk': m.status_at_risk,
		'off-track': m.status_off_track,
		done: m.status_done,
		dropped: m.status_dropped
	}[status]();
}

/** How a commitment stands against its due date, in words (never in colour only). */
export function dueText(due: DueState, dueOn: string | null): string {
	switch (due.kind) {
		case 'none':
			return m.due_none();
		case 'closed':
			return dueOn ? m.due_on({ date: formatCalendarDate(dueOn) }) : m.due_none();
		case 'overdue':
			return m.due_overdue({ count: due.days });
		case 'due-today':
			return m.due_today();
		case 'due-soon':
			return m.due_soon({ count: due.days });
		case 'later':
			return m.due_on({ date: formatCalendarDate(dueOn!) });
	}
}

/** The name of a member by id among `members`, or the words for someone unknown. */
export function memberName(members: readonly Member[], id: string): string {
	return members.find((member) => member.id === id)?.name ?? m.author_unknown();
}

/** The name of a party: a member's name, or an organisation's. */
export function partyName(members: readonly Member[], party: Party): string {
	return party.kind === 'member' ? memberName(members, party.id) : party.name;
}

/** To whom a commitment is owed, in words. */
export function owedToName(members: readonly Member[], owedTo: OwedTo): string {
	if (owedTo.kind === 'group') return m.owed_to_group();
	if (owedTo.kind === 'communities') return m.owed_to_communities();
	return partyName(members, owedTo);
}
