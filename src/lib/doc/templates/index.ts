import { en } from './en';
import type { TemplateSet } from './types';

export type { DocumentKind, DocumentTemplate, TemplateSet } from './types';
export { DOCUMENT_KINDS } from './types';

const sets: Record<string, TemplateSet> = { en };

/** The starting texts for a locale, falling back to English where a translation does not exist yet. */
export function templatesFor(locale: string): TemplateSet {
	return sets[locale] ?? sets[locale.split('-')[0] ?? ''] ?? en;
}
