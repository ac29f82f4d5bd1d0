import * as Y from 'yjs';
import { waitsForMissingChanges } from '../missing-changes';
import { Authorship } from '../authors';
import { documentBody } from '../documents';
import type { DocumentId, MemberId } from '../ids';
import { BOUNDED_DECODER } from '../update-check';
import { docAtBase, readBase } from './change';

/** The origin of what a fork is opened with (its base and the draft's earlier change). */
const OPENING = Symbol('opening a draft');

/** What a draft amendment keeps to be opened again: the base it started from and its change. */
export interface DraftChange {
	base: Uint8Array;
	/** A Yjs update (version 2) against `base` (the claim of authorship at least); null before. */
	change: Uint8Array | null;
}

/**
 * A draft of a document's amendment: a copy of the workspace as it was at the draft's base, in
 * which one member edits freely, apart from the group. What they change is gathered as one Yjs
 * update against the base, written under the fork's own client id and recorded as theirs.
 */
export class AmendmentFork {
	readonly doc: Y.Doc;
	readonly base: Uint8Array;
	readonly documentId: DocumentId;
	readonly #changes: Uint8Array[] = [];
	readonly #listeners = new Set<() => void>();

	private constructor(doc: Y.Doc, base: Uint8Array, documentId: DocumentId) {
		this.doc = doc;
		this.base = base;
		this.documentId = documentId;
	}

	/**
	 * Opens a draft of `documentId` for `member`: from the workspace as it is now, or from a draft
	 * kept earlier. Null when the document is missing or a kept draft no longer opens here.
	 */
	static open(
		workspace: Y.Doc,
		init: { documentId: DocumentId; member: MemberId; kept?: DraftChange }
	): AmendmentFork | null {
		const base = init.kept?.base ?? Y.encodeSnapshot(Y.snapshot(workspace));
		const snapshot = readBase(workspace, base);
		if (!snapshot) return null;
		const doc = docAtBase(workspace, snapshot);
		const fork = new AmendmentFork(doc, base, init.documentId);
		const kept = init.kept?.change;
		try {
			if (kept) {
				Y.applyUpdateV2(doc, kept, OPENING, BOUNDED_DECODER.v2);
				fork.#changes.push(kept);
			}
		} catch {
			doc.destroy();
			return null;
		}
		if (!fork.body || waitsForMissingChanges(doc)) {
			doc.destroy();
			return null;
		}
		doc.on('updateV2', (update: Uint8Array, origin: unknown) => {
			if (origin === OPENING) return;
			fork.#changes.push(update);
			for (const listener of fork.#listeners) listener();
		});
		new Authorship(doc).claimLocalChanges(init.member);
		return fork;
	}

	/** The text being amended, for the editor. */
	get body(): Y.Text | null {
		return documentBody(this.doc, this.documentId);
	}

	/** Everything changed in the draft so far, as one update against the base. */
	get change(): DraftChange {
		const change = this.#changes.length > 0 ? Y.mergeUpdatesV2(this.#changes) : null;
		if (change && this.#changes.length > 1) this.#changes.splice(0, Infinity, change);
		return { base: this.base, change };
	}

	/** Calls `listener` after every change made in the draft; returns the stop function. */
	observe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Closes the draft (what was kept of it stays kept). */
	destroy(): void {
		this.#listeners.clear();
		this.doc.destroy();
	}
}
