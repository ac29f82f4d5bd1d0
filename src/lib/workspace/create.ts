import type * as Y from 'yjs';
import {
	Authorship,
	createWorkspaceDoc,
	initializeWorkspace,
	readMeta,
	templatesIn,
	toBase64Url,
	type WorkspaceId
} from '../doc';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../sync/keys';
import { warn } from './registry';
import { storeOnce } from './store-once';
import type { WorkspacePorts } from './workspace-ports';

/**
 * Creates a workspace on a device from the templates of `locale`, with the device's person as
 * its first facilitator, and returns its id. It is listed before its data is written, so that
 * data without a listing is always a leftover.
 */
export async function createWorkspace(
	init: { name: string; locale: string },
	ports: WorkspacePorts
): Promise<WorkspaceId> {
	const secret = newWorkspaceSecret();
	const { workspaceId: id } = await deriveWorkspaceKeys(secret);
	const profile = ports.profile();
	const doc = createWorkspaceDoc();
	const now = ports.clock.now();
	const templates = await templatesIn(init.locale);
	initializeWorkspace(doc, {
		name: init.name,
		locale: init.locale,
		templates,
		now,
		creator: { id: profile.memberId, name: profile.name, colour: profile.colour }
	});
	// The templates are the creator's text: authorship shows them as theirs.
	new Authorship(doc).claimLocalChanges(profile.memberId);
	await ports.listings.put({
		id,
		name: readMeta(doc).name,
		secret: toBase64Url(secret),
		createdAt: now,
		lastOpenedAt: now,
		online: true
	});
	await writeOnce(id, doc, ports);
	return id;
}

/** Stores a document that was just made (a new or a joined workspace); undoes the listing on failure. */
export async function writeOnce(id: WorkspaceId, doc: Y.Doc, ports: WorkspacePorts): Promise<void> {
	try {
		await storeOnce(ports, id, doc);
	} catch (error) {
		await ports.listings.remove(id).catch(warn('could not clean up after a failed create'));
		await ports.removeData(id).catch(warn('could not remove the data yet; it is cleared later'));
		throw error;
	} finally {
		doc.destroy();
	}
}
