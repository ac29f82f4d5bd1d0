import {
	Authorship,
	createWorkspaceDoc,
	toBase64Url,
	upsertMember,
	type WorkspaceId
} from '../doc';
import { parseInviteFragment, type Invite } from '../sync/invite';
import { deriveWorkspaceKeys } from '../sync/keys';
import { uniqueSignaling } from '../sync/network-config';
import { browserPorts } from './browser-ports';
import { updateProfile } from './profile';
import { writeOnce } from './create';
import type { WorkspacePorts } from './workspace-ports';

export { InviteError, type InviteProblem } from '../sync/invite';

/** Reads an invite link's fragment; throws an `InviteError` saying what is wrong with it. */
export function readInvite(fragment: string) {
	return parseInviteFragment(fragment);
}

/**
 * Joins the workspace an invite names, as this person (name and colour remembered on this
 * device): it is listed on this device, and its content arrives from the other members. Joining a
 * workspace this device already has just opens it.
 */
export async function joinWorkspace(
	fragment: string,
	person: { name: string; colour: string }
): Promise<WorkspaceId> {
	const invite = parseInviteFragment(fragment);
	if (!updateProfile(person)) throw new Error('A member needs a name.');
	return joinWithInvite(invite, browserPorts);
}

/**
 * Joins the workspace of a read invite as the person of `ports`' profile: it is listed, and
 * this person's member record waits in an otherwise empty copy for the workspace to arrive.
 */
export async function joinWithInvite(invite: Invite, ports: WorkspacePorts): Promise<WorkspaceId> {
	const profile = ports.profile();
	const { workspaceId: id } = await deriveWorkspaceKeys(invite.secret);
	const known = await ports.listings.get(id);
	if (known) {
		await ports.listings.update(id, {
			signaling: uniqueSignaling(known.signaling ?? [], invite.signaling),
			// An invite makes a read-only copy (from a file without its key) a member's copy.
			...(known.readOnly ? { readOnly: false, secret: toBase64Url(invite.secret) } : {})
		});
		return id;
	}
	const now = ports.clock.now();
	await ports.listings.put({
		id,
		name: '',
		secret: toBase64Url(invite.secret),
		createdAt: now,
		lastOpenedAt: now,
		signaling: invite.signaling,
		online: true
	});
	const doc = createWorkspaceDoc();
	upsertMember(doc, { ...profile, id: profile.memberId, role: 'member', now });
	new Authorship(doc).claimLocalChanges(profile.memberId);
	await writeOnce(id, doc, ports);
	return id;
}
