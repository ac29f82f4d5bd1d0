import { MEMBER_COLOURS, cleanMemberName, isColour } from './members';

/** Who a peer's presence says they are: never trusted for identity, only for showing. */
export interface PresenceUser {
	/** A name Concord accepts (text only, bounded), or null when the presence gives none. */
	name: string | null;
	/** A colour Concord can draw. */
	colour: string;
}

/**
 * Reads the `user` field of a peer's presence (`{ name, color }`, as this app and the editor's
 * collaboration carets write it) defensively; null when it is not an object at all.
 */
export function readPresenceUser(user: unknown): PresenceUser | null {
	if (typeof user !== 'object' || user === null) return null;
	const { name, color } = user as { name?: unknown; color?: unknown };
	return { name: cleanMemberName(name), colour: isColour(color) ? color : MEMBER_COLOURS[0] };
}
