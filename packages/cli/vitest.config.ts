import {defineProject} from 'vitest/config'

export default defineProject({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source', 'module', 'node', 'development|production']}},
  test: {
    name: '@baogao/cli',
    globalSetup: ['./test/global-setup.ts'],
    // Several tests spawn runs with worker threads on a small machine.
    testTimeout: 120_000
  }
})
