import { describe, expect, it } from 'vitest';
import { classifyStorageError } from './save-state';

describe('classifyStorageError', () => {
	it('names a full disk, a closed database and anything else', () => {
		expect(classifyStorageError(new DOMException('full', 'QuotaExceededError')).reason).toBe(
			'quota'
		);
		expect(classifyStorageError(new DOMException('gone', 'InvalidStateError')).reason).toBe(
			'closed'
		);
		expect(classifyStorageError(new DOMException('x', 'TransactionInactiveError')).reason).toBe(
			'closed'
		);
		const other = classifyStorageError(new DOMException('boom', 'UnknownError'));
		expect(other).toEqual({ reason: 'unknown', detail: 'UnknownError: boom' });
		expect(classifyStorageError(null)).toEqual({ reason: 'unknown', detail: 'null' });
	});
});
