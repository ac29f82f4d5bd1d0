import { en } from './en';
import type { TemplateSet } from './types';

export type { DocumentKind, DocumentTemplate, TemplateSet } from './types';
export { DOCUMENT_KINDS } from './types';

/** The English starting texts, always at hand: the fallback of every other language. */
export const englishTemplates: TemplateSet = en;

// Each other language is a chunk of its own, fetched only by someone creating in that language.
const others: Record<string, () => Promise<TemplateSet>> = {
	fr: () => import('./fr').then((set) => set.fr),
	es: () => import('./es').then((set) => set.es),
	pt: () => import('./pt').then((set) => set.pt),
	ar: () => import('./ar').then((set) => set.ar),
	sw: () => import('./sw').then((set) => set.sw)
};

/** The languages starting texts are written in. */
export const TEMPLATE_LANGUAGES: readonly string[] = ['en', ...Object.keys(others)];

/** The language of the starting texts a locale gets: its own, or English where none exists yet. */
export function templateLanguage(locale: string): string {
	const primary = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
	return TEMPLATE_LANGUAGES.includes(locale)
		? locale
		: TEMPLATE_LANGUAGES.includes(primary)
			? primary
			: 'en';
}

/** The starting texts for a locale, falling back to English where a translation does not exist yet. */
export async function templatesIn(locale: string): Promise<TemplateSet> {
	const load = others[templateLanguage(locale)];
	return load ? load() : en;
}
