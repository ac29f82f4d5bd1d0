import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { MemberId } from './ids';
import { warnIgnored } from './ignored';
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

/** A delete set in Yjs's version 1 encoding, as PermanentUserData stores deletions. */
function encodeDeletions(clients: Map<number, { clock: number; len: number }[]>): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, clients.size);
	for (const [client, ranges] of clients) {
		encoding.writeVarUint(encoder, client);
		encoding.writeVarUint(encoder, ranges.length);
		for (const { clock, len } of ranges) {
			encoding.writeVarUint(encoder, clock);
			encoding.writeVarUint(encoder, len);
		}
	}
	return encoding.toUint8Array(encoder);
}

type Observer = (event: unknown, transaction: unknown) => void;

/**
 * Runs `create` (which registers Yjs observers) so that every observer it or its observers
 * register runs guarded: once `healthy()` is false or an observer throws, `onDamage` is called
 * and the observers stop, instead of throwing out of the transaction that brought the damage.
 */
function withGuardedObservers<T>(create: () => T, healthy: () => boolean, onDamage: () => void): T {
	let damaged = false;
	const proto = Y.AbstractType.prototype as unknown as { observe(f: Observer): void };
	const observe = proto.observe;
	const guard =
		(f: Observer): Observer =>
		(event, transaction) => {
			if (damaged) return;
			try {
				if (!healthy()) throw new Error('damaged');
				install(() => f(event, transaction));
			} catch {
				damaged = true;
				onDamage();
			}
		};
	const install = <R>(run: () => R): R => {
		const before = proto.observe;
		proto.observe = function (this: unknown, f: Observer) {
			observe.call(this, guard(f));
		};
		try {
			return run();
		} finally {
			proto.observe = before;
		}
	};
	return install(create);
}

/**
 * Who wrote and who deleted what: Yjs's PermanentUserData over the `authors` root, mapping each
 * copy's client id to the member who used it. Reading never writes; the first local change of a
 * session claims the client id for its member.
 */
export class Authorship {
	readonly #doc: Y.Doc;
	readonly #users: Y.PermanentUserData | null;
	readonly #later: (run: () => void) => void;
	#claimed = false;
	#damaged = false;

	/**
	 * `later` runs what is recorded after a change, once the change is over (a timer by default;
	 * a workspace gives its clock's, so that a test's time decides when).
	 */
	constructor(doc: Y.Doc, later: (run: () => void) => void = (run) => setTimeout(run, 0)) {
		this.#doc = doc;
		this.#later = later;
		// A damaged record arriving later, from a peer, must not throw out of Yjs's observers.
		this.#users = readableAuthors(doc)
			? withGuardedObservers(
					() => new Y.PermanentUserData(doc, doc.getMap(ROOT.authors)),
					() => readableAuthors(doc),
					() => {
						this.#damaged = true;
						warnIgnored('record of authors', ROOT.authors, 'damaged; authors show as unknown');
					}
				)
			: null;
	}

	/** False when the record of authors is damaged: authors then show as unknown. */
	get available(): boolean {
		return this.#users !== null && !this.#damaged;
	}

	/**
	 * Records that this copy's changes are `member`'s; only the first call of a session writes.
	 * Written as PermanentUserData writes it, but without its timers that throw when a peer has
	 * replaced the member's record with something else, and with what is deleted before the
	 * record is written gathered into one entry.
	 */
	claimLocalChanges(member: MemberId): void {
		if (this.#claimed || !this.#users || this.#damaged) return;
		this.#claimed = true;
		const users = this.#doc.getMap(ROOT.authors);
		const record = (): { ids: Y.Array<unknown>; ds: Y.Array<unknown> } | null => {
			const user: unknown = users.get(member);
			if (!(user instanceof Y.Map)) return null;
			const ids: unknown = user.get('ids');
			const ds: unknown = user.get('ds');
			return ids instanceof Y.Array && ds instanceof Y.Array ? { ids, ds } : null;
		};
		this.#doc.transact(() => {
			if (!record()) {
				const user = new Y.Map<unknown>();
				user.set('ids', new Y.Array());
				user.set('ds', new Y.Array());
				users.set(member, user);
			}
			record()?.ids.push([this.#doc.clientID]);
		});
		// What this copy deletes until the record is written goes in as one entry, not one per change.
		let pending: Map<number, { clock: number; len: number }[]> | null = null;
		this.#doc.on('afterTransaction', (transaction: Y.Transaction) => {
			const deleted = transaction.deleteSet.clients;
			if (!transaction.local || deleted.size === 0) return;
			const first = pending === null;
			pending ??= new Map();
			for (const [client, ranges] of deleted) {
				const kept = pending.get(client) ?? [];
				for (const { clock, len } of ranges) kept.push({ clock, len });
				pending.set(client, kept);
			}
			if (!first) return;
			this.#later(() => {
				const deletions = pending!;
				pending = null;
				if (!this.#damaged && !this.#doc.isDestroyed)
					record()?.ds.push([encodeDeletions(deletions)]);
			});
		});
	}

	/** The member who wrote with a client id, or null when unknown (not synced yet, or never said). */
	authorOfClient(clientId: number): MemberId | null {
		if (this.#damaged) return null;
		const user: unknown = this.#users?.getUserByClientId(clientId);
		return typeof user === 'string' ? (user as MemberId) : null;
	}

	/** The member who deleted the item with this id, or null when unknown. */
	authorOfDeletion(id: Y.ID): MemberId | null {
		if (this.#damaged) return null;
		const user: unknown = this.#users?.getUserByDeletedId(id);
		return typeof user === 'string' ? (user as MemberId) : null;
	}
}
