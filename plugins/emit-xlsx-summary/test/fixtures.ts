/**
 * Summary rows for the tests, written out in full so expectations are
 * exact: a portal page with everything, a plain-text duty report with
 * gaps, and a document that failed.
 */
import type {DocumentSummary} from '@baogao/core'
import {emptyRedactionCounts, failedSummary} from '@baogao/core'

export const portalReport: DocumentSummary = {
  file: 'beijing/haidian-2021.html',
  sourceKind: 'portal-html',
  status: 'ok',
  reason: null,
  title: '北京市海淀区人民政府关于2021年法治政府建设情况的报告',
  issuer: '北京市海淀区人民政府',
  kind: 'annual-report',
  year: 2021,
  published: '2022-03-31',
  signed: '2022-03-25',
  sections: 3,
  paragraphs: 12,
  characters: 5432,
  errors: 1,
  warnings: 2,
  redactions: {
    total: 3,
    byType: {...emptyRedactionCounts().byType, phone: 2, email: 1}
  },
  templateParts: {
    measures: true,
    shortcomings: true,
    duty: false,
    plans: true,
    other: false
  },
  headings: [
    {path: '一', depth: 1, ordinal: 1, title: '主要举措和成效'},
    {path: '一/(一)', depth: 2, ordinal: 1, title: '=HYPERLINK("http://evil.example")'},
    {path: '二', depth: 1, ordinal: 2, title: '存在的不足和原因'}
  ],
  messages: [
    {
      ruleId: 'template-part',
      source: '@baogao/validate-section-order',
      severity: 'warning',
      reason: 'Unexpected missing part `duty`, expected a section on the first-responsible duty',
      line: 40,
      column: 1
    },
    {
      ruleId: null,
      source: null,
      severity: 'error',
      reason: '+cmd|\' /C calc\'!A0',
      line: null,
      column: null
    },
    {
      ruleId: 'section-order',
      source: '@baogao/validate-section-order',
      severity: 'warning',
      reason: '@SUM(1+1)',
      line: 3,
      column: 5
    }
  ]
}

export const plainDutyReport: DocumentSummary = {
  file: 'text/003.txt',
  sourceKind: 'plain-text',
  status: 'ok',
  reason: null,
  title: null,
  issuer: '-某县司法局',
  kind: 'duty-report',
  year: 2020,
  published: null,
  // Not a real day: written as text, never dropped.
  signed: '2021-02-30',
  sections: 0,
  paragraphs: 4,
  characters: 980,
  errors: 0,
  warnings: 0,
  redactions: emptyRedactionCounts(),
  templateParts: {},
  headings: [],
  messages: []
}

export const brokenPage: DocumentSummary = failedSummary(
  'broken/gbk-page.html',
  'Unexpected bytes, expected UTF-8 or GBK text',
  'portal-html'
)

export const summaries: ReadonlyArray<DocumentSummary> = [
  portalReport,
  plainDutyReport,
  brokenPage
]
