import type { BrowserContext, Page } from '@playwright/test';
import Papa from 'papaparse';
import { SINK, XSS_PAYLOADS, marker } from '../xss/payloads';
import { expect } from './fixtures';

/**
 * The watch the cross-site-scripting suites keep on a browser context: the sink every payload
 * calls when it runs, every request to another host, and markup left in a page that could run.
 */

/** What a guarded context saw: payloads that ran, and requests that left for another host. */
export interface Watch {
	executed: number[];
	foreign: string[];
}

/** Installs the sink in every page and frame, and stops and records every foreign request. */
export async function watch(context: BrowserContext, appOrigin: string): Promise<Watch> {
	const seen: Watch = { executed: [], foreign: [] };
	await context.exposeFunction(SINK, (id: number) => void seen.executed.push(id));
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(appOrigin) || /^(data|blob):/.test(url)) return route.continue();
		seen.foreign.push(url);
		return route.abort('blockedbyclient');
	});
	return seen;
}

/**
 * Markup in a page's body that could run or fetch on its own: event-handler attributes, scripts
 * that are not the app's own, frames, plugins, base and meta elements, and anything but a link
 * that points at another origin. (Chromium reports policy violations even for markup parsed in
 * inert documents, so the DOM is inspected rather than counting violations.)
 */
export function activeMarkup(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const local = (url: string) => new URL(url, location.href).origin === location.origin;
		for (const el of document.body.querySelectorAll('*')) {
			const tag = el.tagName.toLowerCase();
			const own = tag === 'script' && (el.textContent ?? '').includes('__sveltekit');
			if (tag === 'script' && !own) found.push('script');
			if (/^(iframe|frame|frameset|object|embed|base|meta|link|portal|applet)$/.test(tag)) {
				found.push(tag);
			}
			for (const { name, value } of el.attributes) {
				if (/^on/i.test(name) || /^(srcdoc|formaction|ping)$/i.test(name)) {
					found.push(`${tag}[${name}]`);
				}
				if (name === 'style' && /url\(|expression\(|behavior/i.test(value)) {
					found.push(`${tag}[style=${value}]`);
				}
				const isLink = tag === 'a' && name === 'href';
				if (isLink && !/^(https?:|mailto:|#|\/)/i.test(value.trim())) {
					found.push(`a[href=${value}]`);
				}
				if (!isLink && /^(src|srcset|href|xlink:href|poster|data|action|background)$/.test(name)) {
					if (!local(value.split(/[\s,]/)[0] ?? '')) found.push(`${tag}[${name}=${value}]`);
				}
			}
		}
		return found;
	});
}

/** Prints one line of figures for an entry way and checks that nothing ran, left or lies in wait. */
export async function report(page: Page, seen: Watch, way: string, tried: number): Promise<void> {
	// Handlers (onerror of a broken image, autofocus) fire within a moment of rendering.
	await new Promise((resolve) => setTimeout(resolve, 300));
	const active = await activeMarkup(page);
	console.log(
		`xss ${way}: ${tried} payloads, executed ${seen.executed.length}, ` +
			`foreign requests ${seen.foreign.length}, active markup in the page ${active.length}`
	);
	expect(seen.executed, `payloads that ran (${way})`).toEqual([]);
	expect(seen.foreign, `requests to other hosts (${way})`).toEqual([]);
	expect(active, `markup that could run or fetch (${way})`).toEqual([]);
}

/** Types each payload as its own paragraph, after its marker, line by line. */
export async function typePayloads(page: Page): Promise<void> {
	for (const payload of XSS_PAYLOADS) {
		for (const [i, line] of payload.text.split('\n').entries()) {
			if (i > 0) await page.keyboard.press('Enter');
			// A keyboard cannot type NUL; the rest of the line is typed as it is.
			const typed = line.replaceAll('\u0000', '');
			await page.keyboard.insertText(i === 0 ? `${marker(payload)} ${typed}` : typed);
		}
		await page.keyboard.press('Enter');
	}
}

/** Expects every payload as plain text in the document, exactly as typed. */
export async function expectPayloadsAsText(page: Page, title: string): Promise<void> {
	const text = (await page.getByRole('textbox', { name: title }).textContent()) ?? '';
	const missing = XSS_PAYLOADS.filter((p) =>
		p.text.split('\n').some((line) => !text.includes(line.replaceAll('\u0000', '')))
	).map((p) => p.id);
	expect(missing, `payloads not shown as text in ${title}`).toEqual([]);
}

/**
 * Expects a downloaded CSV to hold no cell a spreadsheet would run as a formula, and at least one
 * that was defused (a leading apostrophe), so that the check has something to catch.
 */
export function expectInertCsv(text: string, way: string): void {
	const cells = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		delimiter: ',',
		skipEmptyLines: true
	}).data.flat();
	const formulas = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
	console.log(
		`xss CSV ${way}: ${cells.length} cells, ${formulas.length} that a spreadsheet would run`
	);
	expect(formulas, `CSV cells a spreadsheet would run (${way})`).toEqual([]);
	expect(
		cells.some((cell) => /^'[=+\-@]/.test(cell)),
		`a defused cell (${way})`
	).toBe(true);
}
