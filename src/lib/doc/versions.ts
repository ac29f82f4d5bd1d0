import * as Y from 'yjs';
import { randomId, type DocumentId, type MemberId, type Branded } from './ids';
import { cleanLine, isMoment } from './meta';
import { ROOT, VERSION } from './schema';

/** Identifies one named version of a document. */
export type VersionId = Branded<'VersionId'>;

/** The longest version name accepted, in characters. */
export const MAX_VERSION_NAME = 120;

/** A named version of one document: what the History panel lists. */
export interface Version {
	id: VersionId;
	documentId: DocumentId;
	name: string;
	/** The member who saved it. */
	author: MemberId | null;
	createdAt: number;
}

/** The `versions` root: one `Y.Map` per named version, in the order they were saved. */
export function versionsArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
	return doc.getArray(ROOT.versions);
}

function readVersion(entry: unknown): Version | null {
	if (!(entry instanceof Y.Map)) return null;
	const id: unknown = entry.get(VERSION.id);
	const documentId: unknown = entry.get(VERSION.documentId);
	const name = cleanLine(entry.get(VERSION.name), MAX_VERSION_NAME);
	const author: unknown = entry.get(VERSION.author);
	const createdAt: unknown = entry.get(VERSION.createdAt);
	if (typeof id !== 'string' || typeof documentId !== 'string' || name === null) return null;
	if (!(entry.get(VERSION.snapshot) instanceof Uint8Array)) return null;
	return {
		id: id as VersionId,
		documentId: documentId as DocumentId,
		name,
		author: typeof author === 'string' ? (author as MemberId) : null,
		createdAt: isMoment(createdAt) ? createdAt : 0
	};
}

/**
 * Saves the current state of the workspace as a named version of one document, and returns its
 * id. The workspace keeps its full history (`gc: false`), so the version can be shown later.
 */
export function saveVersion(
	doc: Y.Doc,
	init: { documentId: DocumentId; name: string; author: MemberId; now: number }
): VersionId {
	if (doc.gc) throw new Error('Versions need a workspace that keeps its history.');
	const name = cleanLine(init.name, MAX_VERSION_NAME);
	if (!name) throw new Error('A version needs a name.');
	const id = randomId() as VersionId;
	// Taken before the entry is added: the version is the text as it was when "Save" was pressed.
	const snapshot = Y.encodeSnapshot(Y.snapshot(doc));
	doc.transact(() => {
		const entry = new Y.Map<unknown>();
		entry.set(VERSION.id, id);
		entry.set(VERSION.documentId, init.documentId);
		entry.set(VERSION.name, name);
		entry.set(VERSION.snapshot, snapshot);
		entry.set(VERSION.author, init.author);
		entry.set(VERSION.createdAt, init.now);
		versionsArray(doc).push([entry]);
	});
	return id;
}

/**
 * The well-formed versions of a document, oldest first. Versions saved on two copies while apart
 * are ordered by time, so every copy lists them alike once merged.
 */
export function listVersions(doc: Y.Doc, documentId: DocumentId): Version[] {
	const seen = new Set<string>();
	const versions: Version[] = [];
	for (const entry of versionsArray(doc).toArray()) {
		const version = readVersion(entry);
		if (!version || version.documentId !== documentId || seen.has(version.id)) continue;
		seen.add(version.id);
		versions.push(version);
	}
	return versions.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** One version by id, or null when there is none (or a peer sent a damaged one). */
export function getVersion(doc: Y.Doc, id: VersionId): Version | null {
	return versionEntry(doc, id).version;
}

function versionEntry(
	doc: Y.Doc,
	id: string
): { version: Version | null; bytes: Uint8Array | null } {
	for (const entry of versionsArray(doc).toArray()) {
		const version = readVersion(entry);
		if (version?.id === id) {
			return { version, bytes: entry.get(VERSION.snapshot) as Uint8Array };
		}
	}
	return { version: null, bytes: null };
}

/**
 * The state of the workspace a version captured, or null when the version is missing or its
 * snapshot cannot be read (a damaged entry from a peer never stops the rest of the history).
 */
export function versionSnapshot(doc: Y.Doc, id: VersionId): Y.Snapshot | null {
	const { bytes } = versionEntry(doc, id);
	if (!bytes) return null;
	try {
		const snapshot = Y.decodeSnapshot(bytes);
		// A snapshot can only show what this copy already holds; one from the future shows nothing.
		const state = Y.encodeStateVector(doc);
		const known = Y.decodeStateVector(state);
		for (const [client, clock] of snapshot.sv) {
			if ((known.get(client) ?? 0) < clock) return null;
		}
		return snapshot;
	} catch {
		return null;
	}
}

/** Calls `onChange` when versions are added anywhere in the workspace; returns the stop function. */
export function observeVersions(doc: Y.Doc, onChange: () => void): () => void {
	const versions = versionsArray(doc);
	versions.observe(onChange);
	return () => versions.unobserve(onChange);
}
