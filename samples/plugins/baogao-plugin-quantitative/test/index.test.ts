import {expect, test} from 'vitest'

test('exports the public API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['default', 'defaultUnits', 'findIndicators'])
})
