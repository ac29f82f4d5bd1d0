/** Link targets a document may hold: the web and e-mail, never script or data URLs. */
export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

// Whitespace, control and invisible format characters (bidi overrides, zero-width spaces), which
// a URL parser drops or encodes out of sight and a reader cannot see.
// eslint-disable-next-line no-control-regex
const UNSEEN = /[\s\u0000-\u001f\u007f\p{Cf}]/u;

/**
 * Turns what a person gave as a link target into the target a document holds: the same address
 * in the same form (surrounding spaces dropped, `https://` added to a bare host name), or null
 * for anything that is not a web or e-mail address.
 *
 * `URL` only checks the address; its serialisation is never stored, as it rewrites what the
 * person wrote (an international host name into punycode, a path into percent-escapes, a slash
 * after the host). So the result is its own normal form (`normalizeLink(normalizeLink(x))` is
 * `normalizeLink(x)`), and so is every target the editor writes (autolink's, a pasted link's):
 * the editor shows a stored target exactly as stored, and typing beside a link continues it
 * instead of starting a second link to a rewritten target.
 */
export function normalizeLink(raw: string): string | null {
	const text = raw.trim();
	if (!text || UNSEEN.test(text)) return null;
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
	return withScheme;
}
