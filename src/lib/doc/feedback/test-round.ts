import { testWorkspace } from '../commitments/test-workspace';
import { getRound } from './read';
import type { QuestionInit } from './types';
import { createRound, scheduleRound } from './write';

/** The questions of the feedback tests' round: one of each kind, the free text optional. */
export const QUESTIONS: QuestionInit[] = [
	{ kind: 'rating', prompt: 'Trust', key: 'trust', lowLabel: 'Low', highLabel: 'High' },
	{ kind: 'choice', prompt: 'Best channel', options: ['Calls', 'Email', 'Chat'], multiple: true },
	{ kind: 'yes-no', prompt: 'Met our commitments?' },
	{ kind: 'text', prompt: 'What should change?', optional: true }
];

/** A round of `QUESTIONS` in the test workspace, open from moment 20 to 1000. */
export function openRound(named = true) {
	const w = testWorkspace();
	const id = createRound(w.doc, {
		title: 'How is our partnership working?',
		template: 'partnership',
		named,
		questions: QUESTIONS,
		by: w.ana,
		now: 10
	});
	scheduleRound(w.doc, id, { opensAt: 20, closesAt: 1000 });
	const q = getRound(w.doc, id)!.questions.map((x) => x.id);
	return { ...w, id, q };
}
