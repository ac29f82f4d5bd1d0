import { getLocale, plain as m } from '$lib/i18n';
import type { ExportTexts } from '$lib/state';

/** The words of the header block every export carries, in the reader's language. */
export function exportTexts(): ExportTexts {
	return {
		workspace: m.export_label_workspace(),
		document: m.export_label_document(),
		exported: m.export_label_exported(),
		version: m.export_label_version(),
		language: getLocale(),
		draft: m.export_draft(),
		untitled: m.untitled()
	};
}
