// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports `src/math` may never make: it is pure TypeScript with no UI, DOM or d3. */
const impureModules = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-router',
  'zustand',
  'd3-*',
  'katex',
];

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Math.random only in the seeded generator, localStorage only in the storage wrapper
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use createRng(seed) from src/math/random.ts: randomness must be seeded.',
        },
        {
          object: 'window',
          property: 'localStorage',
          message: 'Use src/store/storage.ts: it survives a throwing or corrupt storage.',
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'localStorage',
          message: 'Use src/store/storage.ts: it survives a throwing or corrupt storage.',
        },
      ],
    },
  },
  {
    files: ['src/math/random.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/store/storage.ts', 'src/store/**/*.test.ts', 'e2e/**/*.ts'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    // the math core is pure: nothing of ours, no React, no DOM libraries, no d3
    files: ['src/math/**/*.ts'],
    ignores: ['src/math/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'src/math imports nothing outside src/math.' },
            { group: impureModules, message: 'src/math is pure TypeScript: no UI, DOM or d3.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        { name: 'Date', message: 'Time is a parameter in src/math, never read inside.' },
      ],
    },
  },
  {
    // one-way layering: app → lessons/cards → widgets → ui → math
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../widgets/*', '../lessons/*', '../cards/*', '../app/*', '../store/*'],
              message: 'src/ui sits below widgets, lessons, cards, store and app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/widgets/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../../lessons/*',
                '../../cards/*',
                '../../app/*',
                '../lessons/*',
                '../app/*',
              ],
              message: 'Widgets sit below lessons, cards and app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts', 'scripts/**', '*.config.{ts,js}', 'build/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
);
