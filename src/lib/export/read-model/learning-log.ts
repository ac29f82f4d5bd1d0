import { bold, heading, paragraph, type Block, type LogEntry, type LogTag } from '../../doc';

/** The words of the learning log's export in the reader's language; the export hard-codes none. */
export interface LearningLogLabels {
	/** The entry's heading: its day, as the reader's language writes it. */
	day(entry: LogEntry): string;
	tagName(tag: LogTag): string;
	tags: string;
	tried: string;
	happened: string;
	learned: string;
	/** "Written by Amina"; null for an entry written without a name. */
	writer(entry: LogEntry): string | null;
	/** What the entry links to, in words ("Commitment: Map the wells"), one line each. */
	links(entry: LogEntry): string[];
	/** A label and what separates it from its value: "Tags: " ("Étiquettes : " in French). */
	labelled(label: string): string;
	/** Said when no entry is shared outside the group. */
	nothing: string;
}

/** A text of several paragraphs as paragraphs, under a bold label. */
function section(label: string, text: string, labels: LearningLogLabels): Block[] {
	if (!text) return [];
	const [first = '', ...rest] = text.split(/\n+/);
	return [paragraph(bold(labels.labelled(label)), first), ...rest.map((p) => paragraph(p))];
}

/**
 * The entries of the learning log shared outside the group, as blocks for every export format:
 * each under its day, with its tags, what was tried, happened and learned, its links, and who
 * wrote it when it is named. Entries not shared and comments never go in: `entries` is filtered
 * here again, so that no caller can leak the group's safe space by mistake.
 */
export function learningLogBlocks(
	entries: readonly LogEntry[],
	labels: LearningLogLabels
): Block[] {
	const shared = entries.filter((entry) => entry.shared);
	if (shared.length === 0) return [paragraph(labels.nothing)];
	return shared.flatMap((entry) => {
		const writer = labels.writer(entry);
		return [
			heading(2, labels.day(entry)),
			...(entry.tags.length > 0
				? [
						paragraph(
							bold(labels.labelled(labels.tags)),
							entry.tags.map((tag) => labels.tagName(tag)).join(', ')
						)
					]
				: []),
			...section(labels.tried, entry.tried, labels),
			...section(labels.happened, entry.happened, labels),
			...section(labels.learned, entry.learned, labels),
			...labels.links(entry).map((line) => paragraph(line)),
			...(writer ? [paragraph(writer)] : [])
		];
	});
}
