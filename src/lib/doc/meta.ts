import type * as Y from 'yjs';
import { META, SCHEMA_VERSION, metaMap } from './schema';

/** The longest workspace or document name accepted, in characters. */
export const MAX_NAME_LENGTH = 120;

/** What a workspace says about itself. */
export interface WorkspaceMeta {
	name: string;
	createdAt: number;
	languages: string[];
}

/** Trims a name a person typed and caps its length; returns null when nothing is left. */
export function cleanName(raw: string): string | null {
	const name = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
	return name.length > 0 ? name : null;
}

/** Reads the workspace meta, tolerating missing or malformed values from older or hostile copies. */
export function readMeta(doc: Y.Doc): WorkspaceMeta {
	const meta = metaMap(doc);
	const name = meta.get(META.name);
	const createdAt = meta.get(META.createdAt);
	const languages = meta.get(META.languages);
	return {
		name: typeof name === 'string' ? name : '',
		createdAt: typeof createdAt === 'number' ? createdAt : 0,
		languages: Array.isArray(languages) ? languages.filter((l) => typeof l === 'string') : []
	};
}

/** Writes the meta of a workspace being created, with the current schema version. */
export function writeInitialMeta(doc: Y.Doc, name: string, language: string, now: number): void {
	const meta = metaMap(doc);
	meta.set(META.schemaVersion, SCHEMA_VERSION);
	meta.set(META.name, name);
	meta.set(META.createdAt, now);
	meta.set(META.languages, [language]);
}

/** Renames the workspace; ignores a name that is empty once trimmed. */
export function renameWorkspace(doc: Y.Doc, raw: string): boolean {
	const name = cleanName(raw);
	if (name === null) return false;
	if (metaMap(doc).get(META.name) !== name) metaMap(doc).set(META.name, name);
	return true;
}

/**
 * Makes one line of text from a person or a peer safe to keep and show: a string, without control
 * or invisible formatting characters, spaces collapsed, at most `max` characters; null when empty.
 */
export function cleanLine(raw: unknown, max: number): string | null {
	if (typeof raw !== 'string') return null;
	const line = cutAt(
		wellFormed(raw)
			.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim(),
		max
	);
	return line.length > 0 ? line : null;
}

/** Text of several paragraphs, without control or invisible formatting characters, capped. */
export function cleanText(raw: unknown, max: number): string | null {
	if (typeof raw !== 'string') return null;
	// Cut once the text is well formed (the same on every copy), between characters.
	const text = cutAt(wellFormed(raw.slice(0, max * 2 + 1)), max * 2)
		.replace(/\r\n?/g, '\n')
		.replace(/[^\P{Cc}\n]|\p{Cf}/gu, '')
		.replace(/[^\S\n]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	const capped = cutAt(text, max);
	return capped.length > 0 ? capped : null;
}

/**
 * Text with every lone half of a surrogate pair replaced by U+FFFD, as Yjs's encoding replaces
 * it on the way to a peer: read so, the copy that wrote such a text and the copies that received
 * it read the same.
 */
export function wellFormed(text: string): string {
	return text.replace(
		/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
		'\uFFFD'
	);
}

/** The first `max` UTF-16 units of a well-formed text, without half of a character at the cut. */
export function cutAt(text: string, max: number): string {
	const cut = text.slice(0, max);
	return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Whether a value is a moment Concord can show: a finite time within the range of dates. */
export function isMoment(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 8.64e15;
}
