import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeCode, connect, refusal, start, stopAll } from './relay-test-support';

afterEach(stopAll);

describe('SignalingRelay', () => {
	it('forwards a publish to every subscriber, sender included, with the subscriber count', async () => {
		const { url } = await start();
		const [a, b, c, other] = await Promise.all([1, 2, 3, 4].map(() => connect(url())));
		await Promise.all([a!, b!, c!].map((client) => client.subscribe('room')));
		await other!.subscribe('elsewhere');
		const payload = { type: 'publish', topic: 'room', from: 'peer-a', data: { sdp: 'x', n: [1] } };
		a!.send(payload);
		for (const client of [a!, b!, c!]) {
			expect(await client.next()).toEqual({ ...payload, clients: 3 });
		}
		await other!.nothing();
	});

	it('delivers a publish only to the subscribers of its topic', async () => {
		const { url } = await start();
		const [a, b, outsider] = await Promise.all([1, 2, 3].map(() => connect(url())));
		await a!.subscribe('room-a');
		await b!.subscribe('room-b');
		outsider!.send({ type: 'publish', topic: 'room-a', data: 'hi' });
		expect(await a!.next()).toEqual({ type: 'publish', topic: 'room-a', data: 'hi', clients: 1 });
		await Promise.all([b!.nothing(), outsider!.nothing()]);
	});

	it('stops delivering after unsubscribe and forgets empty topics', async () => {
		const { url, relay } = await start();
		const [a, b] = await Promise.all([connect(url()), connect(url())]);
		await Promise.all([a.subscribe('room'), b.subscribe('room')]);
		b.send({ type: 'unsubscribe', topics: ['room'] });
		await b.settle();
		a.send({ type: 'publish', topic: 'room', data: 1 });
		expect(await a.next()).toMatchObject({ data: 1, clients: 1 });
		await b.nothing();
		a.send({ type: 'unsubscribe', topics: ['room'] });
		await a.settle();
		expect(relay.topicCount).toBe(0);
	});

	it('answers a ping with a pong to that connection only', async () => {
		const { url } = await start();
		const [a, b] = await Promise.all([connect(url()), connect(url())]);
		a.send({ type: 'ping' });
		expect(await a.next()).toEqual({ type: 'pong' });
		await b.nothing();
	});

	it('ignores malformed messages and keeps the connection usable', async () => {
		const { url, relay } = await start();
		const a = await connect(url());
		const texts = ['{not json', 'null', '[]', '42', '"ping"', '{"type":"publish"}'];
		for (const text of texts) a.ws.send(text);
		a.ws.send(Buffer.from(JSON.stringify({ type: 'ping' })), { binary: true });
		a.ws.send(Buffer.from(JSON.stringify({ type: 'subscribe', topics: ['bin'] })));
		a.send({ type: 'subscribe', topics: 'x' });
		a.send({ type: 'subscribe', topics: ['y'.repeat(10_000), 7, null] });
		a.send({ type: 'publish', topic: 42 });
		await a.settle();
		expect(relay.topicCount).toBe(0);
		await a.nothing();
		await a.subscribe('room');
		a.send({ type: 'publish', topic: 'room', data: 'ok' });
		expect(await a.next()).toMatchObject({ data: 'ok', clients: 1 });
	});

	it('closes a connection that sends an oversized message with 1009, others keep working', async () => {
		const { url, relay } = await start({ maxMessageBytes: 1024 });
		const [a, b] = await Promise.all([connect(url()), connect(url())]);
		await b.subscribe('room');
		const closed = closeCode(a.ws);
		a.send({ type: 'publish', topic: 'room', data: 'x'.repeat(2000) });
		expect(await closed).toBe(1009);
		await b.nothing((m) => m.type === 'publish');
		b.send({ type: 'publish', topic: 'room', data: 'small' });
		expect(await b.next()).toMatchObject({ data: 'small', clients: 1 });
		await vi.waitFor(() => expect(relay.connectionCount).toBe(1));
	});

	it('subscribes a connection to at most maxTopicsPerConnection topics', async () => {
		const { url, relay } = await start({ maxTopicsPerConnection: 3 });
		const [a, b] = await Promise.all([connect(url()), connect(url())]);
		await a.subscribe('t1', 't2', 't3', 't4', 't5');
		await a.subscribe('t6');
		expect(relay.topicCount).toBe(3);
		b.send({ type: 'publish', topic: 't4' });
		b.send({ type: 'publish', topic: 't3' });
		expect(await a.next()).toEqual({ type: 'publish', topic: 't3', clients: 1 });
		await a.nothing();
		a.send({ type: 'unsubscribe', topics: ['t1'] });
		await a.subscribe('t6');
		b.send({ type: 'publish', topic: 't6' });
		expect(await a.next()).toEqual({ type: 'publish', topic: 't6', clients: 1 });
	});

	it('subscribes at most maxSubscribersPerTopic connections to a topic', async () => {
		const { url, relay } = await start({ maxSubscribersPerTopic: 2 });
		const [a, b, c] = await Promise.all([1, 2, 3].map(() => connect(url())));
		await a!.subscribe('room');
		await b!.subscribe('room');
		await c!.subscribe('room', 'side');
		expect(relay.topicCount).toBe(2);
		c!.send({ type: 'publish', topic: 'room', data: 1 });
		a!.send({ type: 'publish', topic: 'side', data: 2 });
		for (const client of [a!, b!])
			expect(await client.next()).toMatchObject({ data: 1, clients: 2 });
		expect(await c!.next()).toEqual({ type: 'publish', topic: 'side', data: 2, clients: 1 });
		await c!.nothing();
		a!.send({ type: 'unsubscribe', topics: ['room'] });
		await a!.settle();
		await c!.subscribe('room');
		b!.send({ type: 'publish', topic: 'room', data: 3 });
		expect(await c!.next()).toMatchObject({ data: 3, clients: 2 });
	});

	it('skips a subscriber over maxBufferedBytes and terminates one that stays over it', async () => {
		const { url, relay } = await start({ maxBufferedBytes: 1024 });
		const slow = await connect(url());
		await slow.subscribe('room');
		// The relay's only connection so far is slow's; force what its server end reports as queued.
		const [slowEnd] = relay.serverSockets();
		let buffered = 0;
		Object.defineProperty(slowEnd, 'bufferedAmount', { get: () => buffered });
		const fast = await connect(url());
		await fast.subscribe('room');
		/** Publishes from fast; once fast receives it, the relay has also dealt with slow. */
		const publish = async (seq: number) => {
			fast.send({ type: 'publish', topic: 'room', seq });
			expect(await fast.next()).toEqual({ type: 'publish', topic: 'room', seq, clients: 2 });
		};
		buffered = 1025;
		for (const seq of [1, 2, 3]) await publish(seq);
		await slow.nothing();
		expect(relay.connectionCount).toBe(2);
		buffered = 1024; // At the limit, not over it: delivered, and the skips count from zero again.
		await publish(4);
		expect(await slow.next()).toMatchObject({ seq: 4 });
		buffered = 64 * 1024 * 1024;
		for (const seq of [5, 6, 7]) await publish(seq);
		expect(relay.connectionCount).toBe(2);
		const closed = closeCode(slow.ws);
		await publish(8);
		expect(await closed).toBe(1006);
		expect(relay.connectionCount).toBe(1);
		await slow.nothing();
	});

	it('drops the publishes of a connection over its rate limit, still answering its pings', async () => {
		const { url } = await start({ maxMessagesPerSecond: 5 });
		const [sender, receiver] = await Promise.all([connect(url()), connect(url())]);
		await receiver.subscribe('room');
		for (let seq = 0; seq < 50; seq++) sender.send({ type: 'publish', topic: 'room', seq });
		await sender.settle();
		// Let the bucket refill, then send a marker: once it arrives, the whole burst was handled.
		await new Promise((done) => setTimeout(done, 500));
		sender.send({ type: 'publish', topic: 'room', marker: true });
		let delivered = 0;
		while (!(await receiver.next()).marker) delivered++;
		expect(delivered).toBeGreaterThanOrEqual(1);
		expect(delivered).toBeLessThan(20);
	});

	it('subscribes and unsubscribes right after a publish burst that emptied the bucket', async () => {
		const { url, relay } = await start({ maxMessagesPerSecond: 5 });
		const [sender, other] = await Promise.all([connect(url()), connect(url())]);
		for (let seq = 0; seq < 50; seq++) sender.send({ type: 'publish', topic: 'nowhere', seq });
		await sender.subscribe('fresh');
		expect(relay.topicCount).toBe(1);
		other.send({ type: 'publish', topic: 'fresh', data: 'hi' });
		expect(await sender.next()).toEqual({
			type: 'publish',
			topic: 'fresh',
			data: 'hi',
			clients: 1
		});
		sender.send({ type: 'unsubscribe', topics: ['fresh'] });
		await sender.settle();
		expect(relay.topicCount).toBe(0);
	});

	it('removes a closed connection from its topics', async () => {
		const { url, relay } = await start();
		const [a, b] = await Promise.all([connect(url()), connect(url())]);
		await a.subscribe('x', 'y');
		await b.subscribe('x');
		expect(relay.topicCount).toBe(2);
		a.ws.close();
		await vi.waitFor(() => expect(relay.connectionCount).toBe(1));
		expect(relay.topicCount).toBe(1);
		b.send({ type: 'publish', topic: 'x' });
		expect(await b.next()).toEqual({ type: 'publish', topic: 'x', clients: 1 });
		b.ws.close();
		await vi.waitFor(() => expect(relay.topicCount).toBe(0));
	});

	it('refuses upgrades on other paths, accepts any path when path is null', async () => {
		const { url, relay } = await start();
		expect(await refusal(url('/other'))).toBe('dropped');
		expect(relay.connectionCount).toBe(0);
		await connect(url('/signal?room=1'));
		const open = await start({}, null);
		await (await connect(open.url('/anything'))).settle();
	});

	it('refuses connections beyond maxConnections with 503', async () => {
		const { url, relay } = await start({ maxConnections: 1 });
		const a = await connect(url());
		expect(await refusal(url())).toBe(503);
		a.ws.close();
		await vi.waitFor(() => expect(relay.connectionCount).toBe(0));
		await (await connect(url())).settle();
	});

	it('refuses connections beyond maxConnectionsPerAddress with 429, whatever the headers say', async () => {
		const { url, relay } = await start({ maxConnectionsPerAddress: 2 });
		const [a] = await Promise.all([connect(url()), connect(url())]);
		const elsewhere = '203.0.113.7';
		const headers = {
			'X-Forwarded-For': elsewhere,
			'X-Real-IP': elsewhere,
			Forwarded: `for=${elsewhere}`
		};
		expect(await refusal(url(), { headers })).toBe(429);
		expect(relay.connectionCount).toBe(2);
		a!.ws.close();
		await vi.waitFor(() => expect(relay.connectionCount).toBe(1));
		await (await connect(url())).settle();
		expect(await refusal(url())).toBe(429);
	});

	// Every 127.x.y.z address is loopback on Linux; elsewhere only 127.0.0.1 may be.
	it.runIf(process.platform === 'linux')('counts each client address separately', async () => {
		const { url } = await start({ maxConnectionsPerAddress: 1 });
		await connect(url());
		expect(await refusal(url())).toBe(429);
		await (await connect(url(), { localAddress: '127.0.0.2' })).settle();
		expect(await refusal(url(), { localAddress: '127.0.0.2' })).toBe(429);
	});

	it('terminates connections that do not answer keep-alive pings', async () => {
		const { url, relay } = await start({ keepAliveMs: 100 });
		const alive = await connect(url());
		const silent = await connect(url(), { autoPong: false });
		expect(await closeCode(silent.ws)).toBe(1006);
		expect(relay.connectionCount).toBe(1);
		await alive.settle();
	});

	it('close() terminates every connection and refuses new ones', async () => {
		const { url, relay } = await start();
		const a = await connect(url());
		await a.subscribe('room');
		const closed = closeCode(a.ws);
		await relay.close();
		expect(await closed).toBe(1006);
		expect([relay.connectionCount, relay.topicCount]).toEqual([0, 0]);
		expect(await refusal(url())).toBe(503);
	});
});
