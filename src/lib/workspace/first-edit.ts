import type * as Y from 'yjs';
import { getMember, UNNAMED_ORIGIN, upsertMember, type Authorship } from '../doc';
import {
	changeSource,
	type Clock,
	type DeviceProfile,
	type GroupSync,
	type WorkspaceStore
} from './ports';

/**
 * The first change this person makes in a workspace records who they are: the copy's client id
 * as theirs, and, if they are not on the roster yet and have a name, them as a member, so that
 * others see who wrote what. Returns the function that stops waiting.
 */
export function claimFirstEdit(
	doc: Y.Doc,
	authorship: Authorship,
	device: {
		store: WorkspaceStore;
		sync: GroupSync;
		profile: () => DeviceProfile;
		clock: Clock;
		stopped: () => boolean;
	}
): () => void {
	const onUpdate = (_: Uint8Array, origin: unknown) => {
		// An entry written without a name claims nothing for this person (`writeUnnamed`).
		if (origin === UNNAMED_ORIGIN || changeSource(origin, device) !== 'this device') return;
		doc.off('update', onUpdate);
		queueMicrotask(() => {
			if (device.stopped()) return;
			const profile = device.profile();
			authorship.claimLocalChanges(profile.memberId);
			if (!getMember(doc, profile.memberId) && profile.name) {
				const now = device.clock.now();
				upsertMember(doc, { ...profile, id: profile.memberId, role: 'member', now });
			}
		});
	};
	doc.on('update', onUpdate);
	return () => doc.off('update', onUpdate);
}
