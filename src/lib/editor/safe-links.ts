/** Link targets a document may hold: the web and e-mail, never script or data URLs. */
export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/**
 * Turns what a person typed as a link target into a safe absolute URL, adding `https://` to a
 * bare host name; returns null for anything that is not a web or e-mail address.
 */
export function normalizeLink(raw: string): string | null {
	const text = raw.trim();
	if (!text || /\s/.test(text)) return null;
	const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		return null;
	}
	if (!(ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) return null;
	if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost') {
		return null;
	}
	return url.href;
}
