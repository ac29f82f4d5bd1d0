/**
 * The first date field of a form whose text the browser could not read as a day (30 February,
 * a year half typed): such a field reports an empty value, which must not be saved as "no date".
 */
export function unreadableDate(form: HTMLFormElement | undefined): HTMLInputElement | null {
	const fields = form ? [...form.querySelectorAll<HTMLInputElement>('input[type="date"]')] : [];
	return fields.find((field) => field.validity.badInput) ?? null;
}
