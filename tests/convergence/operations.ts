import * as Y from 'yjs';
import {
	addDocument,
	ANSWER_KINDS,
	answerDecision,
	closeDecision,
	DECISION_RULES,
	deleteDocument,
	documentBody,
	dueToClose,
	listDecisions,
	listDocuments,
	listVersions,
	MEMBER_COLOURS,
	moveDocument,
	openDecision,
	renameDocument,
	renameWorkspace,
	saveVersion,
	schemaVersionOf,
	setMemberRole,
	upsertMember,
	type Authorship,
	type DocumentId,
	type DocumentKind,
	type MemberId,
	type VersionId
} from '../../src/lib/doc';
import { blocksOf } from '../../src/lib/export/model';
import {
	BODY_EDIT_WEIGHTS,
	describeEdit,
	editBody,
	endUnterminatedLine,
	PHRASES,
	type BodyEditKind
} from './body-edits';
import { HeadlessEditor } from './headless-editor';
import type { Random } from './random';
import type { Shadow } from './shadow';

/** One workspace copy as a person uses it: their member id and name. */
export interface Writer {
	readonly doc: Y.Doc;
	readonly member: MemberId;
	readonly authorship: Authorship;
	name: string;
	/** Whether this person's member record has been written (once the workspace has arrived). */
	joined: boolean;
	/** The plain-text shadow of this copy's documents, for the intent oracle. */
	readonly shadow: Shadow;
}

let editor: HeadlessEditor | null = null;

/** The app's editor, without a view: one per thread, for every body edit of its scenarios. */
function headlessEditor(): HeadlessEditor {
	editor ??= new HeadlessEditor();
	return editor;
}

/**
 * What each saved version held when it was saved, as the export reads it: every copy must still
 * read exactly this from the version's snapshot at the end, whatever happened since.
 */
export type SavedVersions = Map<VersionId, { documentId: string; blocks: string; by: number }>;

/** What a person can do, with how often they do it. */
export const OPERATION_WEIGHTS = {
	...BODY_EDIT_WEIGHTS,
	addDocument: 2,
	renameDocument: 2,
	moveDocument: 2,
	deleteDocument: 0.6,
	renameMember: 1,
	memberRole: 0.5,
	renameWorkspace: 0.5,
	saveVersion: 3,
	openDecision: 2,
	answerDecision: 15,
	closeDecision: 2
} as const satisfies Record<BodyEditKind | string, number>;

/** The name of one kind of operation. */
export type OperationKind = keyof typeof OPERATION_WEIGHTS;

const TITLES = [
	'Charter',
	'Membership',
	'Commitments',
	'Notes',
	'Meeting notes 3',
	'Budget 💶',
	'規約'
];
const NAMES = ['Amani', 'Bea', 'Chen Wei', 'Dalia', 'Émile', 'Farah', 'Gus'];
const KINDS: DocumentKind[] = ['charter', 'membership', 'commitments', 'notes'];
const REASONS = ['', 'Fine by me', 'Needs a review date', 'ليس الآن', '同意'];
const DAY = 24 * 60 * 60 * 1000;

/**
 * What a person does first once the workspace has reached their copy: add themselves to the
 * members. Returns a description, or null when there is nothing to do (not arrived, or joined).
 */
export function joinIfArrived(writer: Writer, random: Random, now: number): string | null {
	const { doc } = writer;
	if (writer.joined || schemaVersionOf(doc) === 0) return null;
	writer.joined = true;
	writer.authorship.claimLocalChanges(writer.member);
	const colour = random.pick(MEMBER_COLOURS);
	upsertMember(doc, { id: writer.member, name: writer.name, colour, role: 'member', now });
	return `join as ${writer.name}`;
}

/**
 * Applies one random operation of `kind` to a copy, through Concord's own schema functions and
 * editor-level text edits, and describes it (for the log a failing seed prints); null when there
 * was nothing to apply it to.
 */
export function applyOperation(
	writer: Writer,
	kind: OperationKind,
	random: Random,
	now: number,
	saved: SavedVersions
): string | null {
	const { doc } = writer;
	if (schemaVersionOf(doc) === 0) return null;
	const documents = listDocuments(doc);
	const target = documents.length > 0 ? random.pick(documents) : null;
	switch (kind) {
		case 'addDocument': {
			const title = random.pick(TITLES);
			const text = random.pick(PHRASES);
			let id = '' as DocumentId;
			doc.transact(() => {
				id = addDocument(doc, {
					title,
					kind: random.pick(KINDS),
					blocks: random.chance(0.5) ? [{ type: 'paragraph', content: [text] }] : [],
					now
				});
				writer.shadow.begin(id, documentBody(doc, id)!);
			});
			return `add document ${id} "${title}"`;
		}
		case 'renameDocument': {
			if (!target) return null;
			const title = `${random.pick(TITLES)} ${random.int(1, 99)}`;
			renameDocument(doc, target.id, title);
			return `rename ${target.id} to "${title}"`;
		}
		case 'moveDocument': {
			if (!target) return null;
			const to = random.int(0, documents.length - 1);
			moveDocument(doc, target.id, to);
			return `move ${target.id} to ${to}`;
		}
		case 'deleteDocument':
			if (!target || documents.length < 2) return null;
			deleteDocument(doc, target.id);
			return `delete document ${target.id}`;
		case 'renameMember': {
			writer.name = random.pick(NAMES);
			const colour = random.pick(MEMBER_COLOURS);
			upsertMember(doc, { id: writer.member, name: writer.name, colour, role: 'member', now });
			return `rename member to ${writer.name} ${colour}`;
		}
		case 'memberRole': {
			const role = random.pick(['facilitator', 'member', 'observer'] as const);
			setMemberRole(doc, writer.member, role);
			return `become ${role}`;
		}
		case 'renameWorkspace': {
			const name = `Group ${random.int(1, 9)}`;
			renameWorkspace(doc, name);
			return `rename workspace to ${name}`;
		}
		case 'saveVersion': {
			const body = target && documentBody(doc, target.id);
			if (!target || !body) return null;
			const name = `Draft ${random.int(1, 9)}`;
			const blocks = JSON.stringify(blocksOf(body));
			const id = saveVersion(doc, { documentId: target.id, name, author: writer.member, now });
			saved.set(id, { documentId: target.id, blocks, by: doc.clientID });
			return `save version ${id} "${name}" of ${target.id}`;
		}
		case 'openDecision': {
			const versions = documents.flatMap((d) => listVersions(doc, d.id));
			if (versions.length === 0) return null;
			const version = random.pick(versions);
			const id = openDecision(doc, {
				documentId: version.documentId,
				versionId: version.id,
				question: `Adopt ${version.name}?`,
				rule: random.pick(DECISION_RULES),
				quorum: random.pick([null, 2, 3]),
				closesAt: now + random.int(0, 3) * DAY,
				openedBy: writer.member,
				now
			});
			return `open decision ${id} on ${version.id}`;
		}
		case 'answerDecision':
		case 'closeDecision': {
			const decisions = listDecisions(doc).filter((d) => !d.outcome);
			if (decisions.length === 0) return null;
			const decision = random.pick(decisions);
			if (kind === 'closeDecision') {
				const because = dueToClose(doc, decision, now) ?? 'closed-by-facilitator';
				closeDecision(doc, decision.id, { by: writer.member, because, now });
				return `close decision ${decision.id} (${because})`;
			}
			const answer = random.pick(ANSWER_KINDS);
			const reason = random.pick(REASONS);
			answerDecision(doc, decision.id, { member: writer.member, answer, reason, now });
			return `answer ${answer} to ${decision.id}`;
		}
	}
	if (!target) return null;
	const body = documentBody(doc, target.id);
	if (!body) return null;
	const { shadow } = writer;
	let ended = false;
	doc.transact(() => {
		ended = endUnterminatedLine(body);
		if (ended) shadow.endLine(target.id, body);
	});
	const wasEmpty = body.length === 0;
	const seen = Y.decodeStateVector(Y.encodeStateVector(doc));
	let before = shadow.before(target.id, body);
	const applied = editBody(body, kind as BodyEditKind, random, headlessEditor(), (step) => {
		shadow.replay(target.id, step.ops, wasEmpty && step.index === 0, before);
		shadow.pair(target.id, body);
		if (step.index === 0) shadow.record(target.id, step.lineIds, step.splitsOrJoins, seen);
		if (before) before = shadow.before(target.id, body);
	});
	const done = applied && `${describeEdit(applied.edit)} in ${target.id}`;
	return ended ? `end the last line of ${target.id}${done ? `; ${done}` : ''}` : done;
}
