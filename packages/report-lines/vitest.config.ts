import {defineProject} from 'vitest/config'

export default defineProject({
  resolve: {conditions: ['source']},
  ssr: {resolve: {conditions: ['source', 'module', 'node', 'development|production']}},
  test: {name: '@baogao/report-lines'}
})
