import type { WorkspaceEntry } from '../persistence';
import { inviteLink } from '../sync/invite';
import { secretOf, workspaceSignaling } from './network';

/** The invite link to a workspace, for this app's origin; its secret stays in the fragment. */
export function inviteLinkFor(entry: WorkspaceEntry, origin: string): string {
	return inviteLink(origin, { secret: secretOf(entry), signaling: workspaceSignaling(entry) });
}
