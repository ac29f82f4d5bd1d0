import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../schema';
import { MIGRATIONS } from '.';

describe('the table of migrations', () => {
	it('has one step for every version after the first, in order, up to the one this build writes', () => {
		expect(MIGRATIONS.map((migration) => migration.to)).toEqual(
			Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 2)
		);
	});
});
