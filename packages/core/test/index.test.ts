import {expect, test} from 'vitest'

test('exports the public API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'emptyRedactionCounts',
    'failedSummary',
    'findDates',
    'findEnumeration',
    'findFirstSentenceEnd',
    'isSpace',
    'numberingRank',
    'parseChineseNumeral',
    'parseDate',
    'parseEnumerationMarker',
    'parseNumbering',
    'sectionPathSegment',
    'sectionize',
    'severityOf',
    'splitRunIn',
    'summarize',
    'toHalfWidthDigits',
    'toMessageRecord'
  ])
})
