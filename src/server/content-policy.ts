import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Directives a `<meta>` policy cannot carry, so the server adds them to the header: no other site
 * may frame the app (clickjacking).
 */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/**
 * The policy used when the build carries none (an older or hand-made build): no inline script at
 * all, which is stricter than the built pages need, so they fail closed rather than open.
 */
export const FALLBACK_POLICY =
	"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; connect-src 'self' ws: wss:; worker-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'";

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The policy a built page declares in its `<meta http-equiv>` tag, or null when it has none. */
export function policyOfPage(html: string): string | null {
	const found = META.exec(html);
	return found?.[1] !== undefined
		? found[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').trim()
		: null;
}

/**
 * The Content-Security-Policy header for a build: the policy SvelteKit wrote into the app shell
 * (with the hash of its start-up script), plus the header-only directives.
 */
export function contentSecurityPolicy(buildDir: string, shell = '200.html'): string {
	let policy: string | null = null;
	try {
		policy = policyOfPage(readFileSync(join(buildDir, shell), 'utf8'));
	} catch {
		policy = null;
	}
	return `${(policy ?? FALLBACK_POLICY).replace(/;\s*$/, '')}; ${HEADER_ONLY_DIRECTIVES}`;
}
