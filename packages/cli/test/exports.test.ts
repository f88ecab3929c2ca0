import {expect, test} from 'vitest'

test('public exports are curated', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['commands', 'createProgram', 'exitCodes', 'helpWidth', 'runCli'])
})
