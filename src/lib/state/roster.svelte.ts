import { createSubscriber } from 'svelte/reactivity';
import {
	organisationKey,
	type GroupSettings,
	type Member,
	type MemberId,
	type MemberRole,
	type Workspace
} from '../workspace';

/** A column the Members page sorts by. */
export type RosterSort = 'name' | 'organisation' | 'role' | 'joined';

/** An organisation with how many members of the group are part of it. */
export interface OrganisationCount {
	name: string;
	members: number;
}

/**
 * The group's roster as the Members page shows it: sorted by a column either way, with how many
 * members each organisation has; this person's own organisation; and what facilitators change
 * (roles, who has left, how the group decides).
 */
export class Roster {
	readonly #workspace: Workspace;
	readonly #members: () => readonly Member[];
	readonly #readOnly: () => boolean;
	readonly #settingsChanged: () => void;
	sort = $state<RosterSort>('joined');
	ascending = $state(true);

	constructor(workspace: Workspace, members: () => readonly Member[], readOnly: () => boolean) {
		this.#workspace = workspace;
		this.#members = members;
		this.#readOnly = readOnly;
		this.#settingsChanged = createSubscriber((update) => workspace.settings.observe(update));
	}

	/** This person's member id. */
	get me(): MemberId {
		return this.#workspace.members.me;
	}

	/** This person's roster entry, or undefined before they are on it. */
	get mine(): Member | undefined {
		return this.#members().find((m) => m.id === this.me);
	}

	/** Sorts by `column`; sorting by the same column again reverses the order. */
	sortBy(column: RosterSort): void {
		this.ascending = this.sort === column ? !this.ascending : true;
		this.sort = column;
	}

	/** The members, sorted as chosen (who has left among them, as they were). */
	get members(): Member[] {
		const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
		const order: MemberRole[] = ['facilitator', 'member', 'observer'];
		const key = {
			name: (a: Member, b: Member) => collator.compare(a.name, b.name),
			organisation: (a: Member, b: Member) =>
				a.organisation === b.organisation
					? 0
					: a.organisation === null
						? 1
						: b.organisation === null
							? -1
							: collator.compare(a.organisation, b.organisation),
			role: (a: Member, b: Member) => order.indexOf(a.role) - order.indexOf(b.role),
			joined: (a: Member, b: Member) => a.joinedAt - b.joinedAt
		}[this.sort];
		const sign = this.ascending ? 1 : -1;
		return [...this.#members()].sort((a, b) => sign * key(a, b) || a.joinedAt - b.joinedAt);
	}

	/** Every organisation members name, with how many members (still in the group) are part of it. */
	get organisations(): OrganisationCount[] {
		const counts: Record<string, OrganisationCount> = Object.create(null);
		for (const member of this.#members()) {
			if (!member.organisation || member.leftAt !== null) continue;
			const key = organisationKey(member.organisation);
			counts[key] ??= { name: member.organisation, members: 0 };
			counts[key].members++;
		}
		return Object.values(counts).sort(
			(a, b) => b.members - a.members || a.name.localeCompare(b.name)
		);
	}

	/** Sets this person's organisation; blank clears it. False when they cannot be listed yet. */
	setOwnOrganisation(organisation: string): boolean {
		return !this.#readOnly() && this.#workspace.members.setOwnOrganisation(organisation);
	}

	/** Whether this person may change roles, record who left and how the group decides. */
	get mayManage(): boolean {
		return !this.#readOnly() && this.#workspace.members.isFacilitator(this.#members());
	}

	/**
	 * Whether `member`'s role may be changed here: by a facilitator, and never so that the group
	 * is left without a facilitator.
	 */
	mayChangeRole(member: Member): boolean {
		if (!this.mayManage) return false;
		const facilitators = this.#members().filter(
			(m) => m.role === 'facilitator' && m.leftAt === null
		);
		return !(
			member.role === 'facilitator' &&
			facilitators.length === 1 &&
			facilitators[0]!.id === member.id
		);
	}

	/** Gives a member another role; false when it is not this person's to change. */
	setRole(member: Member, role: MemberRole): boolean {
		return this.mayChangeRole(member) && this.#workspace.members.setRole(member.id, role);
	}

	/** Whether this person may record that `member` left (or is back): a facilitator, for someone else. */
	mayMarkLeft(member: Member): boolean {
		return this.mayManage && member.id !== this.me;
	}

	/** Records that a member left the group, or is back. */
	setLeft(member: Member, left: boolean): boolean {
		return this.mayMarkLeft(member) && this.#workspace.members.setLeft(member.id, left);
	}

	/** How the group decides and checks in, as its settings say. */
	get settings(): GroupSettings {
		this.#settingsChanged();
		return this.#workspace.settings.read();
	}

	/** Changes how the group decides and checks in (facilitators); false when refused. */
	changeSettings(change: Partial<GroupSettings>): boolean {
		return this.mayManage && this.#workspace.settings.change(change);
	}
}
