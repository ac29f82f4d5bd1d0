import { en } from './en';
import type { RoundTemplateSet } from './types';

export type { RoundTemplate, RoundTemplateSet } from './types';

/** The English starting rounds, always at hand: the fallback of every other language. */
export const englishRoundTemplates: RoundTemplateSet = en;

// Each other language is a chunk of its own, fetched only by someone writing a round in it.
const others: Record<string, () => Promise<RoundTemplateSet>> = {
	fr: () => import('./fr').then((set) => set.fr),
	es: () => import('./es').then((set) => set.es),
	pt: () => import('./pt').then((set) => set.pt),
	ar: () => import('./ar').then((set) => set.ar),
	sw: () => import('./sw').then((set) => set.sw)
};

/** The starting rounds in a language (a BCP 47 tag), or in English where there are none in it. */
export async function roundTemplatesIn(language: string): Promise<RoundTemplateSet> {
	const primary = language.split(/[-_]/)[0]?.toLowerCase() ?? '';
	const load = others[primary];
	return load ? load() : en;
}
