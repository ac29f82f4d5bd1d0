import { asIsoDate, type IsoDate } from '../workspace';

/** The calendar date a form's date field holds, or null when it holds none that exists. */
export function dateFrom(value: string): IsoDate | null {
	return asIsoDate(value);
}
