import {defineProject} from 'vitest/config'

export default defineProject({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source', 'module', 'node', 'development|production']}},
  test: {
    name: '@baogao/config',
    // The CLI tests spawn the built `baogao` binary.
    testTimeout: 120_000
  }
})
