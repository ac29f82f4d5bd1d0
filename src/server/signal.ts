/**
 * `npm run signal`: a standalone y-webrtc signaling relay (by default on ws://127.0.0.1:4444).
 * Options: --port N or PORT, --host H or HOST.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { attachSignalingRelay } from './signaling-relay';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4444' },
		host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' }
	}
});

const port = Number(values.port);
if (values.port.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`Not a port number: ${values.port}`);
	process.exit(2);
}

const server = createServer((_request, response) => {
	response
		.writeHead(426, {
			'Content-Type': 'text/plain; charset=utf-8',
			'X-Content-Type-Options': 'nosniff',
			Upgrade: 'websocket',
			Connection: 'Upgrade'
		})
		.end('Concord signaling relay: connect with WebSocket.');
});
const relay = attachSignalingRelay(server, { path: null });

server.once('error', (error) => {
	console.error(error.message);
	process.exit(1);
});
server.listen(port, values.host, () => {
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	const host = values.host.includes(':') ? `[${values.host}]` : values.host;
	console.log(`Concord signaling relay on ws://${host}:${actualPort}`);
});

let stopping = false;
/** Closes the WebSocket connections first: the HTTP server waits for them before it closes. */
async function stop(): Promise<void> {
	if (stopping) return;
	stopping = true;
	await relay.close();
	server.close(() => process.exit(0));
	server.closeAllConnections();
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
