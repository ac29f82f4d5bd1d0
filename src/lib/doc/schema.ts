import * as Y from 'yjs';

/*
 * The data model of a workspace, named once: its root types, and the keys of every kind of
 * record kept in them. Each record's module (`meta.ts`, `documents.ts`, `members.ts`,
 * `versions.ts`, `decisions.ts`, `commitments/`) holds its reader (which validates and degrades, `record.ts`),
 * its writers and its defaults; `migrations/` brings older workspaces up to `SCHEMA_VERSION`.
 */

/** The schema version this build writes; older workspaces are migrated up to it on open. */
export const SCHEMA_VERSION = 5;

/** Names of the shared root types of a workspace document (README, "The workspace"). */
export const ROOT = {
	meta: 'meta',
	documents: 'documents',
	documentOrder: 'documentOrder',
	members: 'members',
	versions: 'versions',
	decisions: 'decisions',
	/** One `Y.Map` per commitment a member made to the others, keyed by commitment id. */
	commitments: 'commitments',
	/** The records of mutual progress the group saved, oldest first. */
	reports: 'reports',
	/** One `Y.Map` per comment thread on a passage, keyed by thread id (its mark in the text). */
	comments: 'comments',
	/** One `Y.Map` per proposed amendment of a document's text, keyed by amendment id. */
	amendments: 'amendments',
	/** One `Y.Map` per entry of the learning log (what we tried, happened, learned), by entry id. */
	learningLog: 'learningLog',
	/** Which member wrote and deleted what: Yjs's PermanentUserData, keyed by member id. */
	authors: 'authors',
	/** One `Y.Map` per feedback round (a survey of the group), keyed by round id. */
	rounds: 'feedbackRounds',
	/** The signed roster log: each entry's bytes keyed by its name (hex SHA-256), `roster/`. */
	rosterLog: 'rosterLog'
} as const;

/** Keys of the workspace `meta` map. */
export const META = {
	schemaVersion: 'schemaVersion',
	name: 'name',
	createdAt: 'createdAt',
	languages: 'languages',
	/** How the group decides unless a decision says otherwise (`group-settings.ts`). */
	decisionRule: 'decisionRule',
	decisionQuorum: 'decisionQuorum',
	/** How many days a commitment goes without a check-in before one is due. */
	checkInDays: 'checkInDays'
} as const;

/** Keys of one entry of the `documents` map. */
export const DOCUMENT = {
	title: 'title',
	kind: 'kind',
	/** The text: one `Y.Text` of lines (schema version 2; see `body/line-format.ts`). */
	text: 'text',
	/** The text as schema version 1 kept it, a `Y.XmlFragment`; read only to migrate it. */
	body: 'body',
	createdAt: 'createdAt',
	/** The date by which the group means to revisit it ("Revisit by"), `YYYY-MM-DD`. */
	reviewOn: 'reviewOn',
	/**
	 * The language its text is written in, a BCP 47 tag ("ar"); its direction follows. Absent in
	 * documents made before languages were kept: the workspace's first language is theirs.
	 */
	language: 'language'
} as const;

/**
 * Keys schema version 2 wrote and nothing ever read, removed by the migration to version 3: a
 * document's `status` (always "draft").
 */
export const RETIRED_DOCUMENT_KEYS = ['status'] as const;

/** Keys of one entry of the `members` map (keyed by member id). */
export const MEMBER = {
	name: 'name',
	colour: 'colour',
	role: 'role',
	joinedAt: 'joinedAt',
	/** The organisation they are part of, as they typed it (optional). */
	organisation: 'organisation',
	/** When a facilitator recorded that they left the group; they stay in the record. */
	leftAt: 'leftAt'
} as const;

/** Keys of one entry of the `versions` array. */
export const VERSION = {
	id: 'id',
	documentId: 'documentId',
	name: 'name',
	/** The whole workspace's Yjs snapshot when the version was saved. */
	snapshot: 'snapshot',
	author: 'author',
	createdAt: 'createdAt'
} as const;

/** Keys of one entry of the `decisions` map (keyed by decision id). */
export const DECISION = {
	documentId: 'documentId',
	versionId: 'versionId',
	question: 'question',
	rule: 'rule',
	quorum: 'quorum',
	closesAt: 'closesAt',
	openedBy: 'openedBy',
	openedAt: 'openedAt',
	/** A `Y.Map` of answers, one key per member, so that answers given apart all survive. */
	answers: 'answers',
	/** Written once, when the decision closes. */
	outcome: 'outcome',
	/** The date by which the group means to revisit its outcome, `YYYY-MM-DD`. */
	reviewOn: 'reviewOn',
	/** Set instead of `versionId` when the decision is on a proposed amendment. */
	amendmentId: 'amendmentId'
} as const;

/** Keys of one entry of the `commitments` map (keyed by commitment id). */
export const COMMITMENT = {
	title: 'title',
	description: 'description',
	/**
	 * Who keeps it: a `Y.Map` keyed by party (`member:<id>`, `organisation:<name compared>`) of
	 * `{ ...party, rank }` (schema version 4; version 3 kept a plain array).
	 */
	owners: 'owners',
	/** To whom it is owed: the group, the communities it serves, a member or an organisation. */
	owedTo: 'owedTo',
	/** ISO dates without a time zone (`YYYY-MM-DD`). */
	startOn: 'startOn',
	dueOn: 'dueOn',
	reviewOn: 'reviewOn',
	/**
	 * A `Y.Map` of every status given, by id: `{ status, at, by }`, so that statuses given apart
	 * all survive and the status at any moment can be told (a report's "then" and "now").
	 */
	statuses: 'statuses',
	progress: 'progress',
	/** The passage it comes from: `{ documentId, start, end, quote }`, positions relative to the text. */
	source: 'source',
	/** The feedback round whose step towards improvement it answers, `{ roundId, stepId }`. */
	fromRound: 'fromRound',
	createdBy: 'createdBy',
	createdAt: 'createdAt',
	/** A `Y.Map` of check-ins by id, so that check-ins made apart all survive. */
	checkIns: 'checkIns'
} as const;

/**
 * Keys of one entry of the `feedbackRounds` map. Its nested maps are made with the round, never
 * later, so that two copies cannot each make their own.
 */
export const ROUND = {
	title: 'title',
	intro: 'intro',
	/** The starting round it was made from (`partnership`, `cso-standard`…), or absent. */
	template: 'template',
	/** False for an unnamed round, whose answers are written apart from any member or device. */
	named: 'named',
	observersMayAnswer: 'observersMayAnswer',
	/** When it opens; absent while it is being written. */
	opensAt: 'opensAt',
	closesAt: 'closesAt',
	createdBy: 'createdBy',
	createdAt: 'createdAt',
	/** A `Y.Map` of questions by id, each a plain value `{ kind, prompt, rank, … }`. */
	questions: 'questions',
	/** A `Y.Map` of answers: by member id `{ values, at }` (named), by random key `{ values }` (unnamed). */
	answers: 'answers',
	/** A `Y.Map` of who answered an unnamed round, by member id (`true`), apart from the answers. */
	respondents: 'respondents',
	/** Written once, when the round closes: the answers it counted, as they were. */
	outcome: 'outcome',
	/** The group's response to the results (a facilitator writes it). */
	response: 'response',
	/** A `Y.Map` of steps towards improvement by id, each `{ text, rank, commitmentId }`. */
	steps: 'steps'
} as const;

/** Keys of one check-in, a `Y.Map` in a commitment's `checkIns`. */
export const CHECK_IN = {
	by: 'by',
	at: 'at',
	status: 'status',
	narrative: 'narrative',
	evidence: 'evidence',
	editedAt: 'editedAt'
} as const;

/**
 * Keys of one entry of the `comments` map. The passage it is on is marked in the document's text
 * by the attribute `comment:<thread id>` (`body/line-format.ts`), so that it moves, splits, joins,
 * is cut and pasted with the text, and overlaps other threads.
 */
export const COMMENT_THREAD = {
	documentId: 'documentId',
	/** The passage's words when the thread began (shown once the passage is deleted). */
	quote: 'quote',
	createdBy: 'createdBy',
	createdAt: 'createdAt',
	/** A `Y.Map` of messages by id, so that replies written apart all survive. */
	messages: 'messages',
	/** `{ resolved, by, at }`: the latest word on whether the discussion is over. */
	resolution: 'resolution',
	/**
	 * A `Y.Map` of every `{ resolved, by, at }` said, by id, so that the latest in time wins
	 * wherever it was said (`resolution` still carries the latest this copy wrote, for older builds).
	 */
	resolutions: 'resolutions',
	/** Set on a thread about a proposed amendment (it marks no passage of the text). */
	amendmentId: 'amendmentId'
} as const;

/** Keys of one message, a `Y.Map` in a thread's `messages`. */
export const COMMENT_MESSAGE = {
	by: 'by',
	at: 'at',
	text: 'text',
	editedAt: 'editedAt',
	/**
	 * When its writer deleted it: it then reads "message deleted" and its words are no longer
	 * shown or exported (the workspace's history, kept for versions, still holds them).
	 */
	deletedAt: 'deletedAt'
} as const;

/**
 * Keys of one entry of the `amendments` map: a change to a document's text proposed for the
 * group to accept, kept as a Yjs update against the state it was drafted from.
 */
export const AMENDMENT = {
	documentId: 'documentId',
	/** The passage's words where the draft began (may be empty: a whole document). */
	quote: 'quote',
	rationale: 'rationale',
	/** The workspace's Yjs snapshot the draft started from (`Y.encodeSnapshot`). */
	base: 'base',
	/** The change itself: a Yjs update (version 2 encoding) that applies on top of `base`. */
	change: 'change',
	proposedBy: 'proposedBy',
	proposedAt: 'proposedAt',
	/** A `Y.Map` by member id of `{ supports, at }`, so that members' views given apart all survive. */
	support: 'support',
	/**
	 * A `Y.Map` of outcomes by id, `{ result, by, at, decisionId }`: outcomes recorded apart all
	 * survive, and an acceptance wins over the rest (its change is in the text already).
	 */
	outcomes: 'outcomes'
} as const;

/**
 * Keys of one entry of the `learningLog` map. An entry written without a name has no `by`,
 * `createdAt` or `editedAt`, and its items are written by a throwaway client id
 * (`learning-log/unnamed.ts`).
 */
export const LOG_ENTRY = {
	tried: 'tried',
	happened: 'happened',
	learned: 'learned',
	/** A `Y.Map` of tag → true, made with the entry, so that tags set apart all survive. */
	tags: 'tags',
	/** The day it is about, `YYYY-MM-DD`. */
	on: 'on',
	/** Optional links: a commitment id, a decision id, a passage `{ documentId, start, end, quote }`. */
	commitmentId: 'commitmentId',
	decisionId: 'decisionId',
	passage: 'passage',
	/** True when the entry may leave the group (only those go into the log's export). */
	shared: 'shared',
	by: 'by',
	createdAt: 'createdAt',
	editedAt: 'editedAt',
	/** A `Y.Map` of comments by id, made with the entry, so that comments written apart all survive. */
	comments: 'comments'
} as const;

/** Keys of one comment, a `Y.Map` in a learning-log entry's `comments`. */
export const LOG_COMMENT = {
	by: 'by',
	at: 'at',
	text: 'text',
	editedAt: 'editedAt'
} as const;

/** Keys of one entry of the `reports` array: a record of mutual progress as it was sent. */
export const REPORT = {
	id: 'id',
	name: 'name',
	/** The period it covers: ISO dates, both included. */
	from: 'from',
	to: 'to',
	/** The time zone its days were counted in (IANA name). */
	timeZone: 'timeZone',
	/** The whole workspace's Yjs snapshot when it was saved, to produce it again exactly. */
	snapshot: 'snapshot',
	by: 'by',
	createdAt: 'createdAt'
} as const;

/** A new, empty workspace document. History is kept (`gc: false`) so versions can be rendered later. */
export function createWorkspaceDoc(): Y.Doc {
	return new Y.Doc({ gc: false });
}

/** The `meta` root of a workspace. */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap(ROOT.meta);
}

/** The `documents` root: one `Y.Map` per document, keyed by document id. */
export function documentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap(ROOT.documents);
}

/** The `documentOrder` root: document ids in the order the sidebar shows them. */
export function documentOrder(doc: Y.Doc): Y.Array<string> {
	return doc.getArray(ROOT.documentOrder);
}

/** The `members` root: one `Y.Map` per member, keyed by member id. */
export function membersMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap(ROOT.members);
}

/** The schema version a workspace was written with, or 0 when it has never been initialised. */
export function schemaVersionOf(doc: Y.Doc): number {
	const version = metaMap(doc).get(META.schemaVersion);
	return typeof version === 'number' && Number.isInteger(version) ? version : 0;
}
