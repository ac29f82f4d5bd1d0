import { formatCalendarDate, m, plain, type Messages } from '$lib/i18n';
import type { LearningLogLabels, LogEntry, LogTag, LogTexts, Member } from '$lib/state';
import { exportTexts } from '../export-texts';
import { memberName } from '../commitments/labels';

/** The words of a learning-log tag, in the interface's language. */
export function tagName(tag: LogTag, messages: Messages = m): string {
	return {
		challenge: messages.log_tag_challenge,
		failure: messages.log_tag_failure,
		success: messages.log_tag_success,
		lesson: messages.log_tag_lesson
	}[tag]();
}

/** What an entry links to, in words, one line each; `titles` names commitments and decisions. */
export function linkLines(
	entry: LogEntry,
	titles: { commitment(id: string): string | null; decision(id: string): string | null },
	messages: Messages = m
): string[] {
	const lines: string[] = [];
	if (entry.commitmentId) {
		const title = titles.commitment(entry.commitmentId);
		lines.push(
			title === null
				? messages.log_link_commitment_removed()
				: messages.log_link_commitment_value({ title })
		);
	}
	if (entry.decisionId) {
		const question = titles.decision(entry.decisionId);
		lines.push(
			question === null
				? messages.log_link_decision_removed()
				: messages.log_link_decision_value({ question })
		);
	}
	if (entry.passage) lines.push(messages.log_link_passage_value({ quote: entry.passage.quote }));
	return lines;
}

/** The words of the learning log's export, in the reader's language (no direction isolates). */
export function logTexts(
	members: readonly Member[],
	titles: Parameters<typeof linkLines>[1]
): LogTexts {
	const labels: LearningLogLabels = {
		day: (entry) => formatCalendarDate(entry.on),
		tagName: (tag) => tagName(tag, plain),
		tags: plain.log_tags(),
		tried: plain.log_tried(),
		happened: plain.log_happened(),
		learned: plain.log_learned(),
		writer: (entry) =>
			entry.by === null ? null : plain.log_written_by({ name: memberName(members, entry.by) }),
		links: (entry) => linkLines(entry, titles, plain),
		labelled: (label) => plain.report_labelled({ label }),
		nothing: plain.log_export_nothing()
	};
	return {
		export: exportTexts(),
		labels,
		title: plain.log_title(),
		versionLabel: plain.log_export_scope(),
		scopeLabel: plain.log_export_scope_label()
	};
}
