import { describe, expect, it } from 'vitest';
import { connectPolicy, connectSource } from './connection-policy';

describe('the connection policy', () => {
	it('names each signaling server by scheme, host and port', () => {
		expect(connectSource('wss://signal.example.org/room')).toBe('wss://signal.example.org');
		expect(connectSource('https://signal.example.org:8443')).toBe('wss://signal.example.org:8443');
		expect(connectSource('ws://[::1]:4444/signal')).toBe('ws://[::1]:4444');
	});

	it('refuses what is not a signaling server, so nothing else slips into the policy', () => {
		for (const bad of [
			'javascript:alert(1)',
			"wss://a.example/'unsafe-inline'; x",
			'data:,x',
			'*'
		]) {
			const source = connectSource(bad);
			expect(source === null || /^wss?:\/\/[a-z0-9.:[\]-]+$/i.test(source), bad).toBe(true);
		}
		expect(connectSource('ftp://example.org')).toBeNull();
	});

	it('allows this origin and the servers, each once, and nothing else', () => {
		expect(
			connectPolicy([
				'ws://localhost:4173/signal',
				'wss://b.example/x',
				'wss://b.example/y',
				'nope'
			])
		).toBe("connect-src 'self' ws://localhost:4173 wss://b.example");
		expect(connectPolicy([])).toBe("connect-src 'self'");
	});
});
