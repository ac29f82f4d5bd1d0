import * as Y from 'yjs';
import type { MemberId } from './ids';
import { ROOT } from './schema';

/**
 * Who wrote and who deleted what: Yjs's PermanentUserData over the `authors` root, mapping each
 * copy's client id to the member who used it. Reading never writes; the first local change of a
 * session claims the client id for its member.
 */
export class Authorship {
	readonly #doc: Y.Doc;
	readonly #users: Y.PermanentUserData;
	#claimed = false;

	constructor(doc: Y.Doc) {
		this.#doc = doc;
		this.#users = new Y.PermanentUserData(doc, doc.getMap(ROOT.authors));
	}

	/** Records that this copy's changes are `member`'s; only the first call of a session writes. */
	claimLocalChanges(member: MemberId): void {
		if (this.#claimed) return;
		this.#claimed = true;
		this.#users.setUserMapping(this.#doc, this.#doc.clientID, member);
	}

	/** The member who wrote with a client id, or null when unknown (not synced yet, or never said). */
	authorOfClient(clientId: number): MemberId | null {
		const user: unknown = this.#users.getUserByClientId(clientId);
		return typeof user === 'string' ? (user as MemberId) : null;
	}

	/** The member who deleted the item with this id, or null when unknown. */
	authorOfDeletion(id: Y.ID): MemberId | null {
		const user: unknown = this.#users.getUserByDeletedId(id);
		return typeof user === 'string' ? (user as MemberId) : null;
	}
}
