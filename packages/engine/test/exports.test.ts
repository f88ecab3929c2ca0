import {expect, test} from 'vitest'

test('public exports are curated', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'InputError',
    'OutsideOutputError',
    'RunError',
    'acquireOutputLock',
    'checkAndSniff',
    'countMessages',
    'createReporter',
    'decodeText',
    'describeFailure',
    'documentExtensions',
    'exitCodeOf',
    'findInputs',
    'findPipeline',
    'loadPipeline',
    'loadPipelineModule',
    'maxInputBytes',
    'outputNameFor',
    'prepareOutputPath',
    'processDocument',
    'readInput',
    'readManifest',
    'run',
    'sniffKind',
    'toVFile',
    'writeFileAtomic'
  ])
})
