import {defineProject} from 'vitest/config'

export default defineProject({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source', 'module', 'node', 'development|production']}},
  test: {
    name: '@baogao/pipelines',
    // The first import of `src/index.ts` transforms every plugin of every
    // pipeline from source (the redactor with libphonenumber's metadata):
    // seconds on a busy two-core machine.
    testTimeout: 30_000
  }
})
