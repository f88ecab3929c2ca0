import {defineProject} from 'vitest/config'

export default defineProject({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source', 'module', 'node', 'development|production']}},
  test: {
    name: '@baogao/engine',
    // Worker threads load the built engine (`dist`): build it once first.
    globalSetup: ['./test/global-setup.ts'],
    // Some tests start Node processes with worker threads; the machine may
    // be busy. A ceiling, not a timing assertion.
    testTimeout: 60_000
  }
})
