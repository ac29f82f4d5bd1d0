/**
 * A WebSocket signaling relay speaking y-webrtc's protocol: peers subscribe to room topics and
 * publish opaque messages that the relay forwards to every subscriber of the topic. Node-only.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';

/** The bounds one relay enforces so that no client can exhaust it. */
export interface RelayLimits {
	/** Largest accepted frame; bigger ones close the connection with 1009. */
	maxMessageBytes: number;
	/** Topics one connection may be subscribed to at once; further ones are ignored. */
	maxTopicsPerConnection: number;
	/** Longest accepted topic name, in UTF-16 code units. */
	maxTopicLength: number;
	/** Sustained messages per second per connection; the bucket holds one second's worth. */
	maxMessagesPerSecond: number;
	/** Open connections at once; further upgrades are refused with HTTP 503. */
	maxConnections: number;
	/** Interval between keep-alive pings (0 turns them off). */
	keepAliveMs: number;
}

/** Limits fit for a relay serving a few thousand peers. */
export const DEFAULT_RELAY_LIMITS: Readonly<RelayLimits> = Object.freeze({
	maxMessageBytes: 64 * 1024,
	maxTopicsPerConnection: 64,
	maxTopicLength: 256,
	maxMessagesPerSecond: 100,
	maxConnections: 2000,
	keepAliveMs: 30_000
});

/** What the relay remembers about one connection. */
interface Connection {
	topics: Set<string>;
	/** Whether the connection answered the last keep-alive ping. */
	alive: boolean;
	/** Token bucket for the rate limit. */
	tokens: number;
	refilledAt: number;
}

type Message = Record<string, unknown>;

/** Relays y-webrtc signaling messages between WebSocket connections handed to it. */
export class SignalingRelay {
	/** The limits in force: the defaults overridden by the constructor's argument. */
	readonly limits: Readonly<RelayLimits>;
	private readonly wss: WebSocketServer;
	private readonly topics = new Map<string, Set<WebSocket>>();
	private readonly connections = new Map<WebSocket, Connection>();
	private readonly keepAlive: ReturnType<typeof setInterval> | undefined;
	private closing: Promise<void> | undefined;

	constructor(limits: Partial<RelayLimits> = {}) {
		this.limits = Object.freeze({ ...DEFAULT_RELAY_LIMITS, ...limits });
		this.wss = new WebSocketServer({ noServer: true, maxPayload: this.limits.maxMessageBytes });
		if (this.limits.keepAliveMs > 0) {
			this.keepAlive = setInterval(() => this.checkAlive(), this.limits.keepAliveMs);
			this.keepAlive.unref();
		}
	}

	/** Number of open connections. */
	get connectionCount(): number {
		return this.connections.size;
	}

	/** Number of topics with at least one subscriber. */
	get topicCount(): number {
		return this.topics.size;
	}

	/** Takes over an HTTP upgrade request; refuses it with 503 when the relay is full or closed. */
	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
		if (this.closing || this.connections.size >= this.limits.maxConnections) {
			socket.once('error', () => socket.destroy());
			socket.once('finish', () => socket.destroy());
			socket.end(
				'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'
			);
			return;
		}
		this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws));
	}

	/** Terminates every connection and stops the keep-alive timer; resolves once all are gone. */
	close(): Promise<void> {
		this.closing ??= new Promise<void>((resolve) => {
			clearInterval(this.keepAlive);
			this.wss.close(() => resolve());
			for (const ws of [...this.connections.keys()]) this.drop(ws);
		});
		return this.closing;
	}

	private accept(ws: WebSocket): void {
		const [tokens, refilledAt] = [this.limits.maxMessagesPerSecond, performance.now()];
		const connection: Connection = { topics: new Set(), alive: true, tokens, refilledAt };
		this.connections.set(ws, connection);
		ws.on('pong', () => (connection.alive = true));
		ws.on('message', (data, isBinary) => {
			try {
				if (!isBinary && this.takeToken(connection)) this.receive(ws, connection, data);
			} catch {
				// A message the relay cannot handle is dropped; the connection stays usable.
			}
		});
		ws.on('close', () => this.forget(ws));
		ws.on('error', () => this.drop(ws));
	}

	/** Refills the connection's bucket and spends one token; false when it is empty. */
	private takeToken(connection: Connection): boolean {
		const rate = this.limits.maxMessagesPerSecond;
		const now = performance.now();
		const refill = ((now - connection.refilledAt) * rate) / 1000;
		connection.tokens = Math.min(rate, connection.tokens + refill);
		connection.refilledAt = now;
		if (connection.tokens < 1) return false;
		connection.tokens -= 1;
		return true;
	}

	private receive(ws: WebSocket, connection: Connection, data: RawData): void {
		connection.alive = true;
		const message: unknown = JSON.parse(String(Array.isArray(data) ? Buffer.concat(data) : data));
		if (typeof message !== 'object' || message === null || Array.isArray(message)) return;
		const fields = message as Message;
		switch (fields.type) {
			case 'subscribe':
				for (const topic of this.topicList(fields.topics)) this.subscribe(ws, connection, topic);
				break;
			case 'unsubscribe':
				for (const topic of this.topicList(fields.topics)) this.unsubscribe(ws, connection, topic);
				break;
			case 'publish':
				if (this.isTopic(fields.topic)) this.publish(fields.topic, fields);
				break;
			case 'ping':
				this.send(ws, JSON.stringify({ type: 'pong' }));
				break;
		}
	}

	private isTopic(topic: unknown): topic is string {
		const max = this.limits.maxTopicLength;
		return typeof topic === 'string' && topic.length > 0 && topic.length <= max;
	}

	private topicList(topics: unknown): string[] {
		return Array.isArray(topics) ? topics.filter((topic) => this.isTopic(topic)) : [];
	}

	private subscribe(ws: WebSocket, connection: Connection, topic: string): void {
		if (connection.topics.has(topic)) return;
		if (connection.topics.size >= this.limits.maxTopicsPerConnection) return;
		connection.topics.add(topic);
		let subscribers = this.topics.get(topic);
		if (!subscribers) this.topics.set(topic, (subscribers = new Set()));
		subscribers.add(ws);
	}

	private unsubscribe(ws: WebSocket, connection: Connection, topic: string): void {
		connection.topics.delete(topic);
		const subscribers = this.topics.get(topic);
		if (!subscribers) return;
		subscribers.delete(ws);
		if (subscribers.size === 0) this.topics.delete(topic);
	}

	private publish(topic: string, message: Message): void {
		const subscribers = this.topics.get(topic);
		if (!subscribers) return;
		const text = JSON.stringify({ ...message, clients: subscribers.size });
		for (const subscriber of subscribers) this.send(subscriber, text);
	}

	private send(ws: WebSocket, text: string): void {
		if (ws.readyState !== WebSocket.OPEN) return;
		try {
			ws.send(text);
		} catch {
			this.drop(ws);
		}
	}

	/** Removes a connection from every topic it was subscribed to. */
	private forget(ws: WebSocket): void {
		const connection = this.connections.get(ws);
		if (!connection) return;
		this.connections.delete(ws);
		for (const topic of [...connection.topics]) this.unsubscribe(ws, connection, topic);
	}

	private drop(ws: WebSocket): void {
		this.forget(ws);
		ws.terminate();
	}

	/** Terminates connections that did not answer the previous ping, and pings the others. */
	private checkAlive(): void {
		for (const [ws, connection] of [...this.connections]) {
			if (!connection.alive) {
				this.drop(ws);
				continue;
			}
			connection.alive = false;
			try {
				ws.ping();
			} catch {
				this.drop(ws);
			}
		}
	}
}

/** Where {@link attachSignalingRelay} listens and what it enforces. */
export interface AttachRelayOptions {
	/** URL pathname of relay upgrades (default '/signal'); null hands every upgrade to the relay. */
	path?: string | null;
	limits?: Partial<RelayLimits>;
}

/**
 * Serves a signaling relay on an HTTP server's WebSocket upgrades at `path`; other upgrades are
 * refused. The relay closes with the server, but the server only emits 'close' once its upgraded
 * sockets are gone: to shut down, await `relay.close()` before `server.close()`.
 */
export function attachSignalingRelay(
	server: Server,
	options: AttachRelayOptions = {}
): SignalingRelay {
	const relay = new SignalingRelay(options.limits);
	const path = options.path === undefined ? '/signal' : options.path;
	server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
		if (path === null || pathnameOf(request) === path) relay.handleUpgrade(request, socket, head);
		else socket.destroy();
	});
	server.on('close', () => void relay.close());
	return relay;
}

function pathnameOf(request: IncomingMessage): string | undefined {
	try {
		return new URL(request.url ?? '/', 'http://relay.invalid').pathname;
	} catch {
		return undefined;
	}
}
