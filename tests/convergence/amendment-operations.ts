import * as Y from 'yjs';
import {
	AMENDMENT,
	AmendmentChangeError,
	AmendmentFork,
	DOCUMENT,
	ROOT,
	amendmentsMap,
	listAmendments,
	listDocuments,
	randomId
} from '../../src/lib/doc';
import { AmendmentRefusedError, SubmitRefusedError } from '../../src/lib/workspace';
import { PHRASES } from './body-edits';
import type { Random } from './random';
import type { Writer } from './writer';

/*
 * What members do with amendments in a campaign, through the workspace's own operations: draft
 * one (a fork in which a phrase is inserted or a stretch deleted) and submit it, support it or
 * not, withdraw one's own, and, as a facilitator, accept (concurrently with others' edits of the
 * same passage), reject, or put it to a decision that the group then answers. Now and then a
 * hostile member forges one whose change reaches past its text: every copy must refuse to apply
 * it (the scenario's checks then find any document renamed or roster emptied on one copy only).
 */

/** What a member can do with amendments, with how often they do it. */
export const AMENDMENT_WEIGHTS = {
	proposeAmendment: 1.5,
	supportAmendment: 0.6,
	// Often tried: only a facilitator's copy may, and only once an amendment has reached it.
	acceptAmendment: 5,
	rejectAmendment: 1,
	withdrawAmendment: 0.3,
	putAmendmentToDecision: 2,
	// A hostile member writes an amendment straight into Yjs, whose change reaches past its text.
	forgeAmendment: 0.3
} as const;

/** The name of one kind of amendment operation. */
export type AmendmentOperationKind = keyof typeof AMENDMENT_WEIGHTS;

/** The rationale of a forged amendment, by which the end of a scenario knows it. */
const FORGED = 'Trust me.';
const RATIONALES = ['Clearer.', 'Plus court.', 'أوضح للجميع', 'Inclusivo 🙂'];
const DAY = 24 * 60 * 60 * 1000;

/** Applies one amendment operation to a copy and describes it; null when there was none to make. */
export function applyAmendmentOperation(
	writer: Writer,
	kind: AmendmentOperationKind,
	random: Random
): string | null {
	const { workspace } = writer;
	const amendments = workspace.amendments;
	const open = amendments.list().filter((a) => !a.outcome);
	const amendment = open.length > 0 ? random.pick(open) : null;
	try {
		switch (kind) {
			case 'proposeAmendment': {
				const documents = workspace.documents.list();
				if (documents.length === 0) return null;
				const document = random.pick(documents);
				const draft = amendments.startDraft(document.id, '');
				if (!draft) return null;
				const body = draft.body;
				const length = body.length;
				let edit: string;
				if (length > 2 && random.chance(0.4)) {
					const from = random.int(0, length - 2);
					const count = random.int(1, Math.min(20, length - from - 1));
					body.delete(from, count);
					edit = `delete ${from}+${count}`;
				} else {
					const at = random.int(0, Math.max(0, length - 1));
					const phrase = random.pick(PHRASES);
					body.insert(at, phrase);
					edit = `insert ${JSON.stringify(phrase)} at ${at}`;
				}
				draft.rationale = random.pick(RATIONALES);
				const id = draft.submitNow();
				return `propose amendment ${id} of ${document.id}: ${edit}`;
			}
			case 'supportAmendment': {
				if (!amendment) return null;
				const supports = random.chance(0.7);
				amendments.support(amendment.id, supports);
				return `${supports ? 'support' : 'oppose'} amendment ${amendment.id}`;
			}
			case 'acceptAmendment':
			case 'rejectAmendment': {
				if (!amendment) return null;
				if (kind === 'acceptAmendment') amendments.accept(amendment.id);
				else amendments.reject(amendment.id);
				return `${kind === 'acceptAmendment' ? 'accept' : 'reject'} amendment ${amendment.id}`;
			}
			case 'withdrawAmendment': {
				const own = open.filter((a) => a.proposedBy === writer.member);
				if (own.length === 0) return null;
				const chosen = random.pick(own);
				amendments.withdraw(chosen.id);
				return `withdraw amendment ${chosen.id}`;
			}
			case 'forgeAmendment': {
				const documents = workspace.documents.list();
				if (documents.length === 0) return null;
				const document = random.pick(documents);
				const fork = AmendmentFork.open(workspace.doc, {
					documentId: document.id,
					member: writer.member
				});
				if (!fork) return null;
				// It renames the document and deletes the roster: nothing an amendment may touch.
				const entry = fork.doc.getMap<Y.Map<unknown>>(ROOT.documents).get(document.id);
				entry?.set(DOCUMENT.title, 'Forged');
				fork.doc.getMap(ROOT.members).clear();
				const { base, change } = fork.change;
				fork.destroy();
				const id = randomId();
				workspace.doc.transact(() => {
					const record = new Y.Map<unknown>();
					amendmentsMap(workspace.doc).set(id, record);
					record.set(AMENDMENT.documentId, document.id);
					record.set(AMENDMENT.rationale, FORGED);
					record.set(AMENDMENT.base, base);
					record.set(AMENDMENT.change, change ?? new Uint8Array([0]));
					record.set(AMENDMENT.proposedBy, writer.member);
					record.set(AMENDMENT.proposedAt, workspace.clock.now());
				});
				return `forge amendment ${id} of ${document.id}`;
			}
			case 'putAmendmentToDecision': {
				if (!amendment || !amendments.mayDecide) return null;
				const init = {
					version: { amendment: amendment.id },
					question: 'Adopt it?',
					rule: random.pick(['consent', 'majority'] as const),
					quorum: null,
					closesAt: workspace.clock.now() + 1000 + random.int(0, 2) * DAY
				};
				if (workspace.decisions.problemWith(init)) return null;
				const id = workspace.decisions.openDecision(amendment.documentId, init);
				return `put amendment ${amendment.id} to decision ${id}`;
			}
		}
	} catch (error) {
		// Refused as the app refuses it: not a facilitator, ended or being decided meanwhile, a
		// draft that changed nothing, a base that has not reached this copy yet.
		if (
			error instanceof AmendmentRefusedError ||
			error instanceof SubmitRefusedError ||
			error instanceof AmendmentChangeError
		)
			return null;
		throw error;
	}
}

/**
 * A copy that took a forged amendment: recorded it as accepted, or shows what its change did (a
 * document renamed "Forged"); null when every copy refused them all.
 */
export function findForgedAcceptance(docs: readonly Y.Doc[]): string | null {
	for (const [i, doc] of docs.entries()) {
		const taken = listAmendments(doc).find(
			(a) => a.rationale === FORGED && a.outcome?.result === 'accepted'
		);
		if (taken) return `copy ${i} accepted the forged amendment ${taken.id}`;
		const titles = listDocuments(doc).map((d) => d.title);
		if (titles.includes('Forged')) return `copy ${i} applied a forged amendment's rename`;
	}
	return null;
}
