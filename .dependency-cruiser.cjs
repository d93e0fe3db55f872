// The dependency rule of README "Architecture", checked by `npm run depcheck` (part of `npm test`;
// scripts/depcheck.mjs runs dependency-cruiser on a type-stripped copy of src/, because
// dependency-cruiser cannot read TypeScript 7 itself). Type-only imports count like any other.
//
// Layers, bottom to top (a folder may import only folders below it, never one beside or above):
//   domain, paths.ts                    shared domain types and rules, file locations: nothing of ours
//   analyze                             pure functions of text
//   search                              text analysis for the index and queries
//   store                               the database
//   ingest                              source files → analysis → store
//   export, queue                       export formats; the ingest queue
//   api, web                            the JSON API; the website (neither imports the other)
//   server                              composition root: mounts api and web side by side
//   cli                                 commands; nothing imports cli
// Tests (`*.test.ts`) are free of the layer lists (a store test builds real inputs with the ingest
// pipeline, a queue test uses the store's test helpers), but never import cli or server.

/** Folders (under src/) each layer may import, besides itself. */
const allowed = {
  domain: [],
  analyze: ['domain', 'paths'],
  search: ['analyze', 'domain'],
  store: ['search', 'analyze', 'domain', 'paths'],
  ingest: ['store', 'analyze', 'domain', 'paths'],
  export: ['store', 'analyze', 'domain'],
  queue: ['ingest', 'store', 'analyze', 'domain'],
  // api and web ingest the articles editors upload (`ingestUploads`), a layer further down.
  api: ['export', 'ingest', 'store', 'search', 'analyze', 'domain'],
  web: ['ingest', 'store', 'search', 'analyze', 'domain', 'paths'],
  server: ['api', 'web', 'store', 'domain'],
  cli: ['server', 'api', 'web', 'export', 'queue', 'ingest', 'store', 'search', 'analyze', 'domain', 'paths'],
};
const layers = Object.keys(allowed);
const TEST = '\\.test\\.[jt]s$';
const folder = (name) => `^src/${name}(/|\\.[jt]s$)`;

/** One rule per layer: from that folder, no import of a folder of ours outside its list. */
const layerRules = layers.map((layer) => ({
  name: `layer-${layer}`,
  comment: `${layer} may import only ${allowed[layer].join(', ') || 'nothing of ours'} (README, Architecture)`,
  severity: 'error',
  from: { path: folder(layer), pathNot: TEST },
  to: {
    path: '^src/',
    pathNot: [folder(layer), ...allowed[layer].map(folder)],
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'no file may depend on itself through others (type-only imports included)',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'tests-below-cli',
      comment: 'tests in a folder may use lower layers and test helpers, never the CLI or the composition root',
      severity: 'error',
      from: { path: `^src/(?!cli/|server/)[^/]+/.*${TEST}` },
      to: { path: [folder('cli'), folder('server')] },
    },
    {
      name: 'public-faces',
      comment:
        "from another folder, import only its face: index.ts or types.ts at its top, or a sub-package's index.ts (test helpers in testing/ for tests)",
      severity: 'error',
      from: {
        path: '^src/([^/]+)/',
        // The trainer reads the recogniser's model encoding and corpora, which analysis does not offer.
        pathNot: [TEST, '^src/cli/train\\.[jt]s$'],
      },
      to: {
        path: '^src/([^/]+)/',
        pathNot: [
          '^src/$1/',
          '^src/domain/',
          '^src/[^/]+/types\\.[jt]s$',
          // a folder's index.ts, or a sub-package's (analyze/time/index.ts, analyze/lang/index.ts)
          '^src/[^/]+/index\\.[jt]s$',
          '^src/[^/]+/[^/]+/index\\.[jt]s$',
          '^src/[^/]+/[^/]+/[^/]+/index\\.[jt]s$',
        ],
      },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'every import resolves (a moved file is followed, not left dangling)',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-test-imports',
      comment: 'production code never imports a test file or the test-only helpers',
      severity: 'error',
      from: { pathNot: [TEST, '/testing/'] },
      to: { path: [TEST, '^src/[^/]+/testing/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    // Node built-ins (`node:fs`) and packages are not ours; the rules are about src/.
    moduleSystems: ['es6', 'cjs'],
    // Package subpaths (`hono/html`) resolve through their package's `exports`, as Node does.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
