import { fromBase64Url, toBase64Url } from '../doc';
import { SECRET_BYTES } from './keys';
import { MAX_SIGNALING_SERVERS, normalizeSignalingUrl } from './network-config';

/** The invite format this build writes; a link from a newer build says so instead of failing. */
export const INVITE_VERSION = 1;

/** What an invite link carries, in its fragment only (never sent to any server). */
export interface Invite {
	secret: Uint8Array;
	signaling: string[];
}

/** Why an invite link cannot be used, in terms the interface can explain. */
export type InviteProblem = 'missing' | 'malformed' | 'truncated' | 'newer-version' | 'signaling';

/** Thrown for a link that is not a usable invite. */
export class InviteError extends Error {
	constructor(readonly problem: InviteProblem) {
		super(`Not a usable invite link (${problem}).`);
		this.name = 'InviteError';
	}
}

/**
 * The invite link for a workspace: `<origin>/join#v=1&k=<secret>&s=<signaling>…&n=<count>`. The
 * closing count shows whether a link was cut off inside its list of servers.
 */
export function inviteLink(origin: string, invite: Invite): string {
	const params = new URLSearchParams();
	params.set('v', String(INVITE_VERSION));
	params.set('k', toBase64Url(invite.secret));
	const signaling = invite.signaling.slice(0, MAX_SIGNALING_SERVERS);
	for (const url of signaling) params.append('s', url);
	params.set('n', String(signaling.length));
	return `${origin.replace(/\/$/, '')}/join#${params.toString()}`;
}

/** Reads the fragment of an invite link (with or without its `#`); throws an `InviteError`. */
export function parseInviteFragment(fragment: string): Invite {
	const text = fragment.replace(/^#/, '');
	if (!text.trim()) throw new InviteError('missing');
	if (text.length > 4000) throw new InviteError('malformed');
	const params = new URLSearchParams(text);
	const version = params.get('v');
	if (version === null || !/^\d{1,4}$/.test(version)) throw new InviteError('malformed');
	if (Number(version) > INVITE_VERSION) throw new InviteError('newer-version');
	const key = params.get('k');
	if (!key) throw new InviteError(params.has('k') ? 'truncated' : 'malformed');
	const secret = fromBase64Url(key);
	if (!secret) throw new InviteError('malformed');
	if (secret.length < SECRET_BYTES) throw new InviteError('truncated');
	if (secret.length > SECRET_BYTES) throw new InviteError('malformed');
	const raw = params.getAll('s');
	if (raw.length > MAX_SIGNALING_SERVERS) throw new InviteError('signaling');
	const count = params.get('n');
	if (count === null || count !== String(raw.length)) throw new InviteError('truncated');
	const signaling = raw.map(normalizeSignalingUrl);
	if (signaling.some((url) => url === null)) throw new InviteError('signaling');
	return { secret, signaling: signaling as string[] };
}
