import {expect, it} from 'vitest'

it('exposes its public API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'checkableKinds',
    'compilerStep',
    'createCheckProcessor',
    'createProcessor',
    'createRedactProcessor',
    'definePipeline',
    'findContacts',
    'getPipeline',
    'loadRuleConfig',
    'parserStep',
    'pipelines',
    'redactText',
    'sourceKinds',
    'transformerStep'
  ])
})
