import { createSubscriber } from 'svelte/reactivity';
import type {
	AmendmentRecordLabels,
	DecisionRule,
	IsoDate,
	AnswerKind,
	AnswerRoll,
	AuthoredText,
	Comparison,
	Decision,
	DecisionId,
	DecisionInit,
	DecisionInitProblem,
	DecisionOnVersion,
	DecisionRecordLabels,
	DocumentId,
	Block,
	Member,
	MemberId,
	Version,
	VersionId,
	Workspace
} from '../workspace';
import { reactiveToday } from './today';

/** How long the text may change before "changed since agreed" is worked out again. */
const BODY_SETTLE_MS = 400;

/**
 * The history of one document as the interface sees it: its named versions, its decisions and
 * the agreed version, reactive to changes from anyone, with the actions members take on them.
 */
export class DocumentHistory {
	readonly #workspace: Workspace;
	readonly #today: () => IsoDate;
	readonly #id: DocumentId;
	readonly #versions: () => void;
	readonly #decisions: () => void;
	/** The workspace's members, as the session reads them (one reading for every document). */
	readonly #members: () => Member[];
	readonly #body: () => void;

	constructor(workspace: Workspace, id: DocumentId, members: () => Member[]) {
		this.#workspace = workspace;
		this.#today = reactiveToday(workspace);
		this.#id = id;
		const { decisions, texts } = workspace;
		this.#versions = createSubscriber((update) => decisions.observeVersions(update));
		this.#decisions = createSubscriber((update) => {
			const stops = [decisions.observe(update), workspace.amendments.observe(update)];
			return () => stops.forEach((stop) => stop());
		});
		this.#members = members;
		this.#body = createSubscriber((update) => {
			let timer: ReturnType<typeof setTimeout> | undefined;
			const stop = texts.observe(id, () => {
				clearTimeout(timer);
				timer = setTimeout(update, BODY_SETTLE_MS);
			});
			return () => {
				clearTimeout(timer);
				stop();
			};
		});
	}

	readonly #versionList = $derived.by(() => {
		this.#versions();
		return this.#workspace.decisions.versions(this.#id);
	});

	readonly #decisionList = $derived.by(() => {
		this.#decisions();
		this.#versions();
		return this.#workspace.decisions.decisions(this.#id);
	});

	readonly #agreed = $derived.by((): DecisionOnVersion | null => {
		this.#decisions();
		this.#versions();
		return this.#workspace.decisions.agreed(this.#id);
	});

	readonly #changedSinceAgreed = $derived.by(() => {
		this.#body();
		const agreed = this.#agreed;
		if (!agreed?.version) return false;
		return this.#workspace.texts.differsFrom(this.#id, agreed.version.id) === true;
	});

	/** Named versions of the document, oldest first. */
	get versions(): Version[] {
		return this.#versionList;
	}

	/** Every member of the workspace, in the order they joined. */
	get members(): Member[] {
		return this.#members();
	}

	/** Decisions on the document, most recently opened first, with their versions. */
	get decisions(): DecisionOnVersion[] {
		return this.#decisionList;
	}

	/** The decision that made a version the agreed text, or null while there is none. */
	get agreed(): DecisionOnVersion | null {
		return this.#agreed;
	}

	/** Whether the draft differs from the agreed version. */
	get changedSinceAgreed(): boolean {
		return this.#changedSinceAgreed;
	}

	/** This person's member id. */
	get me(): MemberId {
		return this.#workspace.members.me;
	}

	/** Whether this person convenes the group (opens and closes decisions, names facilitators). */
	get isFacilitator(): boolean {
		return this.#workspace.members.isFacilitator(this.#members());
	}

	/** A member by id, or null for someone this copy does not know (yet). */
	member(id: MemberId | null): Member | null {
		return this.#members().find((m) => m.id === id) ?? null;
	}

	/** Saves the document as it is now under a name; returns the new version's id. */
	saveVersion(name: string): VersionId {
		return this.#workspace.decisions.saveVersion(this.#id, name);
	}

	/**
	 * Opens a decision on a named version, or on the current text saved as a new version named
	 * `version.newName`; both are one change, so a failure leaves no stray version behind.
	 */
	openDecision(init: DecisionInit): DecisionId {
		return this.#workspace.decisions.openDecision(this.#id, init);
	}

	/** What is wrong with a decision as set up to be opened now, or null when it can be. */
	problemWith(init: DecisionInit): DecisionInitProblem | null {
		void this.#members();
		return this.#workspace.decisions.problemWith(init);
	}

	/** The largest quorum a decision may ask for: how many members may answer (at least one). */
	get largestQuorum(): number {
		void this.#members();
		return this.#workspace.decisions.largestQuorum();
	}

	/** Sets the date by which the group means to revisit a decision's outcome (facilitators). */
	setDecisionReview(id: DecisionId, date: IsoDate | null): boolean {
		return this.isFacilitator && this.#workspace.decisions.setReview(id, date);
	}

	/** Today's date where this person is. */
	get today(): IsoDate {
		return this.#today();
	}

	/** The rule and quorum a new decision starts from: what the group's settings say. */
	get decisionDefaults(): { rule: DecisionRule; quorum: number | null } {
		const { decisionRule, decisionQuorum } = this.#workspace.settings.read();
		return { rule: decisionRule, quorum: decisionQuorum };
	}

	/** Who has answered a decision, with their answers, and who may answer and has not yet. */
	roll(decision: Decision): AnswerRoll {
		return this.#workspace.decisions.roll(decision, this.#members());
	}

	/** Whether this person may answer decisions (observers follow without answering). */
	get canAnswer(): boolean {
		return this.#workspace.members.mayAnswer(this.#members());
	}

	/** Gives or changes this person's answer; false once the decision has closed. */
	answer(id: DecisionId, answer: AnswerKind, reason: string): boolean {
		return this.#workspace.decisions.answer(id, answer, reason);
	}

	/** Closes a decision now (a facilitator's choice), recording its outcome. */
	close(id: DecisionId): boolean {
		return this.#workspace.decisions.close(id);
	}

	/** The record of a closed decision (question, rule, answers, outcome), as text to show. */
	decisionRecord(decision: Decision, version: Version | null, labels: DecisionRecordLabels) {
		return this.#workspace.decisions.record(decision, version, labels);
	}

	/** The record of the amendments proposed to the document, as text to show; empty for none. */
	amendmentRecord(labels: AmendmentRecordLabels): Block[] {
		this.#decisions();
		return this.#workspace.amendments.record(this.#id, labels);
	}

	/** The text of a named version, or null when it cannot be read. */
	versionText(id: VersionId): Block[] | null {
		this.#versions();
		return this.#workspace.texts.versionText(this.#id, id);
	}

	/** What changed between two versions, or a version and now (null). */
	compare(from: VersionId | null, to: VersionId | null): Comparison | null {
		this.#body();
		return this.#workspace.texts.compare(this.#id, from, to);
	}

	/** The current text with who wrote each part. */
	authoredText(): AuthoredText | null {
		this.#body();
		return this.#workspace.texts.authored(this.#id, this.#members());
	}
}
