import {expect, it} from 'vitest'

it('exposes its public API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'checkableKinds',
    'compilerStep',
    'createCheckProcessor',
    'createProcessor',
    'definePipeline',
    'getPipeline',
    'loadRuleConfig',
    'parserStep',
    'pipelines',
    'sourceKinds',
    'transformerStep'
  ])
})
