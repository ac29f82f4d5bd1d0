import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { answerUnnamed, englishRoundTemplates, newAnswerKey, newMemberId } from '../doc';
import { RoundRefusedError } from './operations/feedback';
import { group } from './test-group';
import type { RoundTexts } from './round-export';

const texts: RoundTexts = {
	export: {
		workspace: 'Workspace',
		document: 'Document',
		exported: 'Exported',
		version: 'Version',
		language: 'en',
		draft: 'Draft',
		untitled: 'Untitled'
	},
	state: 'Closed',
	stateLabel: 'Results',
	csv: {
		yes: 'Yes',
		no: 'No',
		respondent: 'Member',
		evidence: (prompt) => `Evidence: ${prompt}`,
		person: (key) => `person ${key.slice(0, 4)}`
	},
	labels: {
		answered: (answers, asked) => `${answers} answers from ${asked} asked`,
		ratingLine: (s) => `Average ${s.average}, spread ${s.spread}, ${s.answered} ratings`,
		answerCount: (count) => `${count} answers`,
		ratingName: (rating) => String(rating),
		optionColumn: 'Answer',
		countColumn: 'How many',
		yes: 'Yes',
		no: 'No',
		evidenceHeading: 'Evidence given',
		noText: 'No one wrote an answer.',
		comparisonHeading: (title) => `Compared with ${title}`,
		comparisonLine: (c) => `${c.question.prompt}: ${c.before} → ${c.after}`,
		reportCardsHeading: 'Report cards',
		groupColumn: 'The whole group',
		questionColumn: 'Commitment',
		figure: (v) => (v === null ? '–' : String(v)),
		responseHeading: 'Our response',
		stepsHeading: 'Steps towards improvement',
		step: (s) => s.text,
		noResponse: 'No response yet.'
	}
};

const standard = englishRoundTemplates.find((t) => t.key === 'cso-standard')!;

describe('a round exported', () => {
	it('as Markdown: each question with its figures, the report cards, the response and steps', async () => {
		const { first, second, settle, clock } = await group();
		const id = first.feedback.create(standard);
		first.feedback.open(id, { closesAt: clock.now() + 1000_000 });
		await settle();
		const round = second.feedback.get(id)!;
		const values = Object.fromEntries(
			round.questions.map((q, i) => [q.id, { rating: 1 + (i % 5), note: `Shown by report ${i}` }])
		);
		second.feedback.answer(id, values);
		first.feedback.answer(id, values);
		await settle();
		first.feedback.close(id);
		first.feedback.respond(id, 'We will publish our accounts.');
		first.feedback.putStep(id, 'Publish the yearly accounts');
		const file = await first.feedback.export(first.feedback.get(id)!, 'markdown', texts);
		const markdown = await file.blob.text();
		expect(file.fileName).toMatch(/accountability-self-assessment\.md$/);
		expect(markdown).toContain('2 answers from 2 asked');
		expect(markdown).toContain('Average 1, spread 0, 2 ratings');
		expect(markdown).toContain('Shown by report 11');
		expect(markdown).toContain('Report cards');
		expect(markdown).toContain('We will publish our accounts.');
		expect(markdown).toContain('Publish the yearly accounts');
	});

	it('as CSV: one row an answer, the member first for a named round, none for an unnamed one', async () => {
		const { first, second, settle, clock } = await group();
		const partnership = englishRoundTemplates.find((t) => t.key === 'partnership')!;
		for (const named of [true, false]) {
			const id = first.feedback.create({ ...partnership, named });
			first.feedback.open(id, { closesAt: clock.now() + 1000_000 });
			await settle();
			const round = second.feedback.get(id)!;
			const values = Object.fromEntries(
				round.questions.map((q) => [q.id, q.kind === 'rating' ? { rating: 5 } : { text: '=1+1' }])
			);
			second.feedback.answer(id, values);
			await settle();
			if (!named) {
				// Unnamed results wait for the close, and for three answers at least.
				await expect(first.feedback.export(first.feedback.get(id)!, 'csv', texts)).rejects.toThrow(
					RoundRefusedError
				);
				first.feedback.answer(id, values);
				answerUnnamed(first.doc, id, { member: newMemberId(), key: newAnswerKey(), values });
				first.feedback.close(id);
				expect(first.feedback.results(first.feedback.get(id)!).withheld).toBeNull();
			}
			const csv = await (
				await first.feedback.export(first.feedback.get(id)!, 'csv', texts)
			).blob.text();
			const [header, row] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
				delimiter: ',',
				skipEmptyLines: true
			}).data;
			expect(header![0] === 'Member').toBe(named);
			expect(header).toContain('Decisions are made together, and my voice counts.');
			expect(row).toContain("'=1+1");
			expect(row).toHaveLength(header!.length);
			expect(csv).not.toContain(second.members.me);
		}
	});
});
