import { normalizeSignalingUrl } from '../sync/network-config';
import { deviceSignaling, workspaceSignaling } from './network';
import { registry } from './registry';

/**
 * The page-wide allow-list of connections. The built page's policy allows `'self'` and any
 * `ws:`/`wss:` host, because the signaling servers are chosen on each device; at start the app adds
 * a second, stricter policy (a `<meta http-equiv>` tag, which can only narrow what is allowed) that
 * names this origin and the signaling servers this device uses, and nothing else. A policy cannot
 * be widened once installed: when a workspace needs a server the page does not allow (after a join
 * or a change in Settings), the page is loaded afresh so that the new list takes effect.
 */

/** The CSP source of one signaling server: its scheme, host and port; null if it is not one. */
export function connectSource(server: string): string | null {
	const normal = normalizeSignalingUrl(server);
	if (!normal) return null;
	const url = new URL(normal);
	return `${url.protocol}//${url.host}`;
}

/** The `connect-src` policy naming this origin and the given signaling servers, each once. */
export function connectPolicy(servers: readonly string[]): string {
	const sources = new Set(servers.flatMap((s) => connectSource(s) ?? []));
	return ["connect-src 'self'", ...[...sources].sort()].join(' ');
}

/** The sources this page's installed policy allows, or null before one is installed. */
let allowed: Set<string> | null = null;

/** Which missing sources this tab last loaded a fresh page for (session storage key). */
const RELOADED_FOR = 'concord.policy-reloaded-for';

/** Reads, writes (a string) or clears (null) the note of the last fresh load; never throws. */
function reloadedFor(value?: string | null): string | null {
	try {
		if (value === null) sessionStorage.removeItem(RELOADED_FOR);
		else if (value !== undefined) sessionStorage.setItem(RELOADED_FOR, value);
		return sessionStorage.getItem(RELOADED_FOR);
	} catch {
		return null;
	}
}

/** The signaling servers of every workspace on this device, and the device's own list. */
export async function serversInUse(): Promise<string[]> {
	const entries = await registry.list().catch(() => []);
	return [...deviceSignaling(), ...entries.flatMap((entry) => workspaceSignaling(entry))];
}

/**
 * Narrows this page's connections to this origin and the signaling servers in use on this device;
 * call it once, before anything connects. Returns the policy installed.
 */
export async function restrictConnections(): Promise<string> {
	// Settings that cannot be read allow no server but this origin's: closed, not open.
	const servers = await serversInUse().catch((): string[] => []);
	const policy = connectPolicy(servers);
	if (allowed) return policy;
	const meta = document.createElement('meta');
	meta.httpEquiv = 'Content-Security-Policy';
	meta.content = policy;
	document.head.prepend(meta);
	allowed = new Set(servers.flatMap((s) => connectSource(s) ?? []));
	// The fresh load asked for worked: a later change of servers may ask for one again.
	if (
		reloadedFor()
			?.split(' ')
			.every((source) => allowed!.has(source))
	)
		reloadedFor(null);
	return policy;
}

/**
 * True when this page's policy does not allow all of `servers` and a fresh page load would (once
 * per set of servers and tab, so that a policy that cannot be installed never loops).
 */
export function needsFreshPage(servers: readonly string[]): boolean {
	if (!allowed) return false;
	const missing = servers.flatMap((s) => connectSource(s) ?? []).filter((s) => !allowed!.has(s));
	if (missing.length === 0) return false;
	const key = missing.sort().join(' ');
	if (reloadedFor() === key) {
		console.warn('Concord: these signaling servers stay blocked by the page policy:', key);
		return false;
	}
	// Where nothing can be noted, no fresh load either: it could not know it had already tried.
	return reloadedFor(key) === key;
}
