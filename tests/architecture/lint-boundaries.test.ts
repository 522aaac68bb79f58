// The dependency direction in docs (architecture.md) is enforced by eslint.config.js. These tests lint
// small snippets as if they lived at a given path, so a change to the config that silently stops
// enforcing a boundary fails here. The files need not exist.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: path.join(repoRoot, 'eslint.config.js') });
  // Warm up (loads the TypeScript parser once) so the first test does not carry that cost.
  await eslint.lintText('export {};\n', { filePath: path.join(repoRoot, 'src/model/warm-up.ts') });
}, 60_000);

/** The rule ids ESLint reports for `code` placed at `filePath` (relative to the repo root). */
async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`Parse error in snippet for ${filePath}: ${fatal[0]?.message}`);
  return result.messages.map((m) => m.ruleId ?? 'unknown');
}

const IMPORTS = 'no-restricted-imports';
const SYNTAX = 'no-restricted-syntax';

describe('lint enforces the dependency direction', () => {
  it.each([
    ['src/model/x.ts', "import Phaser from 'phaser';\nexport const p = Phaser;\n"],
    ['src/model/x.ts', "import { createMachine } from 'xstate';\nexport const m = createMachine;\n"],
    ['src/model/x.ts', "import { z } from 'zod';\nexport const s = z.number();\n"],
    ['src/model/x.ts', "import type { Scenario } from '../scenario/schema';\nexport type S = Scenario;\n"],
    ['src/model/mechanisms/x.ts', "import { m } from '../../flow/game';\nexport const a = m;\n"],
    ['src/model/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['src/scenario/x.ts', "import { createMachine } from 'xstate';\nexport const m = createMachine;\n"],
    ['src/scenario/x.ts', "import { m } from '../flow/game';\nexport const a = m;\n"],
    ['src/flow/x.ts', "import { v } from '../view/year';\nexport const a = v;\n"],
    ['src/view/x.ts', "import { g } from '../game/start';\nexport const a = g;\n"],
    ['src/ui/panel.ts', "import 'chart.js';\n"],
    ['src/ui/panel.ts', "import annotation from 'chartjs-plugin-annotation';\nexport const a = annotation;\n"],
    ['src/ui/panel.ts', "import Phaser from 'phaser';\nexport const p = Phaser;\n"],
    ['src/ui/panel.ts', "import { g } from '../game/start';\nexport const a = g;\n"],
    ['src/ui/charts/x.ts', "import Phaser from 'phaser';\nexport const p = Phaser;\n"],
    ['src/game/x.ts', "import { Chart } from 'chart.js';\nexport const c = Chart;\n"],
    ['src/game/x.ts', "import { panel } from '../ui/panel';\nexport const a = panel;\n"],
    ['src/cli/x.ts', "import { panel } from '../ui/panel';\nexport const a = panel;\n"],
    ['src/cli/x.ts', "import { v } from '../view/plan-uncertainty';\nexport const a = v;\n"],
    ['src/cli/bench.ts', "import { panel } from '../ui/panel';\nexport const a = panel;\n"],
    ['src/cli/bench.ts', "import { w } from '../platform/plan-worker';\nexport const a = w;\n"],
    ['src/main.ts', "import Phaser from 'phaser';\nexport const p = Phaser;\n"],
    // The workshop's pure logic (view) never reaches for its codes and storage (platform).
    [
      'src/view/workshop-x.ts',
      "import { decodeResultCode } from '../platform/workshop-result-code';\nexport const d = decodeResultCode;\n",
    ],
    // Only main.ts imports the app shell: screens get their ways out passed in (architecture.md).
    ['src/ui/title.ts', "import type { App } from './app';\nexport type A = App;\n"],
    ['src/ui/panel.ts', "import { startApp } from './app.ts';\nexport const s = startApp;\n"],
    ['src/ui/charts/x.ts', "import type { App } from '../app';\nexport type A = App;\n"],
    ['src/ui/locales/x.ts', "import type { App } from '../app';\nexport type A = App;\n"],
    ['src/ui/a/b/x.ts', "import type { App } from '../../../ui/app';\nexport type A = App;\n"],
  ])('reports the import in %s: %j', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain(IMPORTS);
  });

  it.each([
    ['src/ui/panel.ts', "export const load = () => import('chart.js/auto');\n"],
    ['src/model/x.ts', "export const load = () => import('phaser');\n"],
    ['src/ui/panel.ts', "export const load = () => import('../game/start');\n"],
    ['src/ui/panel.ts', "export const load = () => import('./app');\n"],
  ])('reports the dynamic import in %s: %j', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain(SYNTAX);
  });

  it.each([
    ['src/model/x.ts', "import { produce } from 'immer';\nexport const p = produce;\n"],
    ['src/model/x.ts', "import { xoroshiro128plus } from 'pure-rand';\nexport const r = xoroshiro128plus;\n"],
    ['src/model/x.ts', "import type { Limitation } from './types';\nexport type L = Limitation;\n"],
    ['src/model/mechanisms/x.ts', "import { PARAM_SPECS } from '../params';\nexport const p = PARAM_SPECS;\n"],
    [
      'src/scenario/x.ts',
      "import { z } from 'zod';\nimport { PARAM_SPECS } from '../model/params';\nexport const a = [z, PARAM_SPECS];\n",
    ],
    [
      'src/flow/x.ts',
      "import { setup } from 'xstate';\nimport { load } from '../scenario/load';\nexport const a = [setup, load];\n",
    ],
    ['src/ui/charts/x.ts', "import 'chart.js';\n"],
    ['src/ui/charts/x.ts', "export const load = () => import('chart.js/auto');\n"],
    [
      'src/game/x.ts',
      "import Phaser from 'phaser';\nimport { vm } from '../view/vm';\nexport const a = [Phaser, vm];\n",
    ],
    [
      'src/cli/x.ts',
      "import { readFileSync } from 'node:fs';\nimport { m } from '../flow/game';\nexport const a = [readFileSync, m];\n",
    ],
    ['src/main.ts', "export const start = () => import('./game/start');\n"],
    // The benchmark times the planner's engines (pure view-models).
    ['src/cli/bench.ts', "import { v } from '../view/plan-uncertainty';\nimport { m } from '../flow/game';\nexport const a = [v, m];\n"],
    // The workshop's codes and stored state (platform) replay results with the view's pure logic.
    [
      'src/platform/workshop-x.ts',
      "import { z } from 'zod';\nimport { replayTeam } from '../view/workshop-replay';\nexport const a = [z, replayTeam];\n",
    ],
    // The composition root starts the app shell; files merely named like it are not it.
    ['src/main.ts', "import { startApp } from './ui/app';\nexport const s = startApp;\n"],
    ['src/ui/panel.ts', "import { s } from './app-stage';\nexport const a = s;\n"],
    ['src/ui/sub/x.ts', "import { s } from './app';\nexport const a = s;\n"],
  ])('allows in %s: %j', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toEqual([]);
  });
});

describe('lint keeps the model, scenarios and flow pure', () => {
  it.each(['src/flow/x.ts', 'src/model/x.ts', 'src/scenario/x.ts'])('reports Math.random() in %s', async (filePath) => {
    expect(await ruleIdsFor(filePath, 'export const r = Math.random();\n')).toContain('no-restricted-properties');
  });

  it('allows Math.random() in UI code, which is not replayed', async () => {
    expect(await ruleIdsFor('src/ui/x.ts', 'export const r = Math.random();\n')).toEqual([]);
  });

  it.each(['window.innerWidth', 'document.title', 'localStorage.length', 'navigator.language'])(
    'reports the DOM global in src/model: %s',
    async (expression) => {
      expect(await ruleIdsFor('src/model/x.ts', `export const v = ${expression};\n`)).toContain(
        'no-restricted-globals',
      );
    },
  );

  it('reports explicit any in src/model', async () => {
    expect(await ruleIdsFor('src/model/x.ts', 'export const f = (v: any): unknown => v;\n')).toContain(
      '@typescript-eslint/no-explicit-any',
    );
  });
});

describe('lint keeps data out of HTML', () => {
  it.each([
    'export const put = (el: HTMLElement, s: string) => { el.innerHTML = s; };\n',
    'export const put = (el: HTMLElement, s: string) => { el.outerHTML = s; };\n',
    "export const put = (el: HTMLElement, s: string) => { el['innerHTML'] += s; };\n",
    "export const put = (el: HTMLElement, s: string) => { el.insertAdjacentHTML('beforeend', s); };\n",
  ])('reports in src/ui/x.ts: %j', async (code) => {
    expect(await ruleIdsFor('src/ui/x.ts', code)).toContain(SYNTAX);
  });

  it('allows textContent', async () => {
    const code = 'export const put = (el: HTMLElement, s: string) => { el.textContent = s; };\n';
    expect(await ruleIdsFor('src/ui/x.ts', code)).toEqual([]);
  });
});
