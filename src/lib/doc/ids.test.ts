import { describe, expect, it } from 'vitest';
import { asDocumentId, asWorkspaceId, isWellFormedId, newDocumentId, toBase64Url } from './ids';

describe('ids', () => {
	it('are random, URL-safe and 22 characters long', () => {
		const ids = new Set(Array.from({ length: 1000 }, () => newDocumentId()));
		expect(ids.size).toBe(1000);
		for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
	});

	it('accept only well-formed ids from outside', () => {
		const id = newDocumentId();
		expect(asDocumentId(id)).toBe(id);
		expect(asWorkspaceId(id)).toBe(id);
		for (const bad of [
			'',
			'short',
			'../../etc/passwd',
			'a'.repeat(65),
			'with space and more chars'
		]) {
			expect(isWellFormedId(bad)).toBe(false);
			expect(asDocumentId(bad)).toBeNull();
		}
	});

	it('encode base64url without padding', () => {
		expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe('-__-');
		expect(toBase64Url(new Uint8Array([1]))).toBe('AQ');
	});
});
