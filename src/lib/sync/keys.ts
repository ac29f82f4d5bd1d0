import { toBase64Url, type WorkspaceId } from '../doc';

/** Length of a workspace secret in bytes: the key to a workspace, carried only in invite fragments. */
export const SECRET_BYTES = 32;

/** Everything a device derives from a workspace secret; none of it reveals the secret. */
export interface WorkspaceKeys {
	/** Names the workspace on every device, and its local database. */
	workspaceId: WorkspaceId;
	/** The signaling room: an opaque name, so a signaling server learns nothing of the group. */
	roomName: string;
	/** Encrypts signaling messages between peers. */
	roomPassword: string;
}

const encoder = new TextEncoder();
const SALT = encoder.encode('concord/workspace/v1');

/** A fresh random workspace secret. */
export function newWorkspaceSecret(): Uint8Array {
	return crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
}

async function derive(key: CryptoKey, purpose: string, bits: number): Promise<string> {
	const params = { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: encoder.encode(purpose) };
	return toBase64Url(new Uint8Array(await crypto.subtle.deriveBits(params, key, bits)));
}

/** Derives the workspace id, room name and room password from a secret with HKDF-SHA-256. */
export async function deriveWorkspaceKeys(secret: Uint8Array): Promise<WorkspaceKeys> {
	if (secret.length !== SECRET_BYTES) throw new Error('A workspace secret is 32 bytes long.');
	const key = await crypto.subtle.importKey('raw', secret as BufferSource, 'HKDF', false, [
		'deriveBits'
	]);
	const [workspaceId, roomName, roomPassword] = await Promise.all([
		derive(key, 'workspace-id', 128),
		derive(key, 'signaling-room', 256),
		derive(key, 'signaling-password', 256)
	]);
	return { workspaceId: workspaceId as WorkspaceId, roomName, roomPassword };
}
