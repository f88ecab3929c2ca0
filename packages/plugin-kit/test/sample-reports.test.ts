import {describe, expect, it} from 'vitest'
import {checkTree} from '../src/index.ts'
import type {Nodes} from '../src/index.ts'
import {sampleReports} from '../src/testing.ts'

function* walk(node: Nodes): Generator<Nodes> {
  yield node
  if ('children' in node) for (const child of node.children) yield* walk(child as Nodes)
}

describe('sampleReports', () => {
  it('gives the annual, duty and empty reports', () => {
    expect(sampleReports().map((report) => [report.path, report.tree.meta.kind, report.tree.children.map((node) => node.type)])).toEqual([
      ['conformance/annual.txt', 'annual-report', ['title', 'salutation', 'paragraph', 'section', 'section', 'section', 'closing', 'signature']],
      ['conformance/duty.txt', 'duty-report', ['paragraph', 'section', 'section', 'note']],
      ['conformance/empty.txt', 'unknown', []]
    ])
  })

  it('gives trees valid by the AST spec', () => {
    expect(sampleReports().map((report) => checkTree(report.tree))).toEqual([[], [], []])
  })

  it('places every text node at its text in the source', () => {
    for (const report of sampleReports()) {
      for (const node of walk(report.tree)) {
        if (node.type !== 'text') continue
        const {start, end} = node.position ?? {start: {offset: -1}, end: {offset: -1}}
        expect(report.value.slice(start.offset, end.offset)).toBe(node.value)
        const line = report.value.split('\n')[(node.position?.start.line ?? 0) - 1] ?? ''
        expect(line.slice((node.position?.start.column ?? 0) - 1, (node.position?.end.column ?? 0) - 1)).toBe(node.value)
      }
    }
  })

  it('keeps contact details in the source and only placeholders in the tree', () => {
    const [annual, duty] = sampleReports()
    expect(annual?.value).toContain('0716-5227196')
    expect(duty?.value).toContain('13912345678')
    const redactions = sampleReports().flatMap((report) => [...walk(report.tree)].filter((node) => node.type === 'redacted'))
    expect(redactions).toEqual([
      {type: 'redacted', contactType: 'phone', replacement: '[电话]'},
      {type: 'redacted', contactType: 'email', replacement: '[邮箱]'},
      {type: 'redacted', contactType: 'address', replacement: '[地址]'},
      {type: 'redacted', contactType: 'mobile', replacement: '[手机]'}
    ])
    expect(JSON.stringify(sampleReports().map((report) => report.tree))).not.toMatch(/5227196|fzb@|油江路|13912345678/)
  })

  it('gives fresh copies each time', () => {
    const first = sampleReports()
    first[0]?.tree.children.splice(0)
    expect(sampleReports()[0]?.tree.children).toHaveLength(8)
  })
})
