/** The most signaling servers an invite or a device lists; more only slows finding peers. */
export const MAX_SIGNALING_SERVERS = 8;

/** One STUN or TURN server, as RTCPeerConnection takes it. */
export interface IceServer {
	urls: string;
	username?: string;
	credential?: string;
}

/**
 * Turns what a person typed or an invite carried into a signaling server address (`ws:` or
 * `wss:`, an `http(s)` address is taken to mean its WebSocket twin); null if it is not one.
 */
export function normalizeSignalingUrl(raw: string): string | null {
	const text = raw.trim();
	if (!text || text.length > 300 || /\s/.test(text)) return null;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return null;
	}
	if (url.protocol === 'http:') url.protocol = 'ws:';
	else if (url.protocol === 'https:') url.protocol = 'wss:';
	if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
	if (!url.hostname || url.username || url.password || url.hash) return null;
	return url.href.replace(/\/$/, '');
}

/** Checks a STUN or TURN server a person entered; null when it is not one. */
export function normalizeIceServer(server: IceServer): IceServer | null {
	const urls = server.urls.trim();
	if (!/^(stun|stuns|turn|turns):[^\s/?#]+(\?transport=(udp|tcp))?$/i.test(urls)) return null;
	const username = server.username?.trim();
	const credential = server.credential ?? '';
	if (/^turns?:/i.test(urls) && !(username && credential)) return null;
	return username ? { urls, username, credential } : { urls };
}

/** The signaling relay of the Concord server that served this page: `ws(s)://<host>/signal`. */
export function sameOriginSignaling(location: { protocol: string; host: string }): string {
	return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/signal`;
}

/** Keeps the first of each address, in order, and at most `MAX_SIGNALING_SERVERS`. */
export function uniqueSignaling(...lists: readonly (readonly string[])[]): string[] {
	const seen = new Set<string>();
	for (const url of lists.flat()) {
		const normal = normalizeSignalingUrl(url);
		if (normal) seen.add(normal);
	}
	return [...seen].slice(0, MAX_SIGNALING_SERVERS);
}
