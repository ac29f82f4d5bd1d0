/**
 * The layering rules (README, "How the code is laid out"), checked on every `npm test`:
 * routes → components → state → workspace → { persistence, sync, export } → doc → yjs, with
 * trust/ (device keys and signed envelopes, knowing only the curves) below doc and the layers on it,
 * state reaching only workspace/ (its façade and the words it speaks in),
 * components → editor → doc, export → doc; no cycles; the UI never touches Yjs or its providers.
 */
const LIB = '^src/lib/';
const notTests = '\\.test\\.ts$';

module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'Import cycles make layers impossible to test alone.',
			from: {},
			to: { circular: true }
		},
		{
			name: 'doc-knows-only-yjs',
			severity: 'error',
			comment: 'doc/ is the schema on Yjs: it imports only yjs, lib0, trust/ and itself.',
			from: { path: `${LIB}doc/`, pathNot: notTests },
			to: {
				pathNot: [`${LIB}(doc|trust)/`, 'node_modules/(yjs|lib0)/'],
				dependencyTypesNot: ['core']
			}
		},
		{
			name: 'trust-knows-only-the-curves',
			severity: 'error',
			comment:
				'trust/ signs, hashes and verifies bytes: it imports only @noble/curves, @noble/hashes, lib0 and itself.',
			from: { path: `${LIB}trust/`, pathNot: notTests },
			to: {
				pathNot: [`${LIB}trust/`, 'node_modules/(@noble/curves|@noble/hashes|lib0)/'],
				dependencyTypesNot: ['core']
			}
		},
		{
			name: 'middle-layers-know-only-doc',
			severity: 'error',
			comment:
				'persistence/, sync/, editor/ and export/ import doc/ (and trust/), never each other or upwards.',
			from: { path: `${LIB}(persistence|sync|editor|export)/` },
			to: { path: LIB, pathNot: [`${LIB}$1/`, `${LIB}(doc|trust)/`] }
		},
		{
			name: 'workspace-is-below-the-ui',
			severity: 'error',
			comment: 'workspace/ wires the layers below it and knows nothing of the interface.',
			from: { path: `${LIB}workspace/` },
			to: { path: `${LIB}(state|components|i18n)/|^src/routes/` }
		},
		{
			name: 'state-speaks-to-workspaces-only',
			severity: 'error',
			comment:
				'state/ adapts the workspace façade to runes: it reads and changes records through workspace/ only, never the layers below it.',
			from: { path: `${LIB}state/` },
			to: { path: `${LIB}(doc|export|persistence|sync|editor|trust)/` }
		},
		{
			name: 'state-is-below-components',
			severity: 'error',
			from: { path: `${LIB}state/` },
			to: { path: `${LIB}components/|^src/routes/` }
		},
		{
			name: 'ui-never-touches-yjs',
			severity: 'error',
			comment: 'Components and pages read and change workspaces through state/ only.',
			from: { path: `${LIB}components/|^src/routes/` },
			to: {
				path: [
					'node_modules/(yjs|y-webrtc|y-indexeddb|y-protocols|@tiptap/y-tiptap)/',
					`${LIB}(persistence|sync|workspace|doc|trust)/`
				]
			}
		},
		{
			name: 'app-never-imports-the-server',
			severity: 'error',
			comment: 'src/server/ is Node-only and never bundled into the app.',
			from: { path: '^src/(lib|routes)/|^src/service-worker' },
			to: { path: '^src/server/' }
		},
		{
			name: 'server-stays-out-of-the-app',
			severity: 'error',
			comment: 'The server serves the built app; it does not import the browser code.',
			from: { path: '^src/server/' },
			to: { path: '^src/(lib|routes)/' }
		},
		{
			name: 'shared-knows-neither-side',
			severity: 'error',
			comment: 'src/shared/ holds what the app and the server both use: it imports neither.',
			from: { path: '^src/shared/' },
			to: { path: '^src/(lib|routes|server)/' }
		},
		{
			name: 'no-test-code-in-the-app',
			severity: 'error',
			from: { pathNot: `${notTests}|^tests/` },
			to: { path: `${notTests}|^tests/` }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^src/lib/i18n/paraglide/|\\.svelte-kit/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'svelte', 'browser', 'require', 'node', 'default', 'types'],
			extensions: ['.ts', '.js', '.svelte', '.json'],
			mainFields: ['svelte', 'module', 'main', 'types']
		},
		reporterOptions: { text: { highlightFocused: true } }
	}
};
