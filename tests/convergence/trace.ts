import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
	addDocument,
	createWorkspaceDoc,
	documentBody,
	initializeWorkspace,
	lineAttributes,
	newMemberId,
	plainTextOf,
	type DocumentId,
	paragraph
} from '../../src/lib/doc';
import type { EditingTrace } from '../support/editing-trace';
import { findDivergence } from './compare';
import type { Random } from './random';

/**
 * The real editing trace, written by two people at once. The workspace has two documents; the
 * trace is cut into runs of transactions, and in each run one writer types the run into the first
 * document while the other types the same run into the second, so both write all the time, in one
 * workspace, interleaving their changes. They exchange what they wrote every few dozen
 * transactions (batches merged, delivered out of order and sometimes twice) and, before the next
 * run, meet with sync step 1 and 2 so that each holds the text the next run's positions refer to.
 * At the end both copies must be identical and both documents must hold the trace's end text.
 *
 * Each document's body is one `Y.Text` of lines; the trace's text goes in as the binding writes
 * typing in a paragraph: plain characters without attributes (they follow plain text or a line
 * end), and each "\n" of the trace as Enter writes it, one line end carrying a paragraph's format.
 */

/** What replaying the trace did. */
export interface TraceResult {
	transactions: number;
	runs: number;
	batches: number;
	characters: number;
	ms: number;
}

interface Side {
	doc: Y.Doc;
	outbox: Uint8Array[];
}

const PARAGRAPH_END = lineAttributes({ block: 'paragraph', wrap: [] });

/** Applies one patch of the trace to a body: a deletion, then typing (Enter for each "\n"). */
function patch(text: Y.Text, [pos, del, ins]: [number, number, string]): void {
	if (del) text.delete(pos, del);
	let at = pos;
	ins.split('\n').forEach((part, i) => {
		if (i > 0) text.insert(at++, '\n', PARAGRAPH_END);
		if (part) text.insert(at, part);
		at += part.length;
	});
}

function syncBothWays(a: Y.Doc, b: Y.Doc): void {
	for (const [from, to] of [
		[a, b],
		[b, a]
	] as const) {
		const step1 = encoding.createEncoder();
		syncProtocol.writeSyncStep1(step1, to);
		const step2 = encoding.createEncoder();
		syncProtocol.readSyncMessage(
			decoding.createDecoder(encoding.toUint8Array(step1)),
			step2,
			from,
			'peer'
		);
		const none = encoding.createEncoder();
		syncProtocol.readSyncMessage(
			decoding.createDecoder(encoding.toUint8Array(step2)),
			none,
			to,
			'peer'
		);
	}
}

/** The text a single writer ends with, for a trace that does not say what it ends in. */
function replayAlone(trace: EditingTrace): string {
	const text = new Y.Doc().getText();
	for (const txn of trace.txns)
		for (const [pos, del, ins] of txn.patches) {
			if (del) text.delete(pos, del);
			if (ins) text.insert(pos, ins);
		}
	return text.toString();
}

/** Replays the trace between two concurrent writers; throws when their copies end apart. */
export function replayTraceConcurrently(trace: EditingTrace, random: Random): TraceResult {
	const start = performance.now();
	const sides: Side[] = [createWorkspaceDoc(), createWorkspaceDoc()].map((doc) => ({
		doc,
		outbox: []
	}));
	const [a, b] = sides as [Side, Side];
	a.doc.clientID = 1;
	b.doc.clientID = 2;
	const now = Date.UTC(2026, 0, 1);
	initializeWorkspace(a.doc, {
		name: 'Trace',
		locale: 'en',
		now,
		creator: { id: newMemberId(), name: 'A', colour: '#1f5f5b' }
	});
	const ids = ['Paper (first)', 'Paper (second)'].map((title) =>
		addDocument(a.doc, {
			title,
			kind: 'notes',
			blocks: [paragraph('')],
			now
		})
	) as [DocumentId, DocumentId];
	syncBothWays(a.doc, b.doc);
	for (const side of sides)
		side.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin !== 'peer') side.outbox.push(update);
		});

	let batches = 0;
	const inFlight: { to: Side; update: Uint8Array }[] = [];
	const exchange = (all: boolean) => {
		for (const [from, to] of [
			[a, b],
			[b, a]
		] as const) {
			if (from.outbox.length === 0) continue;
			const update = Y.mergeUpdates(from.outbox.splice(0));
			inFlight.push({ to, update });
			if (random.chance(0.1)) inFlight.push({ to, update });
		}
		// Batches overtake one another; some wait for a later exchange.
		for (let i = inFlight.length - 1; i >= 0; i--) {
			if (!all && random.chance(0.3)) continue;
			const [{ to, update }] = inFlight.splice(random.int(0, i), 1) as [(typeof inFlight)[0]];
			Y.applyUpdate(to.doc, update, 'peer');
			batches++;
		}
	};

	let runs = 0;
	for (let at = 0; at < trace.txns.length; runs++) {
		const end = Math.min(trace.txns.length, at + random.int(1, 4000));
		// Writer of the first document this run; the other writes the second.
		const first = runs % 2 === 0 ? a : b;
		const second = first === a ? b : a;
		const texts = [documentBody(first.doc, ids[0])!, documentBody(second.doc, ids[1])!] as const;
		const every = random.int(10, 200);
		for (let i = at; i < end; i++) {
			for (const [side, text] of [
				[first, texts[0]],
				[second, texts[1]]
			] as const) {
				side.doc.transact(() => {
					for (const one of trace.txns[i]!.patches) patch(text, one);
				});
			}
			if ((i - at) % every === every - 1) exchange(false);
		}
		exchange(true);
		syncBothWays(a.doc, b.doc);
		at = end;
	}

	const expected = trace.endContent || replayAlone(trace);
	const divergence = findDivergence([a.doc, b.doc]);
	if (divergence) throw new Error(`The two writers' copies differ: ${divergence}`);
	for (const id of ids) {
		const text = plainTextOf(documentBody(a.doc, id)!);
		if (text !== expected)
			throw new Error(
				`Document ${id} does not hold the trace's end text (${text.length} characters).`
			);
	}
	return {
		transactions: trace.txns.length,
		runs,
		batches,
		characters: expected.length,
		ms: performance.now() - start
	};
}
