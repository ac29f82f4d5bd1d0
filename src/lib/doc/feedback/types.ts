import type { Branded, MemberId } from '../ids';
import type { CommitmentId } from '../commitments';

/** Identifies one feedback round. */
export type RoundId = Branded<'RoundId'>;

/** Identifies one question of a round. */
export type QuestionId = Branded<'QuestionId'>;

/** Identifies one step towards improvement in a round's response. */
export type StepId = Branded<'StepId'>;

/** The kinds of question a round can ask. */
export const QUESTION_KINDS = ['rating', 'choice', 'yes-no', 'text'] as const;

/** One of `QUESTION_KINDS`. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The lowest and highest rating. */
export const RATING_SCALE = { low: 1, high: 5 } as const;

/** The starting rounds Concord offers (a round made from one remembers it, for comparisons). */
export const ROUND_TEMPLATES = [
	'partnership',
	'after-meeting',
	'charter-review',
	'cso-standard'
] as const;

/** One of `ROUND_TEMPLATES`. */
export type RoundTemplateKey = (typeof ROUND_TEMPLATES)[number];

/** One question, as every copy reads it. */
export interface Question {
	id: QuestionId;
	kind: QuestionKind;
	prompt: string;
	/** What the same question is called in every round of a template ("trust"), for comparisons. */
	key: string | null;
	optional: boolean;
	/** Ratings: what the two ends of the scale mean. */
	lowLabel: string;
	highLabel: string;
	/** Ratings: whether a short "evidence" answer goes with the rating. */
	evidence: boolean;
	/** Choices: the options, in order. */
	options: string[];
	/** Choices: whether more than one option may be chosen. */
	multiple: boolean;
	/** Where it comes in the round (lowest first; ties by id). */
	rank: number;
}

/** What a question is made or changed with; the rest takes its default. */
export type QuestionInit = Partial<Omit<Question, 'id' | 'rank'>> & { kind: QuestionKind };

/** One answer to one question. */
export type AnswerValue =
	{ rating: number; note?: string } | { choices: string[] } | { yes: boolean } | { text: string };

/** One respondent's answers, by question id. */
export type AnswerValues = Record<string, AnswerValue>;

/** One respondent's answers to a round. */
export interface RoundAnswer {
	/** The member id for a named answer; a random key for an unnamed one. */
	key: string;
	/** Who answered: a member for a named round, null for an unnamed one. */
	by: MemberId | null;
	values: AnswerValues;
}

/** Why a round closed. */
export type RoundClosedBecause = 'closing-date' | 'closed-by-facilitator';

/** The recorded end of a round: the answers it counted, as they were when it closed. */
export interface RoundOutcome {
	closedAt: number;
	closedBy: MemberId | null;
	because: RoundClosedBecause;
	answers: RoundAnswer[];
	/** How many members had answered (for an unnamed round, counted apart from the answers). */
	respondents: number;
	/** How many members the round asked when it closed (null for a close recorded before this was kept). */
	asked: number | null;
}

/** A step the group means to take in answer to a round. */
export interface ImprovementStep {
	id: StepId;
	text: string;
	rank: number;
	/** The commitment made from it, or null. */
	commitmentId: CommitmentId | null;
}

/** Where a round stands at a moment. */
export type RoundPhase = 'draft' | 'scheduled' | 'open' | 'closed';

/** One feedback round, as every copy reads it. */
export interface Round {
	id: RoundId;
	title: string;
	intro: string;
	template: RoundTemplateKey | null;
	/** Whether answers carry their member's name; unnamed answers are stored apart from anyone. */
	named: boolean;
	observersMayAnswer: boolean;
	/** When it opens (null while it is being written). */
	opensAt: number | null;
	closesAt: number | null;
	createdBy: MemberId | null;
	createdAt: number;
	/** In order. */
	questions: Question[];
	/** Answers so far (while open: live; once closed, see `outcome.answers`). */
	answers: RoundAnswer[];
	/** Who has answered, by member id (named rounds: the answers' members). */
	respondents: MemberId[];
	outcome: RoundOutcome | null;
	/** The group's response to the results. */
	response: string;
	/** In order. */
	steps: ImprovementStep[];
}

/** The longest texts a round keeps, in characters, and the most questions and options. */
export const ROUND_LIMITS = {
	title: 200,
	intro: 4000,
	prompt: 500,
	label: 80,
	option: 200,
	options: 20,
	questions: 100,
	text: 4000,
	note: 1000,
	response: 8000,
	step: 500
} as const;
