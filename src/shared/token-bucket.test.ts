import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket';

describe('a token bucket', () => {
	it('allows a burst, then the average rate, and says how long until the next', () => {
		const bucket = new TokenBucket(10, 3, 0);
		expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([
			true,
			true,
			true,
			false
		]);
		expect(bucket.wait(0)).toBe(100);
		expect(bucket.take(50)).toBe(false);
		expect(bucket.take(100)).toBe(true);
		// Idle for long, it holds no more than its burst.
		expect(bucket.wait(10_000)).toBe(0);
		const taken = [0, 1, 2, 3].map(() => bucket.take(10_000));
		expect(taken).toEqual([true, true, true, false]);
	});
});
