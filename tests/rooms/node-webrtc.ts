/**
 * node-datachannel's WebRTC for Node, shaped as simple-peer (inside y-webrtc) expects: simple-peer
 * rewrites the `sdp` of the offers and answers it creates, which the polyfill's descriptions do not
 * allow, so they are handed over as plain objects. It counts the messages its data channels receive.
 */
import * as polyfill from 'node-datachannel/polyfill';

type Description = { type: RTCSdpType; sdp?: string };

let received = 0;

/** How many data-channel messages this process has received, on every connection. */
export function messagesReceived(): number {
	return received;
}

const count = (channel: RTCDataChannel) => channel.addEventListener('message', () => received++);

class PeerConnection extends polyfill.RTCPeerConnection {
	constructor(...args: ConstructorParameters<typeof polyfill.RTCPeerConnection>) {
		super(...args);
		this.addEventListener('datachannel', (event) => count((event as RTCDataChannelEvent).channel));
	}

	override createDataChannel(...args: Parameters<polyfill.RTCPeerConnection['createDataChannel']>) {
		const channel = super.createDataChannel(...args);
		count(channel);
		return channel;
	}

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

/** The WebRTC implementation a Node member gives PeerSync or y-webrtc (simple-peer's `wrtc`). */
export const nodeWebrtc = { ...polyfill, RTCPeerConnection: PeerConnection };
