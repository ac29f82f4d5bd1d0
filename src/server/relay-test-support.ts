/**
 * Test support for the signaling relay's tests: a relay on a free port, and real WebSocket clients
 * that queue what they receive. Only tests import this file.
 */
import { createServer, type Server } from 'node:http';
import { expect } from 'vitest';
import { WebSocket, type ClientOptions } from 'ws';
import { attachSignalingRelay, type RelayLimits, type SignalingRelay } from './signaling-relay';

/** A parsed message from the relay. */
export type Message = Record<string, unknown>;
type Predicate = (message: Message) => boolean;

const sockets: WebSocket[] = [];
const started: { server: Server; relay: SignalingRelay }[] = [];

/** Closes every client, relay and server the last test started; call it after each test. */
export async function stopAll(): Promise<void> {
	for (const ws of sockets.splice(0)) ws.terminate();
	for (const { server, relay } of started.splice(0)) {
		await relay.close();
		await new Promise((done) => server.close(done).closeAllConnections());
	}
}

/** Starts an HTTP server on a free port with a relay attached. */
export async function start(limits: Partial<RelayLimits> = {}, path?: string | null) {
	const server = createServer();
	const relay = attachSignalingRelay(server, { limits, path });
	started.push({ server, relay });
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	return { relay, url: (at = '/signal') => `ws://127.0.0.1:${port}${at}` };
}

/** A connected client that queues the messages it receives until a test takes them. */
export class Client {
	private readonly queue: Message[] = [];
	private readonly waiters = new Set<{ predicate: Predicate; take: (m: Message) => void }>();

	constructor(readonly ws: WebSocket) {
		ws.on('message', (data) => {
			const message = JSON.parse(String(data)) as Message;
			for (const waiter of this.waiters) {
				if (!waiter.predicate(message)) continue;
				this.waiters.delete(waiter);
				return waiter.take(message);
			}
			this.queue.push(message);
		});
	}

	/** Sends a message as JSON. */
	send(message: unknown): void {
		this.ws.send(JSON.stringify(message));
	}

	/** The next received message matching `predicate`; rejects after 2 s. */
	next(predicate: Predicate = () => true): Promise<Message> {
		const index = this.queue.findIndex(predicate);
		if (index >= 0) return Promise.resolve(this.queue.splice(index, 1)[0]!);
		return new Promise((resolve, reject) => {
			const waiter = { predicate, take: (m: Message) => (clearTimeout(timer), resolve(m)) };
			const timer = setTimeout(() => {
				this.waiters.delete(waiter);
				reject(new Error('No matching message within 2 s'));
			}, 2000);
			this.waiters.add(waiter);
		});
	}

	/** Fails if a message matching `predicate` is queued or arrives within 200 ms. */
	async nothing(predicate: Predicate = () => true): Promise<void> {
		expect(this.queue.find(predicate)).toBeUndefined();
		let arrived: Message | undefined;
		const waiter = { predicate, take: (m: Message) => (arrived = m) };
		this.waiters.add(waiter);
		await new Promise((done) => setTimeout(done, 200));
		this.waiters.delete(waiter);
		expect(arrived).toBeUndefined();
	}

	/** Pings and waits for the pong: every message sent before has then been handled. */
	async settle(): Promise<void> {
		this.send({ type: 'ping' });
		expect(await this.next((m) => m.type === 'pong')).toEqual({ type: 'pong' });
	}

	/** Subscribes to topics and waits until the relay has handled it. */
	async subscribe(...topics: string[]): Promise<void> {
		this.send({ type: 'subscribe', topics });
		await this.settle();
	}
}

/** Connects a client to the relay at `url`. */
export function connect(url: string, options?: ClientOptions): Promise<Client> {
	const ws = new WebSocket(url, options);
	sockets.push(ws);
	return new Promise((resolve, reject) => {
		ws.once('open', () => resolve(new Client(ws)));
		ws.once('error', reject);
	});
}

/** Tries to connect and reports how the server refused: its HTTP status, or 'dropped'. */
export function refusal(url: string, options?: ClientOptions): Promise<number | 'dropped'> {
	const ws = new WebSocket(url, options);
	sockets.push(ws);
	return new Promise((resolve, reject) => {
		ws.once('open', () => reject(new Error('The connection was accepted')));
		ws.once('unexpected-response', (request, response) => {
			resolve(response.statusCode ?? 0);
			request.destroy();
		});
		ws.on('error', () => resolve('dropped'));
	});
}

/** Resolves with the close code of a socket once it closes. */
export const closeCode = (ws: WebSocket) => new Promise<number>((done) => ws.once('close', done));
