// ESLint flat config. Besides the usual recommended rules it enforces the architecture's
// dependency direction (docs: /work/shared/design/architecture.md, README "Dependency rule"):
//
//   model <- scenario <- flow <- view <- (game, ui) <- main        cli uses model/scenario/flow only
//                                                                  (the benchmark also times view's planner engines)
//
// Only src/game imports phaser; only src/ui/charts imports chart.js; the model imports nothing but
// immer and pure-rand; only src/main.ts imports the app shell src/ui/app.ts (screens get their ways
// out passed in; see SHELLS). A violation is an error, so `npm run lint` (and `npm test`) fails.
//
// How: rule options in flat config are replaced, not merged, by later matching config objects. So
// each folder ("zone") gets one config object that carries the COMPLETE lists for
// no-restricted-imports and no-restricted-syntax, built below from one table. Relative paths are
// matched exactly per folder depth (src/ui/x.ts reaches src/ with one "../", src/ui/a/x.ts with
// two), so a sub-folder that happens to be called "game" is not mistaken for src/game.

import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SOURCE_EXTENSIONS = '{ts,tsx,mts,cts,js,mjs,cjs}';
/** Folders are matched exactly down to this depth below the zone; deeper files use a looser match. */
const MAX_EXACT_DEPTH = 6;

const DIRECTION =
  'Dependency direction: model <- scenario <- flow <- view <- (game, ui) <- main; cli uses model, scenario, flow.';

/** Package restrictions, by name, shared by the zones below. */
const PACKAGES = {
  phaser: {
    regex: '^phaser',
    message: 'Only src/game imports phaser (it is loaded lazily from there).',
  },
  chartjs: {
    regex: '^(chart\\.js|chartjs-)',
    message: 'Only src/ui/charts imports chart.js and its plugins (one file touches the chart library).',
  },
  xstate: {
    regex: '^xstate(/|$)',
    message: 'xstate machines live in src/flow; this folder must not depend on them.',
  },
};

/**
 * The zones. `forbid` lists top-level entries of src/ this zone must not import (`main` is
 * src/main.ts, the composition root); `packages` the package restrictions. src/model instead has an
 * allow-list (`onlyPackages`, `selfContained`). Order matters: a nested zone must come after its parent.
 */
const ZONES = [
  {
    dir: 'model',
    selfContained: true,
    onlyPackages: ['immer', 'pure-rand'],
  },
  {
    dir: 'scenario',
    forbid: ['flow', 'view', 'game', 'ui', 'platform', 'cli', 'main'],
    packages: ['phaser', 'chartjs', 'xstate'],
  },
  {
    dir: 'flow',
    forbid: ['view', 'game', 'ui', 'platform', 'cli', 'main'],
    packages: ['phaser', 'chartjs'],
  },
  {
    dir: 'view',
    forbid: ['game', 'ui', 'platform', 'cli', 'main'],
    packages: ['phaser', 'chartjs'],
  },
  {
    dir: 'game',
    forbid: ['ui', 'cli', 'main'],
    packages: ['chartjs'],
  },
  {
    dir: 'ui',
    forbid: ['game', 'cli', 'main'],
    packages: ['phaser', 'chartjs'],
  },
  {
    dir: 'ui/charts',
    forbid: ['game', 'cli', 'main'],
    packages: ['phaser'],
  },
  {
    dir: 'platform',
    forbid: ['game', 'ui', 'cli', 'main'],
    packages: ['phaser', 'chartjs'],
  },
  {
    dir: 'cli',
    forbid: ['view', 'game', 'ui', 'platform', 'main'],
    packages: ['phaser', 'chartjs'],
  },
];

/**
 * Shells: the one file of a zone that routes between its screens (mounts them, and hands each its ways
 * out). No other file in src/ imports a shell back, so no screen knows the router or the other screens;
 * only the composition root (src/main.ts, outside every zone) starts it. `file` is relative to src/.
 */
const SHELLS = [
  {
    file: 'ui/app',
    message:
      'Only src/main.ts imports the app shell (src/ui/app.ts). A screen gets its ways out passed in (mountX(root, ctx, ways)), built by app.ts; it does not import the router.',
  },
];

/**
 * The benchmark (src/cli/bench.ts) also measures the planner's engines, which live in src/view (pure
 * view-models, no DOM): it alone in src/cli may import src/view. Its config comes after the zones and
 * so replaces the cli lists for that one file.
 */
const BENCH_ZONE = { dir: 'cli', forbid: ['game', 'ui', 'platform', 'main'], packages: ['phaser', 'chartjs'] };

/** Everything else in src/ (main.ts and any new top-level file or folder): no phaser, no chart.js. */
const SRC_DEFAULT_PACKAGES = ['phaser', 'chartjs'];

/** Data goes into the DOM via textContent, never as HTML. */
const NO_HTML_INJECTION = [
  {
    selector:
      'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/], AssignmentExpression > MemberExpression.left[property.value=/^(innerHTML|outerHTML)$/]',
    message: 'Do not assign innerHTML/outerHTML: put data into the DOM with textContent or createElement.',
  },
  {
    selector:
      "CallExpression > MemberExpression.callee[property.name='insertAdjacentHTML'], CallExpression > MemberExpression.callee[property.value='insertAdjacentHTML']",
    message: 'Do not use insertAdjacentHTML: put data into the DOM with textContent or createElement.',
  },
];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex alternatives naming top-level src entries: folders (with or without a sub-path) and main.ts. */
function srcEntries(names) {
  const folders = names.filter((n) => n !== 'main').map(escapeRegex);
  const alternatives = [];
  if (folders.length > 0) alternatives.push(`(${folders.join('|')})(/|$)`);
  if (names.includes('main')) alternatives.push('main(\\.[cm]?[jt]sx?)?$');
  return `(${alternatives.join('|')})`;
}

/**
 * Regex source for a relative import of top-level src entries `names`, from a file `ups` levels below
 * src/ (exact), or from any depth when `ups` is undefined (looser: any number of "../").
 */
function relativeSrcEntriesRegex(names, ups) {
  const prefix = ups === undefined ? '(\\./)?(\\.\\./)+' : `(\\.\\./){${ups}}`;
  return `^${prefix}${srcEntries(names)}`;
}

const ALL_SRC_ENTRIES = ['scenario', 'flow', 'view', 'game', 'ui', 'platform', 'cli', 'main'];

/**
 * Patterns forbidding a shell to the files of a zone inside the shell's folder (other zones cannot
 * reach it anyway: their `forbid` lists cover the shell's whole zone). A file `depth` folders below
 * the zone reaches the shell with as many "../" as it is below the shell's folder ("./app" at the top).
 */
function shellPatterns(shell, zone, depth) {
  const shellSegments = shell.file.split('/');
  const shellDir = shellSegments.slice(0, -1).join('/');
  const name = escapeRegex(shellSegments.at(-1));
  if (zone.dir !== shellDir && !zone.dir.startsWith(`${shellDir}/`)) return [];
  const extension = '(\\.[cm]?[jt]sx?)?$';
  const zoneSegments = zone.dir.split('/').length;
  const below = zoneSegments - shellSegments.length + 1;
  const relative =
    depth === undefined ? `(\\./)?(\\.\\./)*` : below + depth === 0 ? '\\./' : `(\\.\\./){${below + depth}}`;
  const toSrc = depth === undefined ? '(\\./)?(\\.\\./)+' : `(\\.\\./){${zoneSegments + depth}}`;
  return [
    { regex: `^${relative}${name}${extension}`, message: shell.message },
    // Up to src/ and down again ('../../ui/app'), or spelled with src/ in the path.
    { regex: `^${toSrc}${escapeRegex(shell.file)}${extension}`, message: shell.message },
    { regex: `(^|/)src/${escapeRegex(shell.file)}${extension}`, message: shell.message },
  ];
}

/** no-restricted-imports patterns (regex + message) for one zone at one depth (undefined = any depth). */
function importPatterns(zone, depth) {
  const zoneSegments = zone.dir.split('/').length;
  const ups = depth === undefined ? undefined : zoneSegments + depth;
  const patterns = [];
  if (zone.selfContained) {
    const only = zone.onlyPackages.map(escapeRegex).join('|');
    patterns.push({
      regex: `^(?![./])(?!(${only})(/|$))`,
      message: `src/${zone.dir} may import only ${zone.onlyPackages.join(', ')} and its own files: no DOM, UI, xstate or zod in the model.`,
    });
    patterns.push({
      // Leaving the zone: more "../" than the file is deep inside it.
      regex:
        depth === undefined
          ? relativeSrcEntriesRegex(ALL_SRC_ENTRIES.filter((e) => e !== zone.dir))
          : `^(\\.\\./){${depth}}\\.\\.(/|$)`,
      message: `src/${zone.dir} may import only its own files (the model is the centre and depends on nothing else).`,
    });
  } else {
    patterns.push({
      regex: relativeSrcEntriesRegex(zone.forbid, ups),
      message: `src/${zone.dir} must not import from ${zone.forbid.join(', ')}. ${DIRECTION}`,
    });
    // The same entries spelled with src/ in the path (e.g. '../../src/game' or '/src/game').
    patterns.push({
      regex: `(^|/)src/${srcEntries(zone.forbid)}`,
      message: `src/${zone.dir} must not import from ${zone.forbid.join(', ')}. ${DIRECTION}`,
    });
  }
  for (const shell of SHELLS) patterns.push(...shellPatterns(shell, zone, depth));
  for (const name of zone.packages ?? []) patterns.push({ ...PACKAGES[name] });
  return patterns;
}

/** The same restrictions for dynamic import('...'), which no-restricted-imports does not see. */
function dynamicImportSelectors(patterns) {
  return patterns.map(({ regex, message }) => ({
    selector: `ImportExpression[source.value=/${regex.replace(/\//g, '\\/')}/u]`,
    message: `${message} (dynamic import)`,
  }));
}

function boundaryRules(patterns) {
  return {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': ['error', ...NO_HTML_INJECTION, ...dynamicImportSelectors(patterns)],
  };
}

function zoneConfigs(zone) {
  const base = `src/${zone.dir}`;
  const configs = [
    {
      name: `boundaries/${zone.dir}`,
      files: [`${base}/**/*.${SOURCE_EXTENSIONS}`],
      rules: boundaryRules(importPatterns(zone, undefined)),
    },
  ];
  for (let depth = 0; depth <= MAX_EXACT_DEPTH; depth += 1) {
    configs.push({
      name: `boundaries/${zone.dir}/depth-${depth}`,
      files: [`${base}/${'*/'.repeat(depth)}*.${SOURCE_EXTENSIONS}`],
      rules: boundaryRules(importPatterns(zone, depth)),
    });
  }
  return configs;
}

/** Rules for code that must run in Node and stay pure: no browser globals, no unseeded randomness. */
const DOM_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'].map((name) => ({
  name,
  message: `No DOM in this layer: it runs in Node (tests, CLI). Browser access belongs in src/ui, src/game or src/platform.`,
}));

export default defineConfig(
  {
    name: 'ignores',
    ignores: ['dist/', 'dist-single/', 'node_modules/', 'coverage/', 'test-results/', 'scenarios/*.schema.json'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'project/all',
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    name: 'project/src',
    files: [`src/**/*.${SOURCE_EXTENSIONS}`],
    languageOptions: { globals: { ...globals.browser } },
    rules: boundaryRules(SRC_DEFAULT_PACKAGES.map((name) => ({ ...PACKAGES[name] }))),
  },
  {
    name: 'project/src-cli-node',
    files: [`src/cli/**/*.${SOURCE_EXTENSIONS}`],
    languageOptions: { globals: { ...globals.node } },
  },
  ZONES.flatMap(zoneConfigs),
  {
    name: 'boundaries/cli/bench',
    files: ['src/cli/bench.ts'],
    rules: boundaryRules(importPatterns(BENCH_ZONE, 0)),
  },
  {
    name: 'project/pure-layers',
    files: [`src/{model,scenario,flow,view,cli}/**/*.${SOURCE_EXTENSIONS}`],
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    name: 'project/seeded-randomness',
    files: [`src/{model,scenario,flow}/**/*.${SOURCE_EXTENSIONS}`],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded PRNG kept in the model state (pure-rand), so runs and replays are exact.',
        },
      ],
    },
  },
  {
    name: 'project/no-any',
    files: [`src/{model,scenario,flow}/**/*.${SOURCE_EXTENSIONS}`],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
);
