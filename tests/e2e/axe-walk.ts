import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { templatesIn } from '../../src/lib/doc/templates';
import { say } from './catalogue';
import { expect } from './fixtures';

/** The interface languages the accessibility walk runs in. */
export type WalkLocale = 'en' | 'ar';

/** One message of the catalogue, filled in: `t('history_title', { title: 'Charter' })`. */
export type Text = (key: string, inputs?: Record<string, string | number>) => string;

/** The messages of one interface language, filled in as the interface shows them. */
export function catalogue(locale: WalkLocale): Text {
	return (key, inputs = {}) => say(locale, key, inputs);
}

/** The titles of a new workspace's documents in a language (the charter first). */
export async function templateTitles(locale: WalkLocale): Promise<string[]> {
	return (await templatesIn(locale)).workspace.map((template) => template.title);
}

/** One rule broken on one screen, and where. */
export interface Violation {
	screen: string;
	rule: string;
	impact: string | null | undefined;
	targets: string[];
}

/** Waits until the page has painted and every animation or transition has finished. */
async function settle(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		await Promise.all(document.getAnimations().map((animation) => animation.finished));
	});
}

/**
 * Measures the contrast of the text in an open modal dialog, which axe leaves "incomplete" (the
 * backdrop overlaps everything): the text's colour against the first opaque background behind it,
 * WCAG's 4.5:1 (3:1 for large text). Disabled controls are exempt, as in axe.
 */
async function dialogContrast(page: Page): Promise<Omit<Violation, 'screen' | 'rule'>[]> {
	const found = await page.evaluate(() => {
		const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
		const luminance = ([r, g, b]: number[]) => {
			const [R, G, B] = [r!, g!, b!].map((c) => {
				const v = c / 255;
				return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
		};
		const background = (element: Element | null): number[] => {
			for (let at = element; at; at = at.parentElement) {
				const colour = rgba(getComputedStyle(at).backgroundColor);
				if (colour.length === 3 || colour[3] === 1) return colour.slice(0, 3);
			}
			return [255, 255, 255];
		};
		const low: { text: string; ratio: string }[] = [];
		for (const dialog of document.querySelectorAll('dialog[open]')) {
			const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const element = node.parentElement;
				if (!element || !node.textContent?.trim() || !element.checkVisibility()) continue;
				if (element.closest(':disabled, [aria-disabled="true"]')) continue;
				const style = getComputedStyle(element);
				const [r, g, b, a = 1] = rgba(style.color);
				const behind = background(element);
				const fg = [r!, g!, b!].map((c, i) => c * a + behind[i]! * (1 - a));
				const [light, dark] = [luminance(fg), luminance(behind)].sort((x, y) => y - x);
				const ratio = (light! + 0.05) / (dark! + 0.05);
				const size = parseFloat(style.fontSize);
				const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
				if (ratio < (large ? 3 : 4.5)) {
					low.push({ text: node.textContent.trim().slice(0, 40), ratio: ratio.toFixed(2) });
				}
			}
		}
		return low;
	});
	return found.map(({ text, ratio }) => ({ impact: 'serious', targets: [`“${text}” ${ratio}:1`] }));
}

/** Where axe looks while a modal dialog is open: the page behind is inert, and checked already. */
export const OPEN_DIALOG = 'dialog[open]';
/** Where axe looks while a menu is open: the menu and its button. */
const OPEN_MENU = ['[role="menu"]', '[aria-haspopup="menu"][aria-expanded="true"]'];

/** A walk through the screens of one configuration, collecting what axe finds on each. */
export class Walk {
	readonly violations: Violation[] = [];
	readonly screens: string[] = [];

	constructor(
		readonly page: Page,
		readonly t: Text
	) {}

	/**
	 * Runs axe's WCAG 2.1 A and AA rules over the page as it is now, under a screen's name; `within`
	 * narrows it to what opened over a page already checked (a modal dialog, an open menu).
	 */
	async check(screen: string, { page = this.page, within = [] as string[] } = {}): Promise<void> {
		await settle(page);
		// Passes and inapplicable rules are counted, not listed: that is most of axe's time here.
		// (`options` replaces what `withTags` set, so it comes first.)
		let axe = new AxeBuilder({ page })
			.options({ resultTypes: ['violations'] })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
		for (const selector of within) axe = axe.include(selector);
		const results = await axe.analyze();
		this.screens.push(screen);
		for (const low of await dialogContrast(page)) {
			this.violations.push({ screen, rule: 'color-contrast (open dialog)', ...low });
		}
		for (const violation of results.violations) {
			this.violations.push({
				screen,
				rule: violation.id,
				impact: violation.impact,
				targets: violation.nodes.map((node) => node.target.join(' '))
			});
		}
	}

	/** Opens a dialog with `open` and checks it; returns the dialog, still open. */
	async dialog(screen: string, name: string, open: () => Promise<void>): Promise<Locator> {
		await open();
		const dialog = this.page.getByRole('dialog', { name });
		await expect(dialog).toBeVisible();
		await this.check(screen, { within: [OPEN_DIALOG] });
		return dialog;
	}

	/** Opens a dialog, checks it, and cancels it. */
	async dialogCancelled(screen: string, name: string, open: () => Promise<void>): Promise<void> {
		const dialog = await this.dialog(screen, name, open);
		await dialog.getByRole('button', { name: this.t('cancel'), exact: true }).click();
		await expect(dialog).toBeHidden();
	}

	/** Opens one of the page's menus by its button, checks it open, and closes it with Escape. */
	async menu(screen: string, name: string): Promise<void> {
		await this.page.getByRole('button', { name, exact: true }).click();
		await expect(this.page.getByRole('menu', { name, exact: true })).toBeVisible();
		await this.check(screen, { within: OPEN_MENU });
		await this.page.keyboard.press('Escape');
		await expect(this.page.getByRole('menu', { name, exact: true })).toBeHidden();
	}

	/** Picks an item of one of the page's menus, as a person does. */
	async choose(menu: string, item: string): Promise<void> {
		await this.page.getByRole('button', { name: menu, exact: true }).click();
		await this.page
			.getByRole('menu', { name: menu, exact: true })
			.getByRole('menuitem', { name: item, exact: true })
			.click();
	}

	/** A summary line: "axe: en 1280 px: 31 screens, 0 violations". */
	summary(label: string): string {
		return `axe: ${label}: ${this.screens.length} screens, ${this.violations.length} violations`;
	}
}
