import * as Y from 'yjs';
import { documentBody, listAmendments, listDocuments, type DocumentId } from '../../src/lib/doc';
import { plainOffset, type PlainOp } from './body-lines';
import { readsAsUpToConcurrentOrder } from './concurrent-order';
import { offsetOfId, pairAll, pairWritten, visibleIds, type Twins } from './twins';

/*
 * The intent oracle. Every copy keeps a shadow: one plain `Y.Text` per document (blocks joined by
 * "\n", no format). Each body edit is replayed there as what it means for the text alone (typing
 * inserts at the caret, Enter inserts "\n" at the caret, a join deletes the "\n" before the line,
 * a block type changes nothing), resolved against the shadow's own text. At the end every body must read as its
 * shadow.
 *
 * The shadow texts are roots of the copy's own Y.Doc that the app never reads, written in the same
 * transaction as the body's write: a shadow in a Y.Doc of its own, even in the same messages, gets
 * ahead of its copy whenever Yjs holds a body's update back until an earlier one arrives (the
 * shadow has no such wait), and a later edit's line and column then mean other characters there.
 *
 * What this catches: not Yjs merging characters (both are Yjs texts), but the binding's way of
 * writing an edit. Where it writes more than the edit means, say a block type changed by deleting
 * the line and inserting it again, or a join that deletes and re-inserts the joined text, a copy
 * that typed in that line meanwhile finds its words after the re-inserted text, or the deleted
 * words back: the body and its shadow then read differently. Where it writes other characters
 * than the edit means with the same result (the line end after an empty line rather than the one
 * before it), text typed meanwhile beside them ends up on the other side. Where the binding writes
 * exactly the edit (one "\n" for Enter, one deleted for a join), the two agree whatever happened
 * concurrently; merely mirroring the binding's own writes into the shadow would make them agree
 * always, and catch nothing.
 *
 * Two insertions made concurrently at one place may come in either order (see
 * `concurrent-order.ts`). When body and shadow took different orders, a later edit's line and
 * column mean other characters in the two; the edit is then replayed beside the twins of the
 * characters its writer saw around it (`twins.ts`). What it does not catch: an edit that means the wrong thing on its own
 * (that is the editor's business, and the editor check's).
 */

/** One body edit as the record of races keeps it. */
interface EditRecord {
	order: number;
	copy: number;
	client: number;
	/** The clock of the edit's mark in its copy's shadow: others have it once they hold that. */
	clock: number;
	documentId: string;
	/** The Yjs ids of the line ends of the lines it touched (the lines themselves, in effect). */
	lines: string[];
	splitsOrJoins: boolean;
	/** What its copy had received of every copy's edits when it was made. */
	seen: Map<number, number>;
}

/** What the shadows of one scenario's copies share: the order of edits, and the twins (`twins.ts`). */
export interface ShadowLedger {
	next: number;
	twins: Twins;
	/**
	 * Documents whose shadow could not replay an edit as meant: the twins of the characters its
	 * writer saw had not yet arrived in that copy's shadow (Yjs held them back until something
	 * they hang on arrived, which the body's own characters did not need). Their bodies are not
	 * compared; the run says how many there were.
	 */
	unreplayable: Set<DocumentId>;
}

/** A new ledger for a scenario's shadows. */
export function newLedger(): ShadowLedger {
	return { next: 0, twins: new Map(), unreplayable: new Set() };
}

/**
 * A body as its writer saw it before an edit, when its shadow read otherwise: the ids of its
 * visible characters and the text they spell.
 */
export interface BodyBefore {
	ids: string[];
	text: string;
}

/** One copy's shadow: its plain texts and the record of its body edits. */
export class Shadow {
	readonly edits: EditRecord[] = [];

	/** `doc` is the copy's workspace document (made without garbage collection, as the app's are). */
	constructor(
		readonly copy: number,
		readonly doc: Y.Doc,
		private readonly ledger: ShadowLedger
	) {}

	/** The plain text of a document. */
	text(documentId: DocumentId): Y.Text {
		return this.doc.getText(`convergence shadow ${documentId}`);
	}

	/** Starts the shadow of a document this copy created, with its body's text. */
	begin(documentId: DocumentId, body: Y.Text): void {
		this.doc.transact(() => this.text(documentId).insert(0, body.toString()));
		pairAll(this.ledger.twins, body, this.text(documentId));
	}

	/**
	 * The body before an edit, when this shadow reads otherwise (concurrent insertions that came in
	 * another order): the edit is then replayed beside the twins of the characters around it.
	 */
	before(documentId: DocumentId, body: Y.Text): BodyBefore | null {
		if (body.toString() === this.text(documentId).toString()) return null;
		return visibleIds(body);
	}

	/** Pairs what the current transaction wrote into a body and into its shadow. */
	pair(documentId: DocumentId, body: Y.Text): void {
		pairWritten(this.ledger.twins, this.doc, body, this.text(documentId));
	}

	/** Ends an unterminated last line, as the editor ended the body's. */
	endLine(documentId: DocumentId, body: Y.Text): void {
		const text = this.text(documentId);
		if (text.length > 0 && !text.toString().endsWith('\n'))
			this.doc.transact(() => {
				text.insert(text.length, '\n');
				this.pair(documentId, body);
			});
	}

	/**
	 * Replays a body edit's plain ops. A body that was empty showed (and the editor then wrote)
	 * one empty line, which the ops count on. With `before` (see `before()`), each op is resolved
	 * in the body its writer saw and made beside the twins of the characters there; `before` is
	 * brought up to date with the ops.
	 */
	replay(
		documentId: DocumentId,
		ops: readonly PlainOp[],
		wasEmpty: boolean,
		before: BodyBefore | null = null
	): void {
		const text = this.text(documentId);
		this.doc.transact(() => {
			if (wasEmpty && text.length === 0) text.insert(0, '\n');
			for (const op of ops) {
				if (before && this.#replayBeside(documentId, text, op, before)) continue;
				const current = text.toString();
				const at = plainOffset(current, op.at);
				if ('insert' in op) text.insert(at, op.insert);
				else {
					const to = plainOffset(current, op.to);
					if (to > at) text.delete(at, to - at);
				}
			}
		});
	}

	/** Makes one op beside the twins of the characters its writer saw; false when some have none. */
	#replayBeside(documentId: DocumentId, text: Y.Text, op: PlainOp, before: BodyBefore): boolean {
		const offsetOfTwin = (bodyId: string) => {
			const twin = this.ledger.twins.get(bodyId);
			if (twin === undefined) return -1;
			const offset = offsetOfId(text, twin);
			if (offset < 0 && !this.#holds(twin)) this.ledger.unreplayable.add(documentId);
			return offset;
		};
		const at = plainOffset(before.text, op.at);
		if ('insert' in op) {
			const left = at === 0 ? 0 : offsetOfTwin(before.ids[at - 1]!);
			if (at > 0 && left < 0) return false;
			const offset = at === 0 ? 0 : left + 1;
			text.insert(offset, op.insert);
			const written = visibleIds(text).ids.slice(offset, offset + op.insert.length);
			// The characters written here are their own twins in the body the writer now sees.
			written.forEach((id) => this.ledger.twins.set(id, id));
			before.ids.splice(at, 0, ...written);
			before.text = before.text.slice(0, at) + op.insert + before.text.slice(at);
			return true;
		}
		const to = plainOffset(before.text, op.to);
		const offsets = before.ids.slice(at, to).map(offsetOfTwin);
		if (offsets.some((offset) => offset < 0)) return false;
		for (const offset of offsets.sort((a, b) => b - a)) text.delete(offset, 1);
		before.ids.splice(at, to - at);
		before.text = before.text.slice(0, at) + before.text.slice(to);
		return true;
	}

	/** Whether this copy has integrated the character with an id. */
	#holds(id: string): boolean {
		const [client, clock] = id.split(':').map(Number) as [number, number];
		return Y.getState(this.doc.store, client) > clock;
	}

	/**
	 * Records a body edit; call it in the transaction of its first write, with what its copy held
	 * before it. It marks the edit there too (one map entry, which a join's deletion alone would not
	 * give), so that which copies had received it can be told later.
	 */
	record(
		documentId: DocumentId,
		lines: string[],
		splitsOrJoins: boolean,
		seen: Map<number, number>
	): void {
		const client = this.doc.clientID;
		const clock = Y.getState(this.doc.store, client);
		const order = this.ledger.next++;
		this.edits.push({
			order,
			copy: this.copy,
			client,
			clock,
			documentId,
			lines,
			splitsOrJoins,
			seen
		});
		this.doc.getMap('convergence shadow edits').set(String(this.copy), order);
	}
}

/**
 * Whether a split or a join raced with another copy's edit of the same line: the later of the two
 * was made on a copy that had not yet received the earlier one.
 */
export function splitOrJoinRaced(shadows: readonly Shadow[]): boolean {
	const edits = shadows.flatMap((s) => s.edits).sort((a, b) => a.order - b.order);
	for (const [i, later] of edits.entries()) {
		for (const earlier of edits.slice(0, i)) {
			if (earlier.copy === later.copy || earlier.documentId !== later.documentId) continue;
			if (!earlier.splitsOrJoins && !later.splitsOrJoins) continue;
			if ((later.seen.get(earlier.client) ?? 0) > earlier.clock) continue;
			if (earlier.lines.some((line) => later.lines.includes(line))) return true;
		}
	}
	return false;
}

/**
 * Every item of a text, one a line, with its origins (`id=content<origin>right origin`, "D" when
 * deleted): printed for a drifting document with DUMP_ITEMS=1, to see why Yjs put it where it is.
 */
function itemsOf(text: Y.Text): string {
	const id = (x: Y.ID | null) => (x ? `${x.client}:${x.clock}` : '-');
	const lines: string[] = [];
	for (let item = text._start; item !== null; item = item.right) {
		const { content } = item;
		const shown =
			content instanceof Y.ContentString
				? JSON.stringify(content.str)
				: content instanceof Y.ContentFormat
					? `[${content.key}=${JSON.stringify(content.value)}]`
					: content.constructor.name;
		const deleted = item.deleted ? 'D' : '';
		lines.push(`${id(item.id)}${deleted}=${shown}<${id(item.origin)}>${id(item.rightOrigin)}`);
	}
	return lines.join('\n');
}

/** The Yjs id of the character at an offset of a text, as "client:clock". */
export function idAt(text: Y.Text, offset: number): string | null {
	let index = 0;
	for (let item = text._start; item !== null; item = item.right) {
		if (item.deleted || !item.countable) continue;
		if (offset < index + item.length) return `${item.id.client}:${item.id.clock + offset - index}`;
		index += item.length;
	}
	return null;
}

function excerpt(a: string, b: string): string {
	let at = 0;
	while (at < a.length && a[at] === b[at]) at++;
	const from = Math.max(0, at - 60);
	return `at character ${at}:\n    ${JSON.stringify(a.slice(from, at + 80))}\n vs ${JSON.stringify(b.slice(from, at + 80))}`;
}

/**
 * The first document whose body reads otherwise than its copy's shadow, or null. Documents the
 * shadows could not replay (see `ShadowLedger.unreplayable`) are left out, and so are documents
 * that took an amendment: its change is a Yjs update made apart in a draft, which no copy's
 * shadow saw (those are compared between copies only).
 */
export function findIntentDrift(
	docs: readonly Y.Doc[],
	shadows: readonly Shadow[],
	ledger: ShadowLedger
): string | null {
	for (const [i, doc] of docs.entries()) {
		const amended = new Set(
			listAmendments(doc)
				.filter((a) => a.outcome?.result === 'accepted')
				.map((a) => a.documentId)
		);
		for (const { id } of listDocuments(doc)) {
			if (ledger.unreplayable.has(id) || amended.has(id)) continue;
			const body = documentBody(doc, id)?.toString() ?? '';
			const text = shadows[i]!.text(id);
			const shadow = text.toString();
			if (process.env.DUMP_ITEMS && !readsAsUpToConcurrentOrder(text, body))
				console.log(
					`body items\n${itemsOf(documentBody(doc, id)!)}\nshadow items\n${itemsOf(text)}`
				);
			if (!readsAsUpToConcurrentOrder(text, body))
				return `copy ${i}'s document ${id} reads otherwise than what its edits meant (its plain-text shadow) ${excerpt(shadow, body)}`;
		}
	}
	return null;
}
