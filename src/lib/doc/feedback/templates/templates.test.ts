import { describe, expect, it } from 'vitest';
import { createWorkspaceDoc } from '../../schema';
import { getRound } from '../read';
import { ROUND_TEMPLATES } from '../types';
import { createRound } from '../write';
import { englishRoundTemplates, roundTemplatesIn } from './index';
import type { RoundTemplateSet } from './types';

const LANGUAGES = ['fr', 'es', 'pt', 'ar', 'sw'];

/** What must be the same in every language: everything but the words. */
const shape = (set: RoundTemplateSet) =>
	set.map((t) => ({
		key: t.key,
		named: t.named,
		questions: t.questions.map((q) => ({
			key: q.key,
			kind: q.kind,
			optional: q.optional === true,
			evidence: q.evidence === true,
			multiple: q.multiple === true,
			options: q.options?.length ?? 0
		}))
	}));

describe('starting rounds', () => {
	it('offer every template, with twelve commitments in the accountability self-assessment', () => {
		expect(englishRoundTemplates.map((t) => t.key)).toEqual([...ROUND_TEMPLATES]);
		const standard = englishRoundTemplates.find((t) => t.key === 'cso-standard')!;
		expect(standard.questions).toHaveLength(12);
		expect(standard.questions.every((q) => q.kind === 'rating' && q.evidence)).toBe(true);
	});

	it.each(LANGUAGES)(
		'are written in %s with the same questions as in English',
		async (language) => {
			const set = await roundTemplatesIn(language);
			expect(set).not.toBe(englishRoundTemplates);
			expect(shape(set)).toEqual(shape(englishRoundTemplates));
			const english = JSON.stringify(englishRoundTemplates.map((t) => [t.title, t.intro]));
			for (const template of set) expect(english).not.toContain(template.intro);
		}
	);

	it('fall back to English for a language without them, and make rounds that read back whole', async () => {
		expect(await roundTemplatesIn('de-CH')).toBe(englishRoundTemplates);
		expect(await roundTemplatesIn('pt-BR')).toEqual(await roundTemplatesIn('pt'));
		const doc = createWorkspaceDoc();
		for (const language of ['en', ...LANGUAGES])
			for (const template of await roundTemplatesIn(language)) {
				const id = createRound(doc, {
					...template,
					template: template.key,
					by: 'x' as never,
					now: 1
				});
				expect(getRound(doc, id)!.questions).toHaveLength(template.questions.length);
			}
	});
});
