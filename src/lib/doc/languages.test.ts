import { describe, expect, it } from 'vitest';
import { cleanLanguageTag, hasRightToLeftLetters, isRightToLeft } from './languages';

describe('languages', () => {
	it('know the direction of a language by its script, or its language alone', () => {
		for (const tag of ['ar', 'fa-IR', 'ur_PK', 'he', 'ha-Arab', 'ckb']) {
			expect(isRightToLeft(tag), tag).toBe(true);
		}
		for (const tag of ['en', 'fr-CA', 'sw', 'ar-Latn', 'ha', 'zh-Hant', '']) {
			expect(isRightToLeft(tag), tag).toBe(false);
		}
	});

	it('keep only real language tags, in their canonical form', () => {
		expect(cleanLanguageTag('pt-br')).toBe('pt-BR');
		expect(cleanLanguageTag('AR')).toBe('ar');
		expect(cleanLanguageTag('<script>')).toBeNull();
		expect(cleanLanguageTag(42)).toBeNull();
		expect(cleanLanguageTag('x'.repeat(40))).toBeNull();
	});

	it('find right-to-left letters in mixed text', () => {
		expect(hasRightToLeftLetters('Amina أمينة')).toBe(true);
		expect(hasRightToLeftLetters('Bea')).toBe(false);
	});
});
