import { describe, expect, it } from 'vitest';
import { normalizeLink } from './safe-links';

describe('normalizeLink', () => {
	it('accepts web and e-mail addresses, adding https to a bare host', () => {
		expect(normalizeLink('example.org/charter')).toBe('https://example.org/charter');
		expect(normalizeLink(' https://example.org ')).toBe('https://example.org');
		expect(normalizeLink('mailto:group@example.org')).toBe('mailto:group@example.org');
	});

	it('keeps the address in the form the person gave it, never as URL rewrites it', () => {
		// URL would give https://xn--4gq4vl8ap1bfy0aunjcs0f.ca/ and percent-escapes.
		expect(normalizeLink('https://我们一起做决定.ca')).toBe('https://我们一起做决定.ca');
		expect(normalizeLink('我们一起做决定.ca/宪章')).toBe('https://我们一起做决定.ca/宪章');
		expect(normalizeLink('https://example.org/a%20b')).toBe('https://example.org/a%20b');
		expect(normalizeLink('HTTPS://Example.org/Charter')).toBe('HTTPS://Example.org/Charter');
	});

	it('is its own normal form, so a stored target reads back unchanged', () => {
		for (const raw of [
			'example.org/charter',
			' https://example.org ',
			'我们一起做决定.ca',
			'https://café.example.org/à?q=é#ç',
			'mailto:group@example.org',
			'http://localhost:5173/x'
		]) {
			const once = normalizeLink(raw);
			expect(once, raw).not.toBeNull();
			expect(normalizeLink(once!), raw).toBe(once);
		}
	});

	it('refuses scripts, data, other schemes and non-addresses', () => {
		for (const bad of [
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:msgbox',
			'file:///etc/passwd',
			'',
			'   ',
			'not a link',
			'charter',
			'https://example.org/\u0001',
			'\u0001javascript:alert(1)',
			'https://example.org/\u202efdp.exe',
			'https://exam\u200bple.org',
			'https://example.org/\u2066x'
		]) {
			expect(normalizeLink(bad), bad).toBeNull();
		}
	});
});
