import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'tmp/**', 'coverage/**', 'src/generated/**', 'packages/*/src/generated/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
  // The import graph reads top-down: cli/ -> actions/ -> src/ (the runtime) -> packages/. Nothing imports
  // what stands above it; test/ and actions/*/test/ sit above everything and may import anything.
  {
    // Libraries know nothing about GitHub: the actions are the adapters.
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'packages/ must not depend on @actions/*; put GitHub glue in actions/ or src/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/actions/**', '**/cli/**', '!@actions/**'],
              message: 'src/ is the runtime below the actions and the CLI: it imports no action and nothing from cli/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['actions/*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/**'],
              message: 'actions/ stand below the CLI: the CLI registers the actions, not the other way round.',
            },
          ],
        },
      ],
    },
  },
);
