import {
	BorderStyle,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	WidthType,
	type IBorderOptions,
	type ParagraphChild
} from 'docx';
import type { Block, Run } from '../../doc';

/*
 * Tables of the Word export: full width, bordered, rows kept whole on a page, and the leading
 * header rows marked as such so Word repeats them at the top of every page the table spans.
 */

/** The width of the text on an A4 page with the export's 2 cm margins, in twentieths of a point. */
export const TEXT_WIDTH = 11906 - 2 * 1134;

const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' };

type TableRows = Extract<Block, { type: 'table' }>['rows'];

/** How a table's cells are written: the runs of a paragraph as Word children, and its direction. */
export interface TableOptions {
	children: (runs: readonly Run[]) => ParagraphChild[];
	bidirectional: boolean;
}

/** A Word table of the rows, or null when they have no cells; short rows are padded. */
export function docxTable(rows: TableRows, options: TableOptions): Table | null {
	const width = rows.reduce((most, row) => Math.max(most, row.cells.length), 0);
	if (width === 0) return null;
	const column = Math.floor(TEXT_WIDTH / width);
	const isHeader = (row: TableRows[number]) =>
		row.cells.length > 0 && row.cells.every((cell) => cell.header);
	let leading = 0;
	while (leading < rows.length && isHeader(rows[leading]!)) leading++;
	return new Table({
		width: { size: column * width, type: WidthType.DXA },
		columnWidths: Array.from({ length: width }, () => column),
		borders: {
			top: BORDER,
			bottom: BORDER,
			left: BORDER,
			right: BORDER,
			insideHorizontal: BORDER,
			insideVertical: BORDER
		},
		margins: { top: 60, bottom: 60, left: 100, right: 100 },
		visuallyRightToLeft: options.bidirectional,
		rows: rows.map(
			(row, index) =>
				new TableRow({
					...(index < leading ? { tableHeader: true } : {}),
					cantSplit: true,
					children: Array.from({ length: width }, (_, i) => {
						const cell = row.cells[i];
						const runs = cell?.header
							? cell.runs.map((run) => ({ ...run, bold: true }))
							: (cell?.runs ?? []);
						return new TableCell({
							width: { size: column, type: WidthType.DXA },
							...(cell?.header ? { shading: HEADER_SHADING } : {}),
							children: [
								new Paragraph({
									bidirectional: options.bidirectional,
									children: options.children(runs)
								})
							]
						});
					})
				})
		)
	});
}
