import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { sw } from './sw';
import type { TemplateSet } from './types';

export type { DocumentKind, DocumentTemplate, TemplateSet } from './types';
export { DOCUMENT_KINDS } from './types';

const sets: Record<string, TemplateSet> = { en, fr, es, pt, ar, sw };

/** The language of the starting texts a locale gets: its own, or English where none exists yet. */
export function templateLanguage(locale: string): string {
	const primary = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
	return locale in sets ? locale : primary in sets ? primary : 'en';
}

/** The starting texts for a locale, falling back to English where a translation does not exist yet. */
export function templatesFor(locale: string): TemplateSet {
	return sets[templateLanguage(locale)] ?? en;
}
