import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { ImportedDocument } from './blocks';
import { asImportError, checkImportSize, ImportError, MAX_IMPORT_BYTES } from './errors';
import { importHtml, type HtmlDom } from './html';

/** The most a DOCX may unpack to, as its archive declares it (guards against zip bombs). */
export const MAX_UNPACKED_DOCX_BYTES = 10 * MAX_IMPORT_BYTES;

/**
 * Converts a Word (.docx) file to (unsanitised) HTML: the slow part of an import, which the
 * interface runs in a worker so a large file does not freeze the page. Throws `ImportError`.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
	if (!(bytes instanceof Uint8Array)) throw new ImportError('unreadable');
	checkImportSize(bytes.byteLength);
	checkArchive(bytes);
	try {
		const arrayBuffer = bytes.slice().buffer;
		// Mammoth's browser build reads `arrayBuffer`, its Node build `buffer`; both take an ArrayBuffer.
		const input = { arrayBuffer, buffer: arrayBuffer };
		const result = await mammoth.convertToHtml(input, {
			// Images are dropped on import, so they are not encoded at all.
			convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
			externalFileAccess: false,
			includeEmbeddedStyleMap: false
		});
		return result.value;
	} catch (error) {
		throw asImportError(error);
	}
}

/**
 * Reads a Word (.docx) file as a new document: converted to HTML (by `convert`, `docxToHtml`
 * unless given, e.g. in a worker), then sanitised and read like an HTML file. `onProgress` hears
 * fractions from 0 to 1.
 */
export async function importDocx(
	bytes: Uint8Array,
	fileName: string,
	dom: HtmlDom,
	onProgress?: (fraction: number) => void,
	convert: (bytes: Uint8Array) => Promise<string> = docxToHtml
): Promise<ImportedDocument> {
	onProgress?.(0);
	const html = await convert(bytes);
	onProgress?.(0.8);
	if (html.trim() === '') throw new ImportError('no-text');
	const imported = importHtml(html, fileName, dom);
	onProgress?.(1);
	return imported;
}

/** Refuses what is not a zip archive, or one whose files would unpack to too much. */
function checkArchive(bytes: Uint8Array): void {
	let unpacked = 0;
	try {
		// The filter sees every entry's declared size and unpacks none of them.
		unzipSync(bytes, {
			filter: (file) => {
				unpacked += file.originalSize;
				return false;
			}
		});
	} catch (error) {
		throw new ImportError('unreadable', { cause: error });
	}
	if (unpacked > MAX_UNPACKED_DOCX_BYTES) throw new ImportError('too-large');
}
