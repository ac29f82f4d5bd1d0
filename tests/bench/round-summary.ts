/**
 * Benchmark, not a test: the summary of a feedback round of 50 members × 30 questions (ratings
 * with evidence, choices, yes or no, free text), named and unnamed. Prints the time to build the
 * summary as the Summary page does (read the round and its answers, check every answer against
 * its question, count, average, spread, and the same for the round before, to compare) as a
 * ratio to reading the same answers raw (both rounds' stored answers, every value visited once),
 * both measured in the same run, with the absolute times beside. Run: `npm run bench:feedback`.
 */
import {
	answerNamed,
	answerUnnamed,
	closeRound,
	createRound,
	createWorkspaceDoc,
	eligibleAnswers,
	getRound,
	initializeWorkspace,
	listMembers,
	listRounds,
	newAnswerKey,
	newMemberId,
	previousRound,
	ROUND,
	roundsMap,
	scheduleRound,
	summariseRound,
	upsertMember,
	type AnswerValues,
	type MemberId,
	type QuestionInit,
	type Round,
	type RoundId
} from '../../src/lib/doc';
import type * as Y from 'yjs';

const MEMBERS = 50;
const QUESTIONS = 30;
const RUNS = Number(process.env.RUNS ?? 30);

function questions(): QuestionInit[] {
	return Array.from({ length: QUESTIONS }, (_, i): QuestionInit => {
		const kind = (['rating', 'rating', 'choice', 'yes-no', 'text'] as const)[i % 5]!;
		return {
			kind,
			key: `q${i}`,
			prompt: `Question ${i + 1}`,
			evidence: kind === 'rating' && i % 2 === 0,
			options: kind === 'choice' ? ['Calls', 'Email', 'Chat', 'Visits'] : undefined,
			multiple: kind === 'choice'
		};
	});
}

function answersFor(round: Round, member: number): AnswerValues {
	const values: AnswerValues = {};
	for (const [i, q] of round.questions.entries()) {
		if (q.kind === 'rating')
			values[q.id] = q.evidence
				? { rating: 1 + ((member + i) % 5), note: `Evidence from member ${member} on ${i}` }
				: { rating: 1 + ((member * 3 + i) % 5) };
		else if (q.kind === 'choice')
			values[q.id] = { choices: q.options.filter((_, j) => (member + j) % 2 === 0) };
		else if (q.kind === 'yes-no') values[q.id] = { yes: (member + i) % 3 !== 0 };
		else values[q.id] = { text: `Member ${member} thinks question ${i} deserves a longer talk.` };
	}
	return values;
}

/** A workspace of 50 members, a closed round before and an open one, each answered by all. */
function workspace(named: boolean): { doc: Y.Doc; id: RoundId } {
	const doc = createWorkspaceDoc();
	const creator = { id: newMemberId(), name: 'Amina', colour: '#1f5f5b' };
	initializeWorkspace(doc, { name: 'Large partnership', locale: 'en', now: 1, creator });
	const members: MemberId[] = [creator.id];
	for (let i = 1; i < MEMBERS; i++) {
		const id = newMemberId();
		upsertMember(doc, { id, name: `Member ${i}`, colour: '#145a86', role: 'member', now: 1 + i });
		members.push(id);
	}
	const ids: RoundId[] = [];
	for (const [r, now] of [1_000, 10_000].entries()) {
		const id = createRound(doc, {
			title: 'Partnership',
			named,
			questions: questions(),
			by: creator.id,
			now
		});
		scheduleRound(doc, id, { opensAt: now + 1, closesAt: now + 5_000 });
		const round = getRound(doc, id)!;
		for (const [m, member] of members.entries()) {
			const values = answersFor(round, m + r);
			if (named) answerNamed(doc, id, { by: member, values, now: now + 2 });
			else answerUnnamed(doc, id, { member, key: newAnswerKey(), values });
		}
		if (r === 0)
			closeRound(doc, id, {
				by: creator.id,
				because: 'closing-date',
				now: now + 5_000,
				counted: getRound(doc, id)!.answers,
				asked: MEMBERS
			});
		ids.push(id);
	}
	return { doc, id: ids[1]! };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown): number {
	const start = performance.now();
	run();
	return performance.now() - start;
}

for (const named of [true, false]) {
	const { doc, id } = workspace(named);
	const before = previousRound(getRound(doc, id)!, listRounds(doc))!.id;
	// Raw: both rounds' answers as stored (the open round's, the closed one's as it counted them),
	// every value visited once.
	const raw = () => {
		const live = (roundsMap(doc).get(id)!.get(ROUND.answers) as Y.Map<unknown>).toJSON();
		const outcome = roundsMap(doc).get(before)!.get(ROUND.outcome) as { answers: object };
		let values = 0;
		for (const answers of [live, outcome.answers])
			for (const answer of Object.values(answers))
				values += Object.keys((answer as { values: object }).values).length;
		return values;
	};
	const summary = () => {
		const round = getRound(doc, id)!;
		const result = summariseRound(round, eligibleAnswers(round, listMembers(doc)));
		const previous = previousRound(round, listRounds(doc));
		return [result, previous && summariseRound(previous)];
	};
	// The first summary checks every answer; later ones only those that changed.
	const cold = time(summary);
	// Warm both up, then take turns so that the machine's noise falls on both alike.
	for (let i = 0; i < 5; i++) {
		raw();
		summary();
	}
	const raws: number[] = [];
	const summaries: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		raws.push(time(raw));
		summaries.push(time(summary));
	}
	const answers = (roundsMap(doc).get(id)!.get(ROUND.answers) as Y.Map<unknown>).size;
	const r = median(raws);
	const s = median(summaries);
	console.log(
		`Summary of a round, ${named ? 'named' : 'unnamed'}, ${answers} members × ${QUESTIONS} questions: ` +
			`${(s / r).toFixed(1)}× reading both rounds' answers raw (${s.toFixed(2)} ms against ${r.toFixed(2)} ms, median of ${RUNS}; the first, checking every answer, ${cold.toFixed(2)} ms)`
	);
	if (answers !== MEMBERS) {
		console.error(`Could not measure: ${answers} answers instead of ${MEMBERS}.`);
		process.exitCode = 1;
	}
}
