import { describe, expect, it } from 'vitest';
import {
	addDays,
	asIsoDate,
	daysBetween,
	localIsoDate,
	localIsoDateTime,
	type IsoDate
} from './dates';

const date = (value: string) => asIsoDate(value)!;

describe('calendar dates', () => {
	it('are only real days written YYYY-MM-DD', () => {
		expect(asIsoDate('2028-02-29')).toBe('2028-02-29');
		for (const bad of ['2027-02-29', '2027-02-30', '2027-13-01', '27-01-01', '2027-1-1', 20270101])
			expect(asIsoDate(bad)).toBeNull();
	});

	it('count days across a change of clocks and a leap day', () => {
		expect(daysBetween(date('2027-03-27'), date('2027-03-29'))).toBe(2);
		expect(daysBetween(date('2028-02-28'), date('2028-03-01'))).toBe(2);
		expect(addDays(date('2028-02-28'), 1)).toBe('2028-02-29' as IsoDate);
		expect(addDays(date('2027-01-01'), -1)).toBe('2026-12-31' as IsoDate);
	});

	it('of a moment are those of the wall clock where the reader is', () => {
		const moment = Date.UTC(2027, 2, 31, 11, 5);
		expect(localIsoDate(moment, 'Pacific/Auckland')).toBe('2027-04-01');
		expect(localIsoDateTime(moment, 'Pacific/Auckland')).toBe('2027-04-01 00:05');
		expect(localIsoDateTime(moment, 'America/Bogota')).toBe('2027-03-31 06:05');
		expect(localIsoDateTime(Date.UTC(2027, 0, 1), 'UTC')).toBe('2027-01-01 00:00');
	});
});
