import Papa from 'papaparse';

/*
 * Tables as CSV (RFC 4180: quoted where needed, CRLF line ends), in UTF-8 with a byte-order mark
 * so that spreadsheet programs read non-Latin names rightly. A cell that a spreadsheet would run
 * as a formula (it starts with =, +, -, @, a tab or a carriage return) is neutralised with a
 * leading apostrophe, as OWASP recommends.
 */

/** What starts a cell a spreadsheet runs as a formula (whatever follows, line breaks too). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One table as the bytes of a CSV file: a header row, then the rows. */
export function exportCsv(
	header: readonly string[],
	rows: readonly (readonly string[])[]
): Uint8Array {
	const text = Papa.unparse(
		{ fields: [...header], data: rows.map((row) => [...row]) },
		{ newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false }
	);
	return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}
