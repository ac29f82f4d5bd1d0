import * as Y from 'yjs';
import type { MemberId } from './ids';
import { ROOT } from './schema';

/**
 * Whether every entry of the `authors` root has the shape PermanentUserData relies on (it throws on
 * anything else, and a peer may have sent anything).
 */
function readableAuthors(doc: Y.Doc): boolean {
	for (const entry of doc.getMap(ROOT.authors).values()) {
		if (!(entry instanceof Y.Map)) return false;
		const ids: unknown = entry.get('ids');
		const ds: unknown = entry.get('ds');
		if (!(ids instanceof Y.Array) || !(ds instanceof Y.Array)) return false;
		if (!ids.toArray().every((id) => Number.isInteger(id))) return false;
		if (!ds.toArray().every((d) => d instanceof Uint8Array)) return false;
	}
	return true;
}

/**
 * Who wrote and who deleted what: Yjs's PermanentUserData over the `authors` root, mapping each
 * copy's client id to the member who used it. Reading never writes; the first local change of a
 * session claims the client id for its member.
 */
export class Authorship {
	readonly #doc: Y.Doc;
	readonly #users: Y.PermanentUserData | null;
	#claimed = false;

	constructor(doc: Y.Doc) {
		this.#doc = doc;
		this.#users = readableAuthors(doc)
			? new Y.PermanentUserData(doc, doc.getMap(ROOT.authors))
			: null;
	}

	/** False when the record of authors is damaged: authors then show as unknown. */
	get available(): boolean {
		return this.#users !== null;
	}

	/** Records that this copy's changes are `member`'s; only the first call of a session writes. */
	claimLocalChanges(member: MemberId): void {
		if (this.#claimed || !this.#users) return;
		this.#claimed = true;
		this.#users.setUserMapping(this.#doc, this.#doc.clientID, member);
	}

	/** The member who wrote with a client id, or null when unknown (not synced yet, or never said). */
	authorOfClient(clientId: number): MemberId | null {
		const user: unknown = this.#users?.getUserByClientId(clientId);
		return typeof user === 'string' ? (user as MemberId) : null;
	}

	/** The member who deleted the item with this id, or null when unknown. */
	authorOfDeletion(id: Y.ID): MemberId | null {
		const user: unknown = this.#users?.getUserByDeletedId(id);
		return typeof user === 'string' ? (user as MemberId) : null;
	}
}
