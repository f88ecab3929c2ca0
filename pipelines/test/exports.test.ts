import {expect, it} from 'vitest'

it('exposes its public API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'compilerStep',
    'createProcessor',
    'definePipeline',
    'getPipeline',
    'parserStep',
    'pipelines',
    'sourceKinds',
    'transformerStep'
  ])
})
