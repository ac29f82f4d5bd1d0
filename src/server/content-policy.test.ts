import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FALLBACK_POLICY, contentSecurityPolicy, policyOfPage } from './content-policy';

const dirs: string[] = [];
function buildWith(html: string | null): string {
	const dir = mkdtempSync(join(tmpdir(), 'concord-csp-'));
	dirs.push(dir);
	if (html !== null) writeFileSync(join(dir, '200.html'), html);
	return dir;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the Content-Security-Policy header', () => {
	it('reads the policy SvelteKit wrote into the page', () => {
		const html =
			'<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; ' +
			'script-src &#39;self&#39; &#39;sha256-abc=&#39;"></head>';
		expect(policyOfPage(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
	});

	it('adds frame-ancestors, which a meta tag cannot carry', () => {
		const dir = buildWith(
			`<meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'">`
		);
		expect(contentSecurityPolicy(dir)).toBe(
			"default-src 'self'; object-src 'none'; frame-ancestors 'none'"
		);
	});

	it('falls back to a policy without any inline script when the build has none', () => {
		expect(contentSecurityPolicy(buildWith('<html></html>'))).toBe(
			`${FALLBACK_POLICY}; frame-ancestors 'none'`
		);
		expect(contentSecurityPolicy(buildWith(null))).toContain("script-src 'self';");
	});
});
