import {defineProject} from 'vitest/config'

export default defineProject({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source', 'module', 'node', 'development|production']}},
  test: {
    name: '@baogao/plugin-kit',
    globalSetup: ['./test/global-setup.ts'],
    // The scaffold test builds and tests a generated package with tsc and vitest.
    testTimeout: 120_000
  }
})
