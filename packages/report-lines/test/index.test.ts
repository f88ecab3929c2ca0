import {expect, test} from 'vitest'

test('exports the curated API the two parsers use', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'compact',
    'endingNodes',
    'fieldKey',
    'fieldValues',
    'isDateLine',
    'isEdgeSpaceCode',
    'isFieldValue',
    'isPendingLabel',
    'isTitleLike',
    'isTitlePart',
    'openingNodes',
    'readFieldLine',
    'readLayout',
    'readReportMeta',
    'splitLines'
  ])
})
