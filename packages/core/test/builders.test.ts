import {expect, test} from 'vitest'
import {
  checkTree,
  closing,
  emptyMeta,
  enumeration,
  enumerationItem,
  heading,
  note,
  numbering,
  paragraph,
  redacted,
  root,
  salutation,
  section,
  signatory,
  signature,
  signatureDate,
  table,
  tableCell,
  tableRow,
  text,
  title
} from '../src/index.ts'

const place = {
  start: {line: 1, column: 1, offset: 0},
  end: {line: 1, column: 3, offset: 2}
}

test('emptyMeta gives metadata with nothing known', () => {
  expect(emptyMeta('plain-text', 'a/01.txt')).toEqual({
    title: null,
    issuer: null,
    kind: 'unknown',
    year: null,
    published: null,
    signed: null,
    salutation: null,
    source: {
      kind: 'plain-text',
      path: 'a/01.txt',
      fields: {},
      canonical: {},
      site: {},
      chrome: [],
      assets: []
    }
  })
})

test('builders leave out an absent position and keep a given one', () => {
  expect(text('特此')).toStrictEqual({type: 'text', value: '特此'})
  expect(text('特此', place)).toStrictEqual({
    type: 'text',
    value: '特此',
    position: place
  })
  expect(redacted('phone', '[电话]')).toStrictEqual({
    type: 'redacted',
    contactType: 'phone',
    replacement: '[电话]'
  })
})

test('builders make every node type with its fields', () => {
  const one = numbering('一、', 1, '一、')
  const tree = root(emptyMeta('portal-html', null), [
    title([text('报告')]),
    salutation([text('市人民政府:')]),
    paragraph([
      text('现将'),
      enumeration({style: '一是'}, [
        enumerationItem({numbering: numbering('一是', 1, '一是')}, [text('一是学习')])
      ])
    ]),
    section({depth: 1, numbering: one}, [
      heading({runIn: false}, [text('主要成效')]),
      table([
        tableRow([
          tableCell({header: true}, [text('项目')]),
          tableCell({colSpan: 2, rowSpan: 1}, [redacted('email', '[邮箱]')])
        ])
      ])
    ]),
    closing([text('特此报告。')]),
    signature([
      signatory([text('某某区人民政府')]),
      signatureDate({date: '2021-01-08'}, [text('2021年1月8日')])
    ]),
    note([text('(此件公开发布)')])
  ])

  expect(tree.children[3]).toStrictEqual({
    type: 'section',
    depth: 1,
    numbering: {marker: '一、', ordinal: 1, style: '一、'},
    children: [
      {type: 'heading', runIn: false, children: [{type: 'text', value: '主要成效'}]},
      {
        type: 'table',
        children: [
          {
            type: 'tableRow',
            children: [
              {
                type: 'tableCell',
                header: true,
                colSpan: 1,
                rowSpan: 1,
                children: [{type: 'text', value: '项目'}]
              },
              {
                type: 'tableCell',
                header: false,
                colSpan: 2,
                rowSpan: 1,
                children: [{type: 'redacted', contactType: 'email', replacement: '[邮箱]'}]
              }
            ]
          }
        ]
      }
    ]
  })
  expect(checkTree(tree)).toEqual([])
  expect(JSON.parse(JSON.stringify(tree))).toStrictEqual(tree)
})
