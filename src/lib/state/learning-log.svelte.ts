import { createSubscriber } from 'svelte/reactivity';
import {
	LogRefusedError,
	type CommitmentId,
	type DecisionId,
	type ExportFile,
	type ExportFormat,
	type LogCommentId,
	type LogEntry,
	type LogEntryId,
	type LogTag,
	type LogTexts,
	type Workspace
} from '../workspace';
import { LogEntryForm } from './log-entry-form.svelte';

/** The filters of the learning log; an empty string means "any". */
export interface LogFilters {
	tag: LogTag | '';
	/** A year, as the day of entries starts ("2027"). */
	year: string;
	/** Words every shown entry contains, in any of its texts or comments. */
	words: string;
}

/** An entry as the learning log shows it: with whether this person wrote it and may change it. */
export interface LogRow {
	entry: LogEntry;
	mine: boolean;
	mayEdit: boolean;
}

/** Why something asked of the learning log was not done. */
export type LogProblem = 'empty' | 'not-allowed' | 'missing' | { failed: string };

const NO_FILTERS: LogFilters = { tag: '', year: '', words: '' };

/** Text folded for search: lower case, without accents, so "ECHEC" finds "échec". */
function folded(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function problemOf(error: unknown): LogProblem {
	if (error instanceof LogRefusedError) return error.why;
	return { failed: error instanceof Error ? error.message : String(error) };
}

/**
 * The group's learning log as its page shows it: entries newest first, filtered by tag, by year
 * and by words; who may change what; comments; the form of a new entry; and the export, which
 * holds only the entries shared outside the group.
 */
export class LearningLogView {
	readonly #workspace: Workspace;
	readonly #readOnly: () => boolean;
	readonly #changed: () => void;
	readonly #linksChanged: () => void;
	filters = $state<LogFilters>({ ...NO_FILTERS });

	constructor(workspace: Workspace, readOnly: () => boolean) {
		this.#workspace = workspace;
		this.#readOnly = readOnly;
		this.#changed = createSubscriber((update) => {
			const stops = [workspace.learningLog.observe(update), workspace.members.observe(update)];
			return () => stops.forEach((stop) => stop());
		});
		this.#linksChanged = createSubscriber((update) => {
			const stops = [workspace.commitments.observe(update), workspace.decisions.observe(update)];
			return () => stops.forEach((stop) => stop());
		});
	}

	/** Whether this person may write entries and comment (not on a read-only copy, nor once left). */
	get mayWrite(): boolean {
		this.#changed();
		return !this.#readOnly() && this.#workspace.learningLog.mayWrite;
	}

	/** Every entry, newest first, with what this person may do with it. */
	readonly all: LogRow[] = $derived.by(() => {
		this.#changed();
		const log = this.#workspace.learningLog;
		const readOnly = this.#readOnly();
		const own = log.ownUnnamed();
		const mayWrite = log.mayWrite;
		return log.list().map((entry) => {
			const mine = log.isMine(entry, own);
			return { entry, mine, mayEdit: !readOnly && mayWrite && mine };
		});
	});

	/** The entries the filters let through, newest first. */
	readonly rows: LogRow[] = $derived.by(() => {
		const { tag, year, words } = this.filters;
		const wanted = folded(words).split(/\s+/).filter(Boolean);
		return this.all.filter(({ entry }) => {
			if (tag !== '' && !entry.tags.includes(tag)) return false;
			if (year !== '' && !entry.on.startsWith(`${year}-`)) return false;
			if (wanted.length === 0) return true;
			const text = folded(
				[entry.tried, entry.happened, entry.learned, ...entry.comments.map((c) => c.text)].join(
					'\n'
				)
			);
			return wanted.every((word) => text.includes(word));
		});
	});

	/** The years entries are about, newest first, for the year filter. */
	readonly years: string[] = $derived.by(() =>
		this.all
			.map(({ entry }) => entry.on.slice(0, 4))
			.filter((year, i, all) => all.indexOf(year) === i)
			.sort()
			.reverse()
	);

	/** How many entries are shared outside the group (what the export holds). */
	readonly sharedCount: number = $derived.by(
		() => this.all.filter(({ entry }) => entry.shared).length
	);

	/** Whether any filter is set. */
	get filtered(): boolean {
		return JSON.stringify(this.filters) !== JSON.stringify(NO_FILTERS);
	}

	/** Clears every filter. */
	clearFilters(): void {
		this.filters = { ...NO_FILTERS };
	}

	/** The commitments and decisions an entry may link to, by id with their words. */
	get linkChoices(): {
		commitments: { id: CommitmentId; title: string }[];
		decisions: { id: DecisionId; question: string }[];
	} {
		this.#linksChanged();
		return {
			commitments: this.#workspace.commitments.list().map((c) => ({ id: c.id, title: c.title })),
			decisions: this.#workspace.decisions.all().map((d) => ({ id: d.id, question: d.question }))
		};
	}

	/** A form for a new entry (or to change one of this person's). */
	form(): LogEntryForm {
		return new LogEntryForm(this.#workspace);
	}

	/** Marks one of this person's entries as shared outside the group, or takes that back. */
	setShared(id: LogEntryId, shared: boolean): LogProblem | null {
		try {
			this.#workspace.learningLog.setShared(id, shared);
			return null;
		} catch (error) {
			return problemOf(error);
		}
	}

	/** Removes one of this person's entries. */
	remove(id: LogEntryId): LogProblem | null {
		try {
			this.#workspace.learningLog.remove(id);
			return null;
		} catch (error) {
			return problemOf(error);
		}
	}

	/** Adds this person's comment to an entry. */
	comment(id: LogEntryId, text: string): { id: LogCommentId } | { problem: LogProblem } {
		try {
			return { id: this.#workspace.learningLog.comment(id, text) };
		} catch (error) {
			return { problem: problemOf(error) };
		}
	}

	/** The entries shared outside the group as a file in `format`. */
	async export(format: ExportFormat, texts: LogTexts): Promise<ExportFile | LogProblem> {
		try {
			return await this.#workspace.learningLog.export(format, texts);
		} catch (error) {
			return problemOf(error);
		}
	}
}
