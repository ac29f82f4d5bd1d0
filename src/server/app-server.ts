import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import { contentSecurityPolicy } from './content-policy';

/** Where and what to serve. */
export interface AppServerOptions {
	/** The folder holding the built app. */
	buildDir: string;
	host: string;
	port: number;
}

/** Headers every response carries: no framing by other sites, no sniffing, no referrer leaks. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), geolocation=(), payment=()'
};

/**
 * Serves the built single-page app: hashed assets cached for good, everything else revalidated,
 * and any unknown path answered with the app shell so deep links work. Every response carries the
 * build's Content-Security-Policy (read once, when the server is made, from the built app shell).
 */
export function createAppServer(options: AppServerOptions): Server {
	const policy = contentSecurityPolicy(options.buildDir);
	const assets = sirv(options.buildDir, {
		single: '200.html',
		etag: true,
		gzip: false,
		setHeaders(res, pathname) {
			const immutable = pathname.startsWith('/_app/immutable/');
			res.setHeader(
				'Cache-Control',
				immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
			);
		}
	});
	return createServer((req: IncomingMessage, res: ServerResponse) => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		res.setHeader('Content-Security-Policy', policy);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		assets(req, res, () => {
			res.writeHead(404).end('Not found');
		});
	});
}

/** Starts listening; resolves with the server once it accepts connections. */
export function listen(server: Server, host: string, port: number): Promise<Server> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve(server);
		});
	});
}
