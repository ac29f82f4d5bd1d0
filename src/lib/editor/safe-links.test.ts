import { describe, expect, it } from 'vitest';
import { normalizeLink } from './safe-links';

describe('normalizeLink', () => {
	it('accepts web and e-mail addresses, adding https to a bare host', () => {
		expect(normalizeLink('example.org/charter')).toBe('https://example.org/charter');
		expect(normalizeLink(' https://example.org ')).toBe('https://example.org/');
		expect(normalizeLink('mailto:group@example.org')).toBe('mailto:group@example.org');
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
			'charter'
		]) {
			expect(normalizeLink(bad), bad).toBeNull();
		}
	});
});
