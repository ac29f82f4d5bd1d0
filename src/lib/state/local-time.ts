/** A `datetime-local` field's value for a moment, in this device's time zone. */
export function localDateTime(at: number): string {
	const date = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
	return date.toISOString().slice(0, 16);
}

/** The moment a `datetime-local` field's value names, in this device's time zone (NaN if none). */
export function fromLocalDateTime(value: string): number {
	return new Date(value).getTime();
}
