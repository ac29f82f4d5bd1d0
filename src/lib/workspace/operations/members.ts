import {
	cleanMemberName,
	getMember,
	isFacilitator,
	listMembers,
	mayAnswer,
	observeMembers,
	setMemberLeft,
	setMemberOrganisation,
	setMemberRole,
	upsertMember,
	type Member,
	type MemberId,
	type MemberRole
} from '../../doc';
import type { OperationContext } from './context';

/** The members of a workspace, what each may do, and the changes facilitators make to roles. */
export class WorkspaceMembers {
	readonly #context: OperationContext;

	constructor(context: OperationContext) {
		this.#context = context;
	}

	/** Every member, in the order they joined. */
	list(): Member[] {
		return listMembers(this.#context.doc);
	}

	/** Calls `listener` when anyone joins or a member's name, colour or role changes. */
	observe(listener: () => void): () => void {
		return observeMembers(this.#context.doc, listener);
	}

	/** This person's member id on this device. */
	get me(): MemberId {
		return this.#context.me();
	}

	/** Whether someone convenes the group (this person unless `id` is given), among `members`. */
	isFacilitator(members: readonly Member[] = this.list(), id: MemberId = this.me): boolean {
		return isFacilitator(members, id);
	}

	/** Whether someone may answer decisions (this person unless `id` is given), among `members`. */
	mayAnswer(members: readonly Member[] = this.list(), id: MemberId = this.me): boolean {
		return mayAnswer(members, id);
	}

	/** Gives a member another role (facilitators do); false for someone unknown. */
	setRole(id: MemberId, role: MemberRole): boolean {
		return setMemberRole(this.#context.doc, id, role);
	}

	/**
	 * Sets this person's own organisation (blank clears it), putting them on the roster first if
	 * they are not on it yet; false when they have no name to be listed by.
	 */
	setOwnOrganisation(organisation: string): boolean {
		const { doc, clock, profile } = this.#context;
		const { memberId, name, colour } = profile();
		let done = false;
		doc.transact(() => {
			if (!getMember(doc, memberId) && cleanMemberName(name)) {
				upsertMember(doc, { id: memberId, name, colour, role: 'member', now: clock.now() });
			}
			done = setMemberOrganisation(doc, memberId, organisation);
		});
		return done;
	}

	/**
	 * Records that a member has left the group (or, with `left` false, that they are back); a
	 * facilitator does this. They stay in the roster and in every record that names them.
	 */
	setLeft(id: MemberId, left: boolean): boolean {
		const { doc, clock } = this.#context;
		return setMemberLeft(doc, id, left ? clock.now() : null);
	}
}
