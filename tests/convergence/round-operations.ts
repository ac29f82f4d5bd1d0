import type * as Y from 'yjs';
import {
	englishRoundTemplates,
	ROUND,
	RoundInputError,
	roundsMap,
	type AnswerValues,
	type QuestionInit,
	type Round,
	type RoundPhase
} from '../../src/lib/doc';
import { RoundRefusedError } from '../../src/lib/workspace';
import type { Random } from './random';
import type { Writer } from './writer';

/*
 * What members do with feedback rounds in a campaign, through the workspace's own operations: a
 * facilitator writes one (from a starting round or blank), adds and reorders questions (often
 * at once on two copies), opens it and closes it; members answer it, named or unnamed, and
 * change their answers (also while another copy closes it); a facilitator responds with steps
 * and makes commitments of them. A hostile member writes answers straight into Yjs: off the
 * scale, to a question that does not exist, into a closed round. Every copy must read the same
 * rounds and the same summaries (`compare.ts`).
 */

/** What a member can do with feedback rounds, with how often they do it. */
export const ROUND_WEIGHTS = {
	writeRound: 1.5,
	putQuestion: 2,
	moveQuestion: 3,
	// Often tried: only a facilitator's copy may, once the round has reached it.
	openRound: 4,
	answerRound: 12,
	closeRound: 1.5,
	respondToRound: 1.5,
	commitFromStep: 1.5,
	forgeRoundAnswer: 0.6
} as const;

/** The name of one kind of feedback round operation. */
export type RoundOperationKind = keyof typeof ROUND_WEIGHTS;

const PROMPTS = ['Was it useful?', '¿Nos escuchamos?', 'هل نثق ببعضنا؟', 'Tuko pamoja?'];
const TEXTS = ['More calls.', 'Plus de temps', 'شكرًا', 'Asante 🙏', ''];
const STEPS = ['Share the agenda early', 'Rotate the chair', 'ترجمة المحاضر'];
const DAY = 24 * 60 * 60 * 1000;

/** When a round opened now closes: within the scenario mostly (a second a step), or in days. */
function closing(now: number, random: Random): number {
	return now + (random.chance(0.7) ? random.int(2, 40) * 1000 : random.int(1, 3) * DAY);
}

function randomQuestion(random: Random): QuestionInit {
	const kind = random.pick(['rating', 'choice', 'yes-no', 'text'] as const);
	return {
		kind,
		prompt: random.pick(PROMPTS),
		optional: random.chance(0.3),
		options: kind === 'choice' ? ['One', 'Deux', 'ثلاثة'] : undefined,
		multiple: random.chance(0.5),
		evidence: random.chance(0.3)
	};
}

/** Answers a member might give: valid for each question, optional ones sometimes skipped. */
function randomAnswers(round: Round, random: Random): AnswerValues {
	const values: AnswerValues = {};
	for (const q of round.questions) {
		if (q.optional && random.chance(0.4)) continue;
		if (q.kind === 'rating')
			values[q.id] = random.chance(0.3)
				? { rating: random.int(1, 5), note: random.pick(TEXTS) }
				: { rating: random.int(1, 5) };
		else if (q.kind === 'choice') {
			const some = q.options.filter(() => random.chance(0.5));
			values[q.id] = {
				choices: q.multiple && some.length > 0 ? some : [random.pick(q.options)]
			};
		} else if (q.kind === 'yes-no') values[q.id] = { yes: random.chance(0.5) };
		else values[q.id] = { text: random.pick(TEXTS) || 'Fine.' };
	}
	return values;
}

/** A hostile member's answer, written as the record itself: nothing in it may count anywhere. */
function forge(doc: Y.Doc, round: Round, random: Random, member: string): string {
	const entry = roundsMap(doc).get(round.id)!;
	const answers = entry.get(ROUND.answers) as Y.Map<unknown>;
	const question = round.questions[0];
	const kind = random.pick(['off-scale', 'no-question', 'as-someone-else'] as const);
	const values =
		kind === 'off-scale' && question
			? { [question.id]: { rating: 7 } }
			: kind === 'no-question'
				? { 'no-such-question-000': { rating: 3 } }
				: question
					? { [question.id]: { rating: 1 } }
					: {};
	const key = kind === 'as-someone-else' ? `forged-${random.int(1, 9)}-member-id` : member;
	answers.set(key, { values, by: member });
	return `forge ${kind} answer to ${round.id}`;
}

/** Applies one feedback round operation to a copy and describes it; null when there was none. */
export function applyRoundOperation(
	writer: Writer,
	kind: RoundOperationKind,
	random: Random
): string | null {
	const { workspace } = writer;
	const feedback = workspace.feedback;
	const rounds = feedback.list();
	const phase = (round: Round) => feedback.phase(round);
	const pick = (wanted: RoundPhase) => {
		const some = rounds.filter((r) => phase(r) === wanted);
		return some.length > 0 ? random.pick(some) : null;
	};
	try {
		switch (kind) {
			case 'writeRound': {
				const template = random.chance(0.6) ? random.pick(englishRoundTemplates) : null;
				const id = template
					? feedback.create({ ...template, named: random.chance(0.5) })
					: feedback.create({ title: 'Our round', named: random.chance(0.5) });
				// Most facilitators open a starting round as it is, at once.
				if (!template || random.chance(0.3))
					return `write round ${id}${template ? ` from ${template.key}` : ''}`;
				feedback.open(id, { closesAt: closing(workspace.clock.now(), random) });
				return `write round ${id} from ${template.key} and open it`;
			}
			case 'putQuestion': {
				const round = pick('draft');
				if (!round) return null;
				const id = feedback.putQuestion(round.id, randomQuestion(random));
				return `add question ${id} to ${round.id}`;
			}
			case 'moveQuestion': {
				const round = pick('draft');
				if (!round || round.questions.length < 2) return null;
				const question = random.pick(round.questions);
				const by = random.pick([-1, 1] as const);
				feedback.moveQuestion(round.id, question.id, by);
				return `move question ${question.id} of ${round.id} by ${by}`;
			}
			case 'openRound': {
				const round = pick('draft');
				if (!round || round.questions.length === 0) return null;
				feedback.open(round.id, { closesAt: closing(workspace.clock.now(), random) });
				return `open round ${round.id}`;
			}
			case 'answerRound': {
				const round = pick('open');
				if (!round) return null;
				feedback.answer(round.id, randomAnswers(round, random));
				return `answer round ${round.id}${round.named ? '' : ' unnamed'}`;
			}
			case 'closeRound': {
				const round = pick('open');
				if (!round) return null;
				feedback.close(round.id);
				return `close round ${round.id}`;
			}
			case 'respondToRound': {
				const round = pick('closed');
				if (!round) return null;
				feedback.respond(round.id, random.pick(TEXTS));
				const step = feedback.putStep(round.id, random.pick(STEPS));
				return `respond to ${round.id} with step ${step}`;
			}
			case 'commitFromStep': {
				const closed = rounds.filter((r) => r.steps.some((s) => !s.commitmentId));
				if (closed.length === 0) return null;
				const round = random.pick(closed);
				const step = random.pick(round.steps.filter((s) => !s.commitmentId));
				const id = feedback.commit(round.id, step.id, {
					title: step.text,
					owners: [{ kind: 'member', id: writer.member }]
				});
				return `commit ${id} from step ${step.id} of ${round.id}`;
			}
			case 'forgeRoundAnswer': {
				const some = rounds.filter((r) => phase(r) !== 'draft');
				if (some.length === 0) return null;
				return forge(workspace.doc, random.pick(some), random, writer.member);
			}
		}
	} catch (error) {
		// Refused as in the app: not a facilitator, not open here yet, answered elsewhere.
		if (error instanceof RoundRefusedError || error instanceof RoundInputError)
			return `${kind} refused (${error.message})`;
		throw error;
	}
}
