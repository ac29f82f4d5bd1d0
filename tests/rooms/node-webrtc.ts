/**
 * node-datachannel's WebRTC for Node, shaped as simple-peer (inside y-webrtc) expects: simple-peer
 * rewrites the `sdp` of the offers and answers it creates, which the polyfill's descriptions do not
 * allow, so they are handed over as plain objects.
 */
import * as polyfill from 'node-datachannel/polyfill';

type Description = { type: RTCSdpType; sdp?: string };

class PeerConnection extends polyfill.RTCPeerConnection {
	override async createOffer(...args: unknown[]): Promise<Description> {
		const { type, sdp } = await (super.createOffer as (...a: unknown[]) => Promise<Description>)(
			...args
		);
		return { type, sdp };
	}

	override async createAnswer(...args: unknown[]): Promise<Description> {
		const { type, sdp } = await (super.createAnswer as (...a: unknown[]) => Promise<Description>)(
			...args
		);
		return { type, sdp };
	}
}

/** The WebRTC implementation a Node member gives PeerSync (simple-peer's `wrtc`). */
export const nodeWebrtc = { ...polyfill, RTCPeerConnection: PeerConnection };
