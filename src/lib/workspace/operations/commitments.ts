import {
	addCheckIn,
	anchorPassage,
	asEvidenceLink,
	CommitmentInputError,
	createCommitment,
	deleteCommitment,
	editCheckIn,
	getCommitment,
	listCommitments,
	listMembers,
	localIsoDate,
	mayCheckIn,
	mayEditCheckIn,
	mayEditCommitment,
	mayOwn,
	observeCommitments,
	organisationKey,
	resolvePassage,
	setCommitmentStatus,
	unlinkCommitmentSource,
	updateCommitment,
	type CheckInId,
	type CheckInInit,
	type Commitment,
	type CommitmentChange,
	type CommitmentId,
	type CommitmentInit,
	type CommitmentSource,
	type CommitmentStatus,
	type DocumentId,
	type IsoDate,
	type Member,
	type Party,
	type ResolvedPassage
} from '../../doc';
import type { OperationContext } from './context';

/** The longest a check of the date waits, so that a change of time zone is seen within the hour. */
const HOUR_MS = 3_600_000;

/** Why an operation on a commitment was not carried out. */
export type CommitmentRefusal = 'not-allowed' | 'missing' | 'bad-link' | 'no-passage';

/** Thrown when a commitment operation is refused; the workspace is unchanged. */
export class CommitmentRefusedError extends Error {
	constructor(readonly why: CommitmentRefusal) {
		super(`The commitment was not changed: ${why}.`);
		this.name = 'CommitmentRefusedError';
	}
}

/**
 * The commitments members make to one another: reading them, making them (on their own or from a
 * passage of a document), changing them and checking in on them, each as its rules allow.
 */
export class WorkspaceCommitments {
	readonly #context: OperationContext;

	constructor(context: OperationContext) {
		this.#context = context;
	}

	/** Every commitment, oldest first. */
	list(): Commitment[] {
		return listCommitments(this.#context.doc);
	}

	/** One commitment, or null. */
	get(id: CommitmentId): Commitment | null {
		return getCommitment(this.#context.doc, id);
	}

	/** Calls `listener` when a commitment, a check-in or the roster changes. */
	observe(listener: () => void): () => void {
		return observeCommitments(this.#context.doc, listener);
	}

	/** Today's date where this person is (or in `timeZone`), by the workspace's clock. */
	today(timeZone?: string): IsoDate {
		return localIsoDate(this.#context.clock.now(), timeZone);
	}

	/**
	 * Calls `listener` when the date changes where this person is (at midnight, or when the
	 * device moves to another time zone), so that what is due today is said anew.
	 */
	observeToday(listener: () => void): () => void {
		const { clock } = this.#context;
		let day = this.today();
		let timer: unknown;
		const schedule = () => {
			const now = clock.now();
			const midnight = new Date(now);
			midnight.setHours(24, 0, 1, 0);
			timer = clock.setTimeout(tick, Math.min(midnight.getTime() - now, HOUR_MS));
		};
		const tick = () => {
			const today = this.today();
			if (today !== day) {
				day = today;
				listener();
			}
			schedule();
		};
		schedule();
		return () => clock.clearTimeout(timer);
	}

	/** Where a commitment's passage is now, or null when it has none or it was removed. */
	passage(commitment: Commitment): ResolvedPassage | null {
		return commitment.source ? resolvePassage(this.#context.doc, commitment.source) : null;
	}

	/** The commitments that come from a passage of `documentId`, with where each passage is now. */
	inDocument(documentId: DocumentId): { commitment: Commitment; passage: ResolvedPassage }[] {
		return this.list().flatMap((commitment) => {
			if (commitment.source?.documentId !== documentId) return [];
			const passage = this.passage(commitment);
			return passage ? [{ commitment, passage }] : [];
		});
	}

	/** Every organisation named by a member or an owner, one spelling each, in alphabetical order. */
	organisations(members: readonly Member[] = listMembers(this.#context.doc)): string[] {
		const names = new Map<string, string>();
		for (const member of members)
			if (member.organisation) names.set(organisationKey(member.organisation), member.organisation);
		for (const commitment of this.list())
			for (const owner of commitment.owners)
				if (owner.kind === 'organisation' && !names.has(organisationKey(owner.name)))
					names.set(organisationKey(owner.name), owner.name);
		return [...names.values()].sort((a, b) => a.localeCompare(b));
	}

	/** The members who may own commitments (members and facilitators still part of the group). */
	possibleOwners(members: readonly Member[] = listMembers(this.#context.doc)): Member[] {
		return members.filter(mayOwn);
	}

	/** Whether this person may make commitments and check in (observers and who left may not). */
	get mayTakePart(): boolean {
		return mayCheckIn(listMembers(this.#context.doc), this.#context.me());
	}

	/** Whether this person may change `commitment`. */
	mayEdit(commitment: Commitment): boolean {
		return mayEditCommitment(listMembers(this.#context.doc), commitment, this.#context.me());
	}

	/** Whether this person may still edit `checkIn` (their own, within a day, while taking part). */
	mayEditCheckIn(checkIn: Commitment['checkIns'][number]): boolean {
		const { doc, me, clock } = this.#context;
		return mayEditCheckIn(listMembers(doc), checkIn, me(), clock.now());
	}

	/** Refuses owners who may not own commitments, among those not already owning it (`kept`). */
	#checkOwners(owners: readonly Party[], kept: readonly Party[] = []): void {
		const members = listMembers(this.#context.doc);
		for (const owner of owners) {
			if (owner.kind !== 'member') continue;
			if (kept.some((k) => k.kind === 'member' && k.id === owner.id)) continue;
			if (!members.some((m) => m.id === owner.id && mayOwn(m)))
				throw new CommitmentInputError('owners', 'Only members of the group own commitments.');
		}
	}

	/** Makes a commitment and returns its id; throws `CommitmentInputError` for a refused form. */
	create(init: CommitmentInit): CommitmentId {
		if (!this.mayTakePart) throw new CommitmentRefusedError('not-allowed');
		this.#checkOwners(init.owners);
		const { doc, clock, me } = this.#context;
		return createCommitment(doc, { ...init, by: me(), now: clock.now() });
	}

	/**
	 * Anchors a passage of a document (offsets in its text, as selected now) so that a commitment
	 * made from it later keeps to those words; null for an empty selection.
	 */
	anchor(documentId: DocumentId, from: number, to: number): CommitmentSource | null {
		return anchorPassage(this.#context.doc, documentId, from, to);
	}

	/**
	 * Makes a commitment from a passage of a document (offsets in its text): it keeps a live link
	 * to the passage. Throws `CommitmentRefusedError('no-passage')` for an empty selection.
	 */
	createFromPassage(
		documentId: DocumentId,
		from: number,
		to: number,
		init: Omit<CommitmentInit, 'source'>
	): CommitmentId {
		const source = this.anchor(documentId, from, to);
		if (!source) throw new CommitmentRefusedError('no-passage');
		return this.create({ ...init, source });
	}

	#editable(id: CommitmentId): Commitment {
		const commitment = this.get(id);
		if (!commitment) throw new CommitmentRefusedError('missing');
		if (!this.mayEdit(commitment)) throw new CommitmentRefusedError('not-allowed');
		return commitment;
	}

	/** Changes a commitment's fields. */
	update(id: CommitmentId, change: CommitmentChange): void {
		const commitment = this.#editable(id);
		if (change.owners) this.#checkOwners(change.owners, commitment.owners);
		updateCommitment(this.#context.doc, id, change);
	}

	/** Sets where a commitment stands now. */
	setStatus(id: CommitmentId, status: CommitmentStatus): void {
		this.#editable(id);
		const { doc, clock, me } = this.#context;
		setCommitmentStatus(doc, id, { status, by: me(), now: clock.now() });
	}

	/** Detaches a commitment from its passage. */
	unlink(id: CommitmentId): void {
		this.#editable(id);
		unlinkCommitmentSource(this.#context.doc, id);
	}

	/** Removes a commitment and its check-ins. */
	remove(id: CommitmentId): void {
		this.#editable(id);
		deleteCommitment(this.#context.doc, id);
	}

	#checkLink(init: CheckInInit): void {
		if (init.evidence !== null && init.evidence.trim() !== '' && !asEvidenceLink(init.evidence))
			throw new CommitmentRefusedError('bad-link');
	}

	/**
	 * Adds this person's check-in to a commitment and returns its id. Anyone taking part may
	 * report; a check-in that sets the status needs the right to change the commitment.
	 */
	checkIn(id: CommitmentId, init: CheckInInit): CheckInId {
		if (!this.mayTakePart) throw new CommitmentRefusedError('not-allowed');
		const commitment = this.get(id);
		if (init.status && commitment && !this.mayEdit(commitment))
			throw new CommitmentRefusedError('not-allowed');
		this.#checkLink(init);
		const { doc, clock, me } = this.#context;
		const checkInId = addCheckIn(doc, id, { ...init, by: me(), now: clock.now() });
		if (!checkInId) throw new CommitmentRefusedError('missing');
		return checkInId;
	}

	/** Rewrites this person's own check-in, within a day of writing it. */
	editCheckIn(id: CommitmentId, checkInId: CheckInId, change: CheckInInit): void {
		const checkIn = this.get(id)?.checkIns.find((c) => c.id === checkInId);
		if (!checkIn) throw new CommitmentRefusedError('missing');
		if (!this.mayEditCheckIn(checkIn)) throw new CommitmentRefusedError('not-allowed');
		this.#checkLink(change);
		editCheckIn(this.#context.doc, id, checkInId, { ...change, now: this.#context.clock.now() });
	}
}
