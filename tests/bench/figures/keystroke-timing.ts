/**
 * Timing keys in a page the way a person feels them: from the keydown event's timestamp to the end
 * of the next frame, for keys pressed through the browser's real input pipeline.
 */
import type { Page } from '@playwright/test';

const SENTENCE = 'Members agree to share what they learn, in plain words, within a month. ';

/** About `pages` pages of a charter as HTML: a heading and 15 paragraphs of 3 sentences a page. */
export function charterHtml(pages: number): string {
	const paragraph = `<p>${SENTENCE.repeat(3).trim()}</p>`;
	return Array.from(
		{ length: pages },
		(_, page) => `<h2>Section ${page + 1}</h2>${paragraph.repeat(15)}`
	).join('');
}

/** The same charter as plain text, for a `<textarea>`. */
export function charterText(pages: number): string {
	const paragraph = SENTENCE.repeat(3).trim();
	return Array.from({ length: pages }, (_, page) =>
		[`Section ${page + 1}`, ...Array(15).fill(paragraph)].join('\n\n')
	).join('\n\n');
}

/** Pastes `html` into the focused element of the page, as a person pasting from another editor. */
export async function pasteHtml(page: Page, html: string): Promise<void> {
	// A string, not a function: the TypeScript runner would add helpers the page does not have.
	await page.evaluate(`(() => {
		const data = new DataTransfer();
		data.setData('text/html', ${JSON.stringify(html)});
		data.setData('text/plain', 'pasted');
		document.activeElement.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	})()`);
}

/** Starts recording, for each keydown in the page, the time until the end of its next frame. */
async function startTiming(page: Page): Promise<void> {
	await page.evaluate(`(() => {
		window.__keyTimes = [];
		window.__onKey ??= (event) => {
			const start = event.timeStamp;
			requestAnimationFrame(() => setTimeout(() => window.__keyTimes.push(performance.now() - start), 0));
		};
		window.addEventListener('keydown', window.__onKey, true);
	})()`);
}

async function stopTiming(page: Page): Promise<number[]> {
	return (await page.evaluate(`(() => {
		window.removeEventListener('keydown', window.__onKey, true);
		return window.__keyTimes;
	})()`)) as number[];
}

/**
 * Presses `keys` keys ("e", and a space every 40th) in the focused element, one at a time, each
 * after the previous one's frame; returns each key's time to paint in ms.
 */
export async function typeTimed(page: Page, keys: number): Promise<number[]> {
	await startTiming(page);
	for (let i = 0; i < keys; i++) {
		await page.keyboard.press(i % 40 === 39 ? 'Space' : 'e');
		// A function, not a string: the app's policy forbids evaluating strings in its pages.
		await page.waitForFunction(
			(count) => (window as unknown as { __keyTimes: number[] }).__keyTimes.length >= count,
			i + 1,
			{ polling: 'raf', timeout: 10_000 }
		);
	}
	return stopTiming(page);
}

/** The `p`th percentile of some values. */
export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
