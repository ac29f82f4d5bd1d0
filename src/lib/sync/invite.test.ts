import { describe, expect, it } from 'vitest';
import { InviteError, inviteLink, parseInviteFragment } from './invite';
import { newWorkspaceSecret } from './keys';

const signaling = ['wss://relay.example.org/signal', 'ws://127.0.0.1:4444'];

function fragmentOf(link: string): string {
	return link.slice(link.indexOf('#'));
}

function problemOf(fragment: string): string {
	try {
		parseInviteFragment(fragment);
		return 'accepted';
	} catch (error) {
		return error instanceof InviteError ? error.problem : `unexpected ${String(error)}`;
	}
}

describe('invite links', () => {
	it('carry the secret and the signaling servers in the fragment only', () => {
		const secret = newWorkspaceSecret();
		const link = inviteLink('https://concord.example.org/', { secret, signaling });
		const url = new URL(link);
		expect(url.origin + url.pathname).toBe('https://concord.example.org/join');
		expect(url.search).toBe('');
		expect(parseInviteFragment(url.hash)).toEqual({ secret, signaling });
	});

	it('refuse a missing, truncated or damaged link with the reason', () => {
		const link = inviteLink('https://c.example', { secret: newWorkspaceSecret(), signaling });
		const fragment = fragmentOf(link);
		const key = new URLSearchParams(fragment.slice(1)).get('k')!;
		expect(problemOf('')).toBe('missing');
		expect(problemOf('#')).toBe('missing');
		expect(problemOf(fragment.slice(0, fragment.indexOf('k=') + 12))).toBe('truncated');
		expect(problemOf('#v=1&k=')).toBe('truncated');
		expect(problemOf(`#v=1&k=${key.slice(0, 40)}`)).toBe('truncated');
		expect(problemOf(`#v=1&k=${key}AAAA`)).toBe('malformed');
		expect(problemOf(`#v=1&k=${key.replace(/./, '*')}`)).toBe('malformed');
		expect(problemOf(`#k=${key}`)).toBe('malformed');
		expect(problemOf('#hello')).toBe('malformed');
		expect(problemOf(`#v=2&k=${key}`)).toBe('newer-version');
		expect(problemOf(`#v=1&k=${key}&s=javascript:alert(1)&n=1`)).toBe('signaling');
		expect(problemOf(`#v=1&k=${key}&s=https://x.example/a%20b&n=1`)).toBe('signaling');
		expect(problemOf(`#v=1&k=${key}${'&s=wss://a.example'.repeat(9)}&n=9`)).toBe('signaling');
		expect(problemOf(`#v=1&k=${key}&s=wss://a.example&n=2`)).toBe('truncated');
		expect(problemOf(`#v=1&k=${key}&s=wss://a.example`)).toBe('truncated');
		expect(problemOf(`#v=1&k=${key}&n=0`)).toBe('accepted');
	});

	it('survive every truncation as a clear refusal, never a wrong secret', () => {
		const secret = newWorkspaceSecret();
		const fragment = fragmentOf(inviteLink('https://c.example', { secret, signaling }));
		for (let end = 0; end < fragment.length; end++) {
			const cut = fragment.slice(0, end);
			const outcome = problemOf(cut);
			expect(['missing', 'malformed', 'truncated'], `cut at ${end}: ${cut}`).toContain(outcome);
		}
		expect(parseInviteFragment(fragment)).toEqual({ secret, signaling });
	});
});
