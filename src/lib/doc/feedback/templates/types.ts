import type { QuestionInit, RoundTemplateKey } from '../types';

/** A starting round: its words in one language, and its questions. */
export interface RoundTemplate {
	key: RoundTemplateKey;
	title: string;
	intro: string;
	/** Whether its answers carry names by default. */
	named: boolean;
	/** Each question's `key` names it across languages and rounds ("trust"). */
	questions: (QuestionInit & { key: string })[];
}

/** The starting rounds in one language, in the order they are offered. */
export type RoundTemplateSet = readonly RoundTemplate[];
