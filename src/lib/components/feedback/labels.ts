import { formatDateTime, formatNumber, getLocale, m } from '$lib/i18n';
import type { QuestionKind, Round, RoundPhase, RoundTemplate } from '$lib/state';

/*
 * The words the feedback pages use for rounds, in the reader's language.
 */

/** Where a round stands, in words. */
export function phaseName(phase: RoundPhase): string {
	return {
		draft: m.fb_phase_draft,
		scheduled: m.fb_phase_scheduled,
		open: m.fb_phase_open,
		closed: m.fb_phase_closed
	}[phase]();
}

/** A question kind's name. */
export function kindName(kind: QuestionKind): string {
	return {
		rating: m.fb_kind_rating,
		choice: m.fb_kind_choice,
		'yes-no': m.fb_kind_yes_no,
		text: m.fb_kind_text
	}[kind]();
}

/** When a round opens or opened, closes or closed, in words. */
export function datesText(round: Round, phase: RoundPhase): string {
	const at = (time: number) => formatDateTime(time, getLocale());
	if (phase === 'closed' && round.outcome)
		return m.fb_closed_at({ date: at(round.outcome.closedAt) });
	if (phase === 'scheduled' && round.opensAt !== null)
		return m.fb_opens_at({ date: at(round.opensAt) });
	if (phase === 'open' && round.closesAt !== null)
		return m.fb_closes_at({ date: at(round.closesAt) });
	return m.fb_not_open_yet();
}

/** An average or a share as the summary shows it: one decimal. */
export function figure(value: number | null): string {
	return value === null ? '–' : formatNumber(Math.round(value * 10) / 10);
}

/** A starting round's name in the menu that offers it. */
export function templateName(template: RoundTemplate | null): string {
	return template ? template.title : m.fb_template_blank();
}
