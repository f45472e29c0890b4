// Lint: TypeScript rules plus the import directions that keep the layers apart.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util', 'stream'];
const sharedPatterns = [
  { group: ['**/electron/**', '**/renderer/**', 'electron', 'react', 'react-dom'], message: 'shared/ must not import from electron/, renderer/ or UI libraries.' },
  { group: nodeBuiltins, message: 'shared/ must not use Node built-ins.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // One way to read a date, a time or an amount per language, with formatters built once: shared/domain/format.ts.
    files: ['**/*.{ts,tsx}'],
    ignores: ['shared/domain/format.ts', 'shared/domain/zoned-time.ts', '**/*.test.ts', 'bench/**', 'e2e/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name=/^(DateTimeFormat|NumberFormat)$/]",
          message: 'Format dates, times and money with shared/domain/format.ts (one format per language, formatters cached).',
        },
      ],
    },
  },
  {
    // shared/ is the contract and pure domain: it runs anywhere, so it imports no environment.
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: sharedPatterns }] },
  },
  {
    // One direction: the domain is the pure core (shapes and rules); the contract's operations are built on it.
    // (A later block replaces the rule for these files, so it repeats shared/'s patterns.)
    files: ['shared/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...sharedPatterns,
            { group: ['**/contract', '**/contract/**'], message: 'shared/domain imports nothing from shared/contract: the contract imports the domain.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer talks to the backend only through the typed client.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron', 'lowdb'], message: 'renderer/ must not import the backend or electron; use kiosk-client.' },
            { group: nodeBuiltins, message: 'renderer/ has no Node.' },
          ],
        },
      ],
    },
  },
  {
    // Only the thin Electron shell may import `electron`; the backend stays plain Node. Each layer
    // imports only the layers below it: backend ← server (what both hosts share) ← hosts / main.
    files: ['electron/backend/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The backend runs in plain Node; take Electron capabilities as parameters.' }],
          patterns: [{ group: ['**/server/*', '**/hosts/*', '**/main/*', '**/preload/*'], message: 'The backend knows no host: hosts build on it, not the other way round.' }],
        },
      ],
    },
  },
  {
    files: ['electron/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'What both hosts share runs in plain Node; take Electron capabilities as parameters.' }],
          patterns: [{ group: ['**/hosts/*', '**/main/*', '**/preload/*'], message: 'electron/server is shared by both hosts and imports neither.' }],
        },
      ],
    },
  },
  {
    files: ['electron/hosts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The browser host runs in plain Node.' }],
          patterns: [{ group: ['**/main/*', '**/preload/*'], message: 'The browser host does not reach into the Electron shell; shared pieces live in electron/server.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/hosts/*'], message: 'The Electron shell does not reach into the browser host; shared pieces live in electron/server.' }] }],
    },
  },
);
