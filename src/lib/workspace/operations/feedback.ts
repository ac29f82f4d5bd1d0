import {
	answerNamed,
	answerUnnamed,
	closeRound,
	countedAnswers,
	createRound,
	deleteRound,
	eligibleAnswers,
	getRound,
	listMembers,
	listRounds,
	mayAnswerRound,
	askedMembers,
	mayRunRounds,
	moveQuestion,
	newAnswerKey,
	observeRounds,
	putQuestion,
	putStep,
	removeQuestion,
	removeStep,
	roundPhase,
	roundTitle,
	scheduleRound,
	setRoundResponse,
	updateRound,
	type AnswerValues,
	type CommitmentId,
	type CommitmentInit,
	type QuestionId,
	type QuestionInit,
	type Round,
	type RoundAnswer,
	type RoundChange,
	type RoundId,
	type RoundInit,
	type RoundPhase,
	type RoundTemplate,
	type StepId,
	type WorkspaceId,
	readMeta
} from '../../doc';
import type { ExportFile } from '../document-export';
import type { PrivateKeyStore } from '../ports';
import type { RoundFormat, RoundTexts } from '../round-export';
import { fileParts, roundResults, type RoundResults } from './round-results';
import type { OperationContext } from './context';
import type { WorkspaceCommitments } from './commitments';

/** Why an operation on a feedback round was not carried out. */
export type RoundRefusal = 'not-allowed' | 'missing' | 'not-editable' | 'not-open' | 'elsewhere';

/** Thrown when a feedback round operation is refused; the workspace is unchanged. */
export class RoundRefusedError extends Error {
	constructor(readonly why: RoundRefusal) {
		super(`The feedback round was not changed: ${why}.`);
		this.name = 'RoundRefusedError';
	}
}

/**
 * Feedback rounds: facilitators write them, open and close them and answer their results with
 * steps towards improvement; members answer them, named or unnamed, until they close.
 */
export class WorkspaceFeedback {
	readonly #context: OperationContext;
	readonly #workspaceId: WorkspaceId;
	readonly #keys: PrivateKeyStore;
	readonly #commitments: WorkspaceCommitments;

	constructor(
		context: OperationContext,
		workspaceId: WorkspaceId,
		keys: PrivateKeyStore,
		commitments: WorkspaceCommitments
	) {
		this.#context = context;
		this.#workspaceId = workspaceId;
		this.#keys = keys;
		this.#commitments = commitments;
	}

	/** Every round, most recently made first. */
	list(): Round[] {
		return listRounds(this.#context.doc);
	}

	/** One round, or null. */
	get(id: RoundId): Round | null {
		return getRound(this.#context.doc, id);
	}

	/** A round's title alone, or null. */
	title(id: string): string | null {
		return roundTitle(this.#context.doc, id);
	}

	/** Calls `listener` when a round, the roster or a commitment changes. */
	observe(listener: () => void): () => void {
		return observeRounds(this.#context.doc, listener);
	}

	/** Where a round stands now. */
	phase(round: Round): RoundPhase {
		return roundPhase(round, this.#context.clock.now());
	}

	/** Whether this person may write, open, close and respond to rounds (a facilitator). */
	get mayRun(): boolean {
		return mayRunRounds(listMembers(this.#context.doc), this.#context.me());
	}

	/** Whether this person may answer `round` (whatever its phase). */
	mayAnswer(round: Round): boolean {
		const me = this.#context.me();
		return mayAnswerRound(
			round,
			listMembers(this.#context.doc).find((m) => m.id === me)
		);
	}

	/** Whether this person has answered `round` (on any of their devices). */
	hasAnswered(round: Round): boolean {
		return round.respondents.includes(this.#context.me());
	}

	/**
	 * This person's answers to `round`, or null: a named answer is theirs wherever they gave it;
	 * an unnamed one only on the device that gave it (only that device knows its key).
	 */
	myAnswer(round: Round): RoundAnswer | null {
		const key = round.named ? this.#context.me() : this.#keys.get(this.#workspaceId, round.id);
		return key === null ? null : (round.answers.find((a) => a.key === key) ?? null);
	}

	#runnable(id: RoundId): Round {
		if (!this.mayRun) throw new RoundRefusedError('not-allowed');
		const round = this.get(id);
		if (!round) throw new RoundRefusedError('missing');
		return round;
	}

	#editable(id: RoundId): Round {
		const round = this.#runnable(id);
		if (this.phase(round) !== 'draft') throw new RoundRefusedError('not-editable');
		return round;
	}

	/** Writes a new round (not yet open), blank or from a starting round; returns its id. */
	create(init: RoundInit | RoundTemplate): RoundId {
		if (!this.mayRun) throw new RoundRefusedError('not-allowed');
		const { doc, clock, me } = this.#context;
		const template = 'key' in init ? init.key : (init.template ?? null);
		return createRound(doc, { ...init, template, by: me(), now: clock.now() });
	}

	/** Changes a round's title, introduction or who answers, while it is being written. */
	update(id: RoundId, change: RoundChange): void {
		this.#editable(id);
		updateRound(this.#context.doc, id, change);
	}

	/** Adds a question, or changes one (`questionId`), while the round is being written. */
	putQuestion(id: RoundId, init: QuestionInit, questionId?: QuestionId): QuestionId {
		this.#editable(id);
		const key = putQuestion(this.#context.doc, id, init, questionId);
		if (!key) throw new RoundRefusedError('missing');
		return key;
	}

	/** Removes a question while the round is being written. */
	removeQuestion(id: RoundId, questionId: QuestionId): void {
		this.#editable(id);
		removeQuestion(this.#context.doc, id, questionId);
	}

	/** Moves a question one place earlier or later while the round is being written. */
	moveQuestion(id: RoundId, questionId: QuestionId, by: -1 | 1): void {
		this.#editable(id);
		moveQuestion(this.#context.doc, id, questionId, by);
	}

	/** Opens a round now (or at `opensAt`) until `closesAt`; it needs a question. */
	open(id: RoundId, dates: { opensAt?: number; closesAt: number }): void {
		const round = this.#editable(id);
		if (round.questions.length === 0) throw new RoundRefusedError('not-editable');
		const opensAt = Math.max(dates.opensAt ?? 0, this.#context.clock.now());
		scheduleRound(this.#context.doc, id, { opensAt, closesAt: dates.closesAt });
	}

	/**
	 * Gives (or changes) this person's answers to an open round: named, or unnamed and written
	 * apart from them (`doc/feedback/unnamed.ts`). Throws `RoundInputError` for answers it cannot
	 * take, `RoundRefusedError` when it is not open, this person may not answer, or they answered
	 * an unnamed round on another device.
	 */
	answer(id: RoundId, values: AnswerValues): void {
		const { doc, clock, me } = this.#context;
		const round = this.get(id);
		if (!round) throw new RoundRefusedError('missing');
		if (this.phase(round) !== 'open') throw new RoundRefusedError('not-open');
		if (!this.mayAnswer(round)) throw new RoundRefusedError('not-allowed');
		if (round.named) {
			answerNamed(doc, id, { by: me(), values, now: clock.now() });
			return;
		}
		let key = this.#keys.get(this.#workspaceId, id);
		if (key === null && this.hasAnswered(round)) throw new RoundRefusedError('elsewhere');
		if (key === null) {
			key = newAnswerKey();
			this.#keys.put(this.#workspaceId, id, key);
		}
		answerUnnamed(doc, id, { member: me(), key, values });
	}

	/** The answers a round counts: recorded at its close, or those given so far by who may. */
	counted(round: Round): RoundAnswer[] {
		return round.outcome
			? countedAnswers(round)
			: eligibleAnswers(round, listMembers(this.#context.doc));
	}

	/** Closes an open round now, recording the answers it counted. */
	close(id: RoundId): void {
		const round = this.#runnable(id);
		if (this.phase(round) !== 'open') throw new RoundRefusedError('not-open');
		const { doc, clock, me } = this.#context;
		closeRound(doc, id, {
			by: me(),
			because: 'closed-by-facilitator',
			now: clock.now(),
			counted: this.counted(round),
			asked: this.askedCount(round)
		});
	}

	/** How many members have answered a round (or had, when it closed). */
	answeredCount(round: Round): number {
		if (round.outcome) return round.outcome.respondents;
		return round.named ? this.counted(round).length : round.respondents.length;
	}

	/** How many members a round asks now (or asked when it closed). */
	askedCount(round: Round): number {
		return round.outcome?.asked ?? askedMembers(this.#context.doc, round).length;
	}

	/** Deletes a round nobody has answered. */
	delete(id: RoundId): void {
		const round = this.#runnable(id);
		if (round.answers.length > 0 || round.outcome) throw new RoundRefusedError('not-editable');
		deleteRound(this.#context.doc, id);
	}

	/** A round's results: the summary, the comparison with the round before, the report cards. */
	results(round: Round): RoundResults {
		return roundResults(round, {
			counted: this.counted(round),
			rounds: this.list(),
			members: listMembers(this.#context.doc),
			asked: this.askedCount(round),
			closed: this.phase(round) === 'closed'
		});
	}

	/** A round's summary (or its answers, as CSV) as a file in the reader's language. */
	async export(round: Round, format: RoundFormat, texts: RoundTexts): Promise<ExportFile> {
		const { doc, clock } = this.#context;
		const meta = readMeta(doc);
		const results = this.results(round);
		if (results.withheld) throw new RoundRefusedError('not-open');
		// The writers (and the CSV library) load when a person first exports a round.
		const { exportRoundFile } = await import('../round-export');
		return exportRoundFile(
			fileParts(results, this.counted(round)),
			format,
			{ workspaceName: meta.name, language: meta.languages[0] ?? 'en', now: clock.now() },
			texts
		);
	}

	/** Writes the group's response to a round's results. */
	respond(id: RoundId, text: string): void {
		this.#runnable(id);
		setRoundResponse(this.#context.doc, id, text);
	}

	/** Adds a step towards improvement (or rewrites one); returns its id. */
	putStep(id: RoundId, text: string, stepId?: StepId): StepId {
		this.#runnable(id);
		const key = putStep(this.#context.doc, id, text, stepId);
		if (!key) throw new RoundRefusedError('missing');
		return key;
	}

	/** Removes a step that no commitment was made from. */
	removeStep(id: RoundId, stepId: StepId): void {
		const round = this.#runnable(id);
		if (round.steps.find((s) => s.id === stepId)?.commitmentId)
			throw new RoundRefusedError('not-editable');
		removeStep(this.#context.doc, id, stepId);
	}

	/** Makes a commitment from a step, linked back to the round; returns its id. */
	commit(
		id: RoundId,
		stepId: StepId,
		init: Omit<CommitmentInit, 'fromRound' | 'source'>
	): CommitmentId {
		const round = this.#runnable(id);
		const step = round.steps.find((s) => s.id === stepId);
		if (!step) throw new RoundRefusedError('missing');
		if (step.commitmentId) return step.commitmentId;
		return this.#commitments.create({ ...init, fromRound: { roundId: id, stepId } });
	}
}
