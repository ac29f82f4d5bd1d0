// How the interface text is compiled, shared by `npm run i18n` and the Vite plugin so both
// produce the same modules: one module per language, so a page loads only its reader's language.
import { fileURLToPath } from 'node:url';

/**
 * The compiler's options, relative to the project's root.
 * @type {import('@inlang/paraglide-js').CompilerOptions}
 */
export const paraglideOptions = {
	project: './src/lib/i18n/project.inlang',
	outdir: './src/lib/i18n/paraglide',
	outputStructure: 'locale-modules',
	// The first language comes from this device's choice, then the browser's preference.
	strategy: ['localStorage', 'preferredLanguage', 'baseLocale']
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { compile } = await import('@inlang/paraglide-js');
	await compile(paraglideOptions);
}
