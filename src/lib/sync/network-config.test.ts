import { describe, expect, it } from 'vitest';
import {
	normalizeIceServer,
	normalizeSignalingUrl,
	sameOriginSignaling,
	uniqueSignaling
} from './network-config';

describe('network settings', () => {
	it('accept WebSocket signaling addresses, turning http(s) into ws(s)', () => {
		expect(normalizeSignalingUrl('wss://relay.example.org/signal/')).toBe(
			'wss://relay.example.org/signal'
		);
		expect(normalizeSignalingUrl('https://relay.example.org')).toBe('wss://relay.example.org');
		expect(normalizeSignalingUrl('http://127.0.0.1:4444')).toBe('ws://127.0.0.1:4444');
		for (const bad of ['', 'relay', 'ftp://x.example', 'wss://user:pw@x.example', 'javascript:1']) {
			expect(normalizeSignalingUrl(bad), bad).toBeNull();
		}
	});

	it('accept STUN, and TURN only with credentials', () => {
		expect(normalizeIceServer({ urls: 'stun:stun.example.org:3478' })).toEqual({
			urls: 'stun:stun.example.org:3478'
		});
		expect(
			normalizeIceServer({ urls: 'turn:turn.example.org', username: 'u', credential: 'p' })
		).toEqual({ urls: 'turn:turn.example.org', username: 'u', credential: 'p' });
		expect(normalizeIceServer({ urls: 'turn:turn.example.org' })).toBeNull();
		expect(normalizeIceServer({ urls: 'https://stun.example.org' })).toBeNull();
	});

	it('derive the app server’s own relay and merge lists without repeats', () => {
		expect(sameOriginSignaling({ protocol: 'https:', host: 'c.example:8443' })).toBe(
			'wss://c.example:8443/signal'
		);
		expect(sameOriginSignaling({ protocol: 'http:', host: 'localhost:4173' })).toBe(
			'ws://localhost:4173/signal'
		);
		expect(
			uniqueSignaling(['ws://a.example/', 'bad'], ['ws://a.example', 'wss://b.example'])
		).toEqual(['ws://a.example', 'wss://b.example']);
	});
});
