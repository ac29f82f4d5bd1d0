/**
 * The bounds a signaling relay enforces, and the small counters that enforce them. Node-only.
 */

/** The bounds one relay enforces so that no client can exhaust it. */
export interface RelayLimits {
	/** Largest accepted frame; bigger ones close the connection with 1009. */
	maxMessageBytes: number;
	/** Topics one connection may be subscribed to at once; further ones are ignored. */
	maxTopicsPerConnection: number;
	/** Subscribers one topic may have at once; further subscribes to it are ignored. */
	maxSubscribersPerTopic: number;
	/** Longest accepted topic name, in UTF-16 code units. */
	maxTopicLength: number;
	/**
	 * Sustained publishes per second per connection; the bucket holds one second's worth and
	 * publishes beyond it are dropped. Subscribe, unsubscribe and ping are never rate-limited.
	 */
	maxMessagesPerSecond: number;
	/** Open connections at once; further upgrades are refused with HTTP 503. */
	maxConnections: number;
	/**
	 * Open connections from one client address, the TCP peer's (forwarding headers are ignored);
	 * further upgrades from it are refused with HTTP 429.
	 */
	maxConnectionsPerAddress: number;
	/**
	 * Bytes queued for one connection above which messages to it are skipped; a connection still
	 * over it after {@link SLOW_CONSUMER_SKIPS} consecutive skips is terminated.
	 */
	maxBufferedBytes: number;
	/** Interval between keep-alive pings (0 turns them off). */
	keepAliveMs: number;
}

/**
 * Limits fit for a relay serving a few thousand peers: 64 KiB frames, 64 topics per connection,
 * 256 subscribers per topic, 256-character topics, 100 publishes per second per connection,
 * 2000 connections of which 64 per client address, 1 MiB queued per connection, a ping every 30 s.
 */
export const DEFAULT_RELAY_LIMITS: Readonly<RelayLimits> = Object.freeze({
	maxMessageBytes: 64 * 1024,
	maxTopicsPerConnection: 64,
	maxSubscribersPerTopic: 256,
	maxTopicLength: 256,
	maxMessagesPerSecond: 100,
	maxConnections: 2000,
	maxConnectionsPerAddress: 64,
	maxBufferedBytes: 1024 * 1024,
	keepAliveMs: 30_000
});

/** Consecutive sends a connection over `maxBufferedBytes` may miss; the next one terminates it. */
export const SLOW_CONSUMER_SKIPS = 3;

/** Counts open connections per client address. */
export class AddressCounts {
	private readonly counts = new Map<string, number>();

	/** Open connections from `address`. */
	get(address: string): number {
		return this.counts.get(address) ?? 0;
	}

	/** Records one more open connection from `address`. */
	add(address: string): void {
		this.counts.set(address, this.get(address) + 1);
	}

	/** Records that a connection from `address` closed; forgets addresses with none left. */
	remove(address: string): void {
		const count = this.get(address) - 1;
		if (count > 0) this.counts.set(address, count);
		else this.counts.delete(address);
	}
}
