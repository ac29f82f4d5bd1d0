/**
 * A WebSocket signaling relay speaking y-webrtc's protocol: peers subscribe to room topics and
 * publish opaque messages that the relay forwards to every subscriber of the topic. Node-only.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
	AddressCounts,
	DEFAULT_RELAY_LIMITS,
	SLOW_CONSUMER_SKIPS,
	type RelayLimits
} from './relay-limits';
import { TokenBucket } from '../shared/token-bucket';

/** The bounds a relay enforces, and their defaults; see ./relay-limits. */
export { DEFAULT_RELAY_LIMITS, type RelayLimits } from './relay-limits';

/** What the relay remembers about one connection. */
interface Connection {
	/** The client's address, as counted against `maxConnectionsPerAddress`. */
	address: string;
	topics: Set<string>;
	/** Whether the connection answered the last keep-alive ping. */
	alive: boolean;
	/** Publish rate limit. */
	bucket: TokenBucket;
	/** Consecutive sends skipped because the connection was over `maxBufferedBytes`. */
	skipped: number;
}

type Message = Record<string, unknown>;

/** Relays y-webrtc signaling messages between WebSocket connections handed to it. */
export class SignalingRelay {
	/** The limits in force: the defaults overridden by the constructor's argument. */
	readonly limits: Readonly<RelayLimits>;
	private readonly wss: WebSocketServer;
	private readonly topics = new Map<string, Set<WebSocket>>();
	private readonly connections = new Map<WebSocket, Connection>();
	private readonly addresses = new AddressCounts();
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

	/**
	 * Takes over an HTTP upgrade request; refuses it with 503 when the relay is full or closed, and
	 * with 429 when the client's address (the TCP peer's, never a header's) has too many open.
	 */
	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
		const address = request.socket.remoteAddress ?? '';
		if (this.closing || this.connections.size >= this.limits.maxConnections) {
			return refuse(socket, '503 Service Unavailable');
		}
		if (this.addresses.get(address) >= this.limits.maxConnectionsPerAddress) {
			return refuse(socket, '429 Too Many Requests');
		}
		// Without verifyClient, ws accepts synchronously: no other upgrade slips in before accept().
		this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, address));
	}

	/**
	 * The server-side socket of every open connection, oldest first. Internal: for tests that
	 * need to observe or stub a connection's server end.
	 * @internal
	 */
	serverSockets(): WebSocket[] {
		return [...this.connections.keys()];
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

	private accept(ws: WebSocket, address: string): void {
		const rate = this.limits.maxMessagesPerSecond;
		const bucket = new TokenBucket(rate, rate, performance.now());
		const connection: Connection = { address, topics: new Set(), alive: true, bucket, skipped: 0 };
		this.connections.set(ws, connection);
		this.addresses.add(address);
		ws.on('pong', () => (connection.alive = true));
		ws.on('message', (data, isBinary) => {
			try {
				if (!isBinary) this.receive(ws, connection, data);
			} catch {
				// A message the relay cannot handle is dropped; the connection stays usable.
			}
		});
		ws.on('close', () => this.forget(ws));
		ws.on('error', () => this.drop(ws));
	}

	/** Handles one message; only publishes are rate-limited, the others are cheap and bounded. */
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
				if (connection.bucket.take(performance.now()) && this.isTopic(fields.topic)) {
					this.publish(fields.topic, fields);
				}
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
		let subscribers = this.topics.get(topic);
		if ((subscribers?.size ?? 0) >= this.limits.maxSubscribersPerTopic) return;
		if (!subscribers) this.topics.set(topic, (subscribers = new Set()));
		connection.topics.add(topic);
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
		for (const subscriber of [...subscribers]) this.send(subscriber, text);
	}

	/**
	 * Sends unless the connection has more than `maxBufferedBytes` queued; terminates a connection
	 * that stays over it for more than SLOW_CONSUMER_SKIPS sends in a row.
	 */
	private send(ws: WebSocket, text: string): void {
		const connection = this.connections.get(ws);
		if (!connection || ws.readyState !== WebSocket.OPEN) return;
		if (ws.bufferedAmount > this.limits.maxBufferedBytes) {
			if (++connection.skipped > SLOW_CONSUMER_SKIPS) this.drop(ws);
			return;
		}
		connection.skipped = 0;
		try {
			ws.send(text);
		} catch {
			this.drop(ws);
		}
	}

	/** Removes a connection from every topic it was subscribed to and from its address's count. */
	private forget(ws: WebSocket): void {
		const connection = this.connections.get(ws);
		if (!connection) return;
		this.connections.delete(ws);
		this.addresses.remove(connection.address);
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

/** Answers an upgrade request with an empty HTTP response of `status` and closes the socket. */
function refuse(socket: Duplex, status: string): void {
	socket.once('error', () => socket.destroy());
	socket.once('finish', () => socket.destroy());
	socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function pathnameOf(request: IncomingMessage): string | undefined {
	try {
		return new URL(request.url ?? '/', 'http://relay.invalid').pathname;
	} catch {
		return undefined;
	}
}
