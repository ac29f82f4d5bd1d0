import { createSubscriber } from 'svelte/reactivity';
import {
	agreedDecision,
	answerDecision,
	closeDecision,
	documentBody,
	getVersion,
	listDecisions,
	listVersions,
	observeDecisions,
	observeVersions,
	openDecision,
	saveVersion,
	type AnswerKind,
	type Decision,
	type DecisionId,
	type DecisionRule,
	type DocumentId,
	type Member,
	type MemberId,
	type Version,
	type VersionId
} from '../doc';
import {
	compareVersions,
	differsFromVersion,
	readVersionText,
	readWriters,
	runsIn
} from '../export/compare';
import type { ExportBlock } from '../export/model';
import { currentProfile, type Workspace } from '../workspace';

/** How long the text may change before "changed since agreed" is worked out again. */
const BODY_SETTLE_MS = 400;

/** A decision and the version it is about. */
export interface DecisionOnVersion {
	decision: Decision;
	version: Version | null;
}

/** The current text with who wrote each run, and the legend of writers in order of appearance. */
export interface AuthoredText {
	blocks: ExportBlock[];
	/** The member of each run's writer, by the run's `writer` client id. */
	authorOf: Map<number, Member | null>;
	legend: (Member | null)[];
}

/**
 * The history of one document as the interface sees it: its named versions, its decisions and
 * the agreed version, reactive to changes from anyone, with the actions members take on them.
 */
export class DocumentHistory {
	readonly #workspace: Workspace;
	readonly #id: DocumentId;
	readonly #versions: () => void;
	readonly #decisions: () => void;
	/** The workspace's members, as the session reads them (one reading for every document). */
	readonly #members: () => Member[];
	readonly #body: () => void;

	constructor(workspace: Workspace, id: DocumentId, members: () => Member[]) {
		this.#workspace = workspace;
		this.#id = id;
		const doc = workspace.doc;
		this.#versions = createSubscriber((update) => observeVersions(doc, update));
		this.#decisions = createSubscriber((update) => observeDecisions(doc, update));
		this.#members = members;
		this.#body = createSubscriber((update) => {
			const body = documentBody(doc, id);
			let timer: ReturnType<typeof setTimeout> | undefined;
			const settle = () => {
				clearTimeout(timer);
				timer = setTimeout(update, BODY_SETTLE_MS);
			};
			body?.observeDeep(settle);
			return () => {
				clearTimeout(timer);
				body?.unobserveDeep(settle);
			};
		});
	}

	readonly #versionList = $derived.by(() => {
		this.#versions();
		return listVersions(this.#workspace.doc, this.#id);
	});

	readonly #decisionList = $derived.by(() => {
		this.#decisions();
		this.#versions();
		const doc = this.#workspace.doc;
		return listDecisions(doc, this.#id).map((decision) => ({
			decision,
			version: getVersion(doc, decision.versionId)
		}));
	});

	readonly #agreed = $derived.by((): DecisionOnVersion | null => {
		this.#decisions();
		this.#versions();
		const decision = agreedDecision(this.#workspace.doc, this.#id);
		return decision
			? { decision, version: getVersion(this.#workspace.doc, decision.versionId) }
			: null;
	});

	readonly #changedSinceAgreed = $derived.by(() => {
		this.#body();
		const agreed = this.#agreed;
		if (!agreed?.version) return false;
		return differsFromVersion(this.#workspace.doc, this.#id, agreed.version.id) === true;
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
		return currentProfile().memberId;
	}

	/** Whether this person convenes the group (opens and closes decisions, names facilitators). */
	get isFacilitator(): boolean {
		return this.#members().some((m) => m.id === this.me && m.role === 'facilitator');
	}

	/** A member by id, or null for someone this copy does not know (yet). */
	member(id: MemberId | null): Member | null {
		return this.#members().find((m) => m.id === id) ?? null;
	}

	/** Saves the document as it is now under a name; returns the new version's id. */
	saveVersion(name: string): VersionId {
		return saveVersion(this.#workspace.doc, {
			documentId: this.#id,
			name,
			author: this.me,
			now: Date.now()
		});
	}

	/**
	 * Opens a decision on a named version, or on the current text saved as a new version named
	 * `version.newName`; both are one change, so a failure leaves no stray version behind.
	 */
	openDecision(init: {
		version: VersionId | { newName: string };
		question: string;
		rule: DecisionRule;
		quorum: number | null;
		closesAt: number;
	}): DecisionId {
		const { version, ...rest } = init;
		// Checked before anything is written: Yjs cannot take back half a change.
		if (!rest.question.trim()) throw new Error('A decision needs a question.');
		let id: DecisionId | undefined;
		this.#workspace.doc.transact(() => {
			const versionId = typeof version === 'string' ? version : this.saveVersion(version.newName);
			id = openDecision(this.#workspace.doc, {
				...rest,
				versionId,
				documentId: this.#id,
				openedBy: this.me,
				now: Date.now()
			});
		});
		return id!;
	}

	/** How many members may answer a decision (everyone but observers). */
	get eligibleCount(): number {
		return this.#members().filter((m) => m.role !== 'observer').length;
	}

	/** Whether this person may answer decisions (observers follow without answering). */
	get canAnswer(): boolean {
		// Someone not on the roster yet becomes a member with their first change, answers included.
		return !this.#members().some((m) => m.id === this.me && m.role === 'observer');
	}

	/** Gives or changes this person's answer; false once the decision has closed. */
	answer(id: DecisionId, answer: AnswerKind, reason: string): boolean {
		return answerDecision(this.#workspace.doc, id, {
			member: this.me,
			answer,
			reason,
			now: Date.now()
		});
	}

	/** Closes a decision now (a facilitator's choice), recording its outcome. */
	close(id: DecisionId): boolean {
		return closeDecision(this.#workspace.doc, id, {
			by: this.me,
			because: 'closed-by-facilitator',
			now: Date.now()
		});
	}

	/** The text of a named version, or null when it cannot be read. */
	versionText(id: VersionId): ExportBlock[] | null {
		this.#versions();
		return readVersionText(this.#workspace.doc, this.#id, id);
	}

	/** What changed between two versions, or a version and now (null). */
	compare(from: VersionId | null, to: VersionId | null) {
		this.#body();
		return compareVersions(this.#workspace.doc, this.#id, from, to);
	}

	/** The current text with who wrote each part. */
	authoredText(): AuthoredText | null {
		this.#body();
		const blocks = readWriters(this.#workspace.doc, this.#id);
		if (!blocks) return null;
		// Built afresh on each reading and never changed afterwards: nothing to make reactive.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const authorOf = new Map<number, Member | null>();
		const legend: (Member | null)[] = [];
		for (const run of runsIn(blocks)) {
			if (run.writer === undefined || authorOf.has(run.writer)) continue;
			const member = this.member(this.#workspace.writerOf(run.writer));
			authorOf.set(run.writer, member);
			if (!legend.includes(member)) legend.push(member);
		}
		return { blocks, authorOf, legend };
	}
}
