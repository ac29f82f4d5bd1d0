/**
 * `npm start`: builds the app when its sources changed, then serves it (by default on
 * http://localhost:4173) together with its signaling relay on `/signal` of the same origin.
 * Options: --port N or PORT, --host H or HOST.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppServer, listen } from './app-server';
import { BUILD_STAMP, buildIfNeeded } from './build-if-needed';
import { attachSignalingRelay } from './signaling-relay';

const root = resolve(import.meta.dirname, '../..');
const buildDir = join(root, 'build');

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
		'no-build': { type: 'boolean', default: false }
	}
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`Not a port number: ${values.port}`);
	process.exit(2);
}

try {
	if (!values['no-build']) {
		buildIfNeeded(root, buildDir, (line) => console.log(line));
		writeFileSync(join(buildDir, BUILD_STAMP), new Date().toISOString());
	}
	const app = createAppServer({ buildDir, host: values.host, port });
	const relay = attachSignalingRelay(app, { path: '/signal' });
	const server = await listen(app, values.host, port);
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	const shown = values.host === '127.0.0.1' ? 'localhost' : values.host;
	console.log(`Concord is running at http://${shown}:${actualPort}`);
	// Open WebSockets keep the server open: drop them first.
	const stop = () => void relay.close().then(() => server.close(() => process.exit(0)));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
