import { LOG_TAGS, type IsoDate, type LogTag } from '../../src/lib/doc';
import { LogRefusedError } from '../../src/lib/workspace';
import type { Random } from './random';
import type { Writer } from './writer';

/*
 * What members do with the learning log in a campaign, through the workspace's own operations:
 * write an entry with their name shown or without (under a throwaway client id), edit one of
 * theirs, tag it, share it outside the group or take that back, and comment on anyone's.
 */

/** What a member can do with the learning log, with how often they do it. */
export const LOG_WEIGHTS = {
	writeEntry: 0.8,
	writeUnnamedEntry: 0.8,
	editEntry: 3,
	tagEntry: 3,
	shareEntry: 2.5,
	commentOnEntry: 3
} as const;

/** The name of one kind of learning-log operation. */
export type LogOperationKind = keyof typeof LOG_WEIGHTS;

const TEXTS = [
	'We tried SMS',
	'Few answered',
	'Ask in person',
	'فشلنا ثم تعلّمنا',
	'再试一次 🙂',
	''
];
const DAYS = ['2026-01-31', '2026-03-01', '2027-12-31'] as IsoDate[];
const COMMENTS = ['Same here.', 'Thank you for this', 'شكرًا', 'Merci 🙏'];

/** Applies one learning-log operation to a copy and describes it; null when there was none to make. */
export function applyLogOperation(
	writer: Writer,
	kind: LogOperationKind,
	random: Random
): string | null {
	const log = writer.workspace.learningLog;
	const entries = log.list();
	const mine = entries.filter((entry) => log.mayEdit(entry));
	const own = mine.length > 0 ? random.pick(mine) : null;
	const tags = (): LogTag[] => LOG_TAGS.filter(() => random.chance(0.4));
	try {
		switch (kind) {
			case 'writeEntry':
			case 'writeUnnamedEntry': {
				const named = kind === 'writeEntry';
				const id = log.write(
					{
						tried: random.pick(TEXTS) || 'Tried',
						happened: random.pick(TEXTS),
						learned: random.pick(TEXTS),
						tags: tags(),
						on: random.pick(DAYS),
						shared: random.chance(0.3)
					},
					{ named }
				);
				return `write ${named ? 'named' : 'unnamed'} entry ${id}`;
			}
			case 'editEntry': {
				if (!own) return null;
				const change = random.pick([
					{ tried: `${random.pick(TEXTS)} ${random.int(1, 9)}` },
					{ learned: random.pick(TEXTS) },
					{ on: random.pick(DAYS) }
				]);
				log.update(own.id, change);
				return `edit entry ${own.id}: ${JSON.stringify(change)}`;
			}
			case 'tagEntry': {
				if (!own) return null;
				const chosen = tags();
				log.update(own.id, { tags: chosen });
				return `tag entry ${own.id} ${chosen.join(',')}`;
			}
			case 'shareEntry': {
				if (!own) return null;
				log.setShared(own.id, !own.shared);
				return `${own.shared ? 'keep inside' : 'share'} entry ${own.id}`;
			}
			case 'commentOnEntry': {
				if (entries.length === 0) return null;
				const entry = random.pick(entries);
				const id = log.comment(entry.id, random.pick(COMMENTS));
				return `comment ${id} on entry ${entry.id}`;
			}
		}
	} catch (error) {
		// Refused as the app refuses it (someone who left, an entry that says nothing).
		if (error instanceof LogRefusedError) return null;
		if (error instanceof Error && error.name === 'LogInputError') return null;
		throw error;
	}
}
