import { describe, expect, it } from 'vitest';
import { formatExportDate, headerLines, isRightToLeft } from './labels';
import { EXPORTED_AT, LABELS, fixture } from './test-fixture';

describe('export labels', () => {
	it('formats the moment of export in UTC, whatever the local time zone', () => {
		const english = formatExportDate(EXPORTED_AT, 'en');
		expect(english).toMatch(/^March 14, 2025.*9:30\sAM UTC$/);
		expect(formatExportDate(EXPORTED_AT, 'sw')).toBe('14 Machi 2025, 09:30 UTC');
		expect(formatExportDate(new Date(Date.UTC(2025, 0, 1, 23, 59)), 'en')).toContain('January 1');
	});

	it('falls back to English for a malformed language tag', () => {
		expect(formatExportDate(EXPORTED_AT, 'not a language!')).toBe(
			formatExportDate(EXPORTED_AT, 'en')
		);
	});

	it('knows which languages are written right to left', () => {
		for (const language of ['ar', 'fa', 'he', 'ur', 'ar-EG', 'fa_IR']) {
			expect(isRightToLeft(language)).toBe(true);
		}
		for (const language of ['en', 'sw', 'zh-Hans', 'fr', '', 'arn']) {
			expect(isRightToLeft(language)).toBe(false);
		}
	});

	it('leaves empty values out of the header block', () => {
		const document = { ...fixture().document, workspaceName: ' ', versionLabel: '' };
		expect(headerLines(document, LABELS)).toEqual([['Exported', '14 Machi 2025, 09:30 UTC']]);
	});
});
