import {
	InviteError,
	currentProfile,
	joinWorkspace,
	MEMBER_COLOURS,
	readInvite,
	type InviteProblem,
	type WorkspaceId
} from '../workspace';

/** Joining by an invite link: what is wrong with the link, if anything, and the join itself. */
export class JoinFlow {
	readonly problem: InviteProblem | null;
	readonly #fragment: string;
	/** The name and colour this device remembers, to start the form with. */
	readonly profile = currentProfile();
	/** Colours to choose from. */
	readonly colours = MEMBER_COLOURS;

	constructor(fragment: string) {
		this.#fragment = fragment;
		let problem: InviteProblem | null = null;
		try {
			readInvite(fragment);
		} catch (error) {
			problem = error instanceof InviteError ? error.problem : 'malformed';
		}
		this.problem = problem;
	}

	/** Joins as this person; returns the workspace id to open. */
	join(name: string, colour: string): Promise<WorkspaceId> {
		return joinWorkspace(this.#fragment, { name, colour });
	}
}
