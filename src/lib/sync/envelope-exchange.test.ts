import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { ChangeLedger } from '../doc';
import { seededRandom } from '../doc/bad-updates';
import { LaneWriter, textOf, WORKSPACE } from '../doc/signed-changes/ledger-fixture';
import { createDeviceKeys, type DeviceKeys } from '../trust/device-keys';
import { EnvelopeExchange, type ExchangePeer } from './envelope-exchange';
import { envelopesMessages, readEnvelopeMessage } from './envelope-messages';

/** Copies joined by in-memory links, each message delivered in order by `deliver`. */
class Network {
	readonly queue: (() => void)[] = [];
	readonly refused: string[] = [];
	/** How many envelopes each copy was sent. */
	readonly envelopesTo = new Map<string, number>();
	readonly copies = new Map<string, { doc: Y.Doc; exchange: EnvelopeExchange }>();
	constructor(private readonly root: Uint8Array) {}

	copy(id: string) {
		const doc = new Y.Doc();
		const exchange = new EnvelopeExchange(new ChangeLedger(doc, WORKSPACE, this.root), {
			onRefused: (peer, reason) => this.refused.push(`${id} from ${peer.id}: ${reason}`)
		});
		this.copies.set(id, { doc, exchange });
		return { doc, exchange };
	}

	/** The end of a link at `from`, through which `from` sends to `to`. */
	end(from: string, to: string): ExchangePeer {
		return {
			id: to,
			send: (message) => {
				const read = readEnvelopeMessage(message);
				if (read.ok && read.message.kind === 'envelopes')
					this.envelopesTo.set(to, (this.envelopesTo.get(to) ?? 0) + read.message.envelopes.length);
				this.queue.push(() => this.copies.get(to)?.exchange.received(this.end(to, from), message));
			}
		};
	}

	link(a: string, b: string): void {
		this.copies.get(a)!.exchange.connected(this.end(a, b));
		this.copies.get(b)!.exchange.connected(this.end(b, a));
	}

	unlink(a: string, b: string): void {
		this.copies.get(a)!.exchange.disconnected(b);
		this.copies.get(b)!.exchange.disconnected(a);
	}

	deliver(): number {
		let n = 0;
		for (; this.queue.length > 0; n++) this.queue.shift()!();
		return n;
	}
}

let keys: DeviceKeys;
let writer: LaneWriter;
let net: Network;
beforeEach(async () => {
	vi.spyOn(console, 'warn').mockImplementation(() => {});
	keys = await createDeviceKeys({ library: true });
	writer = new LaneWriter(keys, 3);
	net = new Network(keys.signingPublic);
	for (const id of ['author', 'near', 'far']) net.copy(id);
});

const text = (id: string) => textOf(net.copies.get(id)!.doc).toString();

describe('signed changes between peers', () => {
	it('reach a copy not connected to their author, passed on as they came', async () => {
		net.link('author', 'near');
		net.link('near', 'far');
		net.deliver();
		const bytes = await writer.write((doc) => textOf(doc).insert(0, 'Article 1. We meet.'));
		net.copies.get('author')!.exchange.publish(bytes);
		net.deliver();
		expect(text('far')).toBe('Article 1. We meet.');
		expect(text('near')).toBe('Article 1. We meet.');
	});

	it('catch up a copy that was away, by lane vectors, without sending twice what it has', async () => {
		net.link('author', 'near');
		net.link('near', 'far');
		const first = await writer.write((doc) => textOf(doc).insert(0, 'One. '));
		net.copies.get('author')!.exchange.publish(first);
		net.deliver();
		net.unlink('near', 'far');
		for (const line of ['Two. ', 'Three. ']) {
			const bytes = await writer.write((doc) => textOf(doc).insert(textOf(doc).length, line));
			net.copies.get('author')!.exchange.publish(bytes);
		}
		net.deliver();
		expect(text('far')).toBe('One. ');
		net.envelopesTo.clear();
		net.link('near', 'far');
		net.deliver();
		expect(text('far')).toBe('One. Two. Three. ');
		expect(net.envelopesTo.get('far')).toBe(2);
		expect(net.envelopesTo.get('near') ?? 0).toBe(0);
	});

	it('tell the guard of forged and unreadable messages, and apply nothing of them', async () => {
		net.link('author', 'near');
		net.deliver();
		const stranger = await createDeviceKeys({ library: true });
		const strangers = new LaneWriter(stranger, 1);
		const taken = await strangers.write((doc) => textOf(doc).insert(0, 'Taken over.'));
		const forged = await writer.write((doc) => textOf(doc).insert(0, 'Forged.'));
		forged[forged.length - 1]! ^= 1;
		const hostile = net.end('near', 'author');
		const near = net.copies.get('near')!.exchange;
		for (const message of [Uint8Array.of(120, 5, 1), ...envelopesMessages([forged, taken])])
			near.received(hostile, message);
		net.deliver();
		expect(net.refused).toEqual([
			'near from author: cut short',
			'near from author: its signature does not hold'
		]);
		expect(text('near')).toBe('');
		expect(text('author')).toBe('');
	});
});

describe('signed changes among copies that come and go (seeded)', () => {
	it('bring every copy to the same document once they are all connected', async () => {
		const seed = Number(process.env.CONCORD_FUZZ_SEED) || 170_306;
		console.log(`exchange rounds: seed ${seed} (CONCORD_FUZZ_SEED=${seed} replays)`);
		const next = seededRandom(seed);
		const ids = ['author', 'near', 'far', 'd', 'e'];
		for (const id of ['d', 'e']) net.copy(id);
		const member = await createDeviceKeys({ library: true });
		const memberLane = new LaneWriter(member, 8);
		const added = await writer.writeRoster(keys.signingPublic, {
			kind: 'add',
			key: member.signingPublic,
			agreementKey: member.agreementPublic,
			memberId: 'member',
			role: 'member',
			after: []
		});
		net.copies.get('author')!.exchange.publish(added);
		// The document both write in exists before either does (two would make two records).
		const created = await writer.write((doc) => textOf(doc));
		net.copies.get('author')!.exchange.publish(created);
		memberLane.learn(writer.doc);
		const links = new Set<string>();
		for (let step = 0; step < 60; step++) {
			const [a, b] = [ids[Math.floor(next() * 5)]!, ids[Math.floor(next() * 5)]!];
			const link = [a, b].sort().join('-');
			if (a !== b && next() < 0.5) {
				if (links.has(link)) {
					net.unlink(a, b);
					links.delete(link);
				} else {
					net.link(a, b);
					links.add(link);
				}
			}
			// The author writes at its own copy, the member at copy "e".
			const [lane, at] = next() < 0.5 ? [writer, 'author'] : [memberLane, 'e'];
			const bytes = await lane.write((doc) => textOf(doc).insert(0, `${step} `));
			net.copies.get(at)!.exchange.publish(bytes);
			if (next() < 0.5) net.deliver();
		}
		for (const [i, a] of ids.entries())
			for (const b of ids.slice(i + 1)) if (!links.has(`${a}-${b}`)) net.link(a, b);
		net.deliver();
		const texts = ids.map(text);
		expect(new Set(texts).size, texts.join(' | ')).toBe(1);
		expect(texts[0]!.split(' ').filter(Boolean)).toHaveLength(60);
	});
});
