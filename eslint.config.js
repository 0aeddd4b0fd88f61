// Lint guard run by `npm test` with zero warnings: typescript-eslint's type-checked rules, Svelte's own rules,
// floating promises as errors, and the layer direction of src/ (data → model → map/ui; state sees data and model).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Folders each layer may not import from (relative imports are resolved by folder name). */
const layerRules = (forbidden, why) => ({
  'no-restricted-imports': [
    'error',
    { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/*`, `../${dir}/*`, `./${dir}/*`], message: why })) }
  ]
});

export default tseslint.config(
  // .soak/ and .bench/ hold apps built by the soak test and the benchmark (git ignores them too).
  { ignores: ['dist/', 'node_modules/', 'tests/artifacts/', 'public/', '.soak/', '.bench/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte']
      }
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, svelteConfig } }
  },
  {
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Event handlers are written as arrow shorthands (`onclick={() => timeline.first()}`, `(h) => (app.hover = h)`);
      // the rule's point (a void value used as if it meant something) still holds everywhere else.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }]
    }
  },
  {
    files: ['src/data/**'],
    rules: layerRules(['model', 'map', 'ui', 'state'], 'src/data depends on nothing above it')
  },
  { files: ['src/model/**'], rules: layerRules(['map', 'ui', 'state'], 'src/model is pure: no map, UI or state') },
  {
    files: ['src/state/**'],
    rules: layerRules(['map', 'ui'], 'src/state sees data and model only (testable in node)')
  },
  {
    files: ['src/map/**'],
    rules: layerRules(['ui', 'state'], 'src/map is an adapter: it gets what it draws as arguments')
  },
  {
    files: ['**/*.js', '**/*.mjs', 'scripts/**'],
    ...tseslint.configs.disableTypeChecked
  }
);
