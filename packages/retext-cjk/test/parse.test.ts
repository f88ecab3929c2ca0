import type {Nodes, Paragraph, Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {cjkNodes, parseCjk, retextCjk, sentenceRanges, wordRanges} from '../src/index.ts'

/** Every sentence of `tree` as its text. */
function sentences(tree: Root): Array<string> {
  return paragraphs(tree).flatMap((paragraph) =>
    paragraph.children
      .filter((child): child is Sentence => child.type === 'SentenceNode')
      .map((sentence) => toString(sentence))
  )
}

function paragraphs(tree: Root): Array<Paragraph> {
  return tree.children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
}

/** `type:value@start-end` for each leaf of `node`, offsets checked against `source`. */
function leaves(node: Nodes, source: string): Array<string> {
  if ('children' in node) return node.children.flatMap((child) => leaves(child, source))
  const start = node.position?.start.offset ?? -1
  const end = node.position?.end.offset ?? -1
  expect(source.slice(start, end)).toBe(node.value)
  return [node.type.replace('Node', '') + ':' + node.value + '@' + start + '-' + end]
}

describe('sentences', () => {
  test('end at `。！？；` and their half-width forms, keeping closing quotes', () => {
    const tree = parseCjk('特此报告。请予审议！是否可行？一是加强；二是落实!好吗?对;“放管服”改革。”下一句')
    expect(sentences(tree)).toEqual([
      '特此报告。',
      '请予审议！',
      '是否可行？',
      '一是加强；',
      '二是落实!',
      '好吗?',
      '对;',
      '“放管服”改革。”',
      '下一句'
    ])
  })

  test('a dot ends a sentence only where it is not a decimal, domain or marker', () => {
    expect(
      sentences(parseCjk('1.科学组织 共2.5亿元 邮箱gaxzfwz@gongan.gov.cn 特此报告.现将 好的. 完毕.'))
    ).toEqual(['1.科学组织 共2.5亿元 邮箱gaxzfwz@gongan.gov.cn 特此报告.', '现将 好的.', '完毕.'])
  })

  test('runs of terminators and ellipses stay in one sentence', () => {
    expect(sentences(parseCjk('真的吗？！是的。。。等等……好'))).toEqual(['真的吗？！', '是的。。。', '等等……好'])
    expect(sentences(parseCjk('v1...v2 等等... 好'))).toEqual(['v1...v2 等等...', '好'])
  })

  test('sentenceRanges works on a slice of a longer string', () => {
    expect(sentenceRanges('xx 甲。 乙；丙 yy', 3, 10)).toEqual([
      {start: 3, end: 5},
      {start: 6, end: 8},
      {start: 8, end: 9}
    ])
  })
})

describe('paragraphs', () => {
  test('one per non-blank line; line breaks and blank lines are root white space', () => {
    const source = '标题\r\n\r\n  第一段。第二句\n\u3000\n末段'
    const tree = parseCjk(source)
    expect(tree.children.map((child) => child.type + ':' + JSON.stringify(toString(child)))).toEqual([
      'ParagraphNode:"标题"',
      'WhiteSpaceNode:"\\r\\n\\r\\n"',
      'ParagraphNode:"  第一段。第二句"',
      'WhiteSpaceNode:"\\n\u3000\\n"',
      'ParagraphNode:"末段"'
    ])
    expect(toString(tree)).toBe(source)
    expect(tree.position).toEqual({
      start: {line: 1, column: 1, offset: 0},
      end: {line: 5, column: 3, offset: source.length}
    })
    const third = paragraphs(tree)[2]
    expect(third?.position).toEqual({
      start: {line: 5, column: 1, offset: 18},
      end: {line: 5, column: 3, offset: 20}
    })
  })

  test('leading and trailing blank text is kept as white space', () => {
    const source = '\n\n正文\n\n'
    const tree = parseCjk(source)
    expect(tree.children.map((child) => child.type)).toEqual([
      'WhiteSpaceNode',
      'ParagraphNode',
      'WhiteSpaceNode'
    ])
    expect(tree.children[2]?.position).toEqual({
      start: {line: 3, column: 3, offset: 4},
      end: {line: 5, column: 1, offset: 6}
    })
    expect(toString(tree)).toBe(source)
  })

  test('an empty document is an empty root', () => {
    expect(parseCjk('')).toEqual({
      type: 'RootNode',
      children: [],
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    })
  })

  test('cjkNodes yields the same children one at a time', () => {
    const source = '甲。\n乙\n\n丙'
    expect([...cjkNodes(source)]).toEqual(parseCjk(source).children)
  })
})

describe('words', () => {
  test('come from Intl.Segmenter with exact UTF-16 offsets, also outside the BMP', () => {
    const source = '𠮷野家电话：0716-5227196。'
    expect(leaves(parseCjk(source), source)).toEqual([
      'Text:𠮷@0-2',
      'Text:野家@2-4',
      'Text:电话@4-6',
      'Punctuation:：@6-7',
      'Text:0716@7-11',
      'Punctuation:-@11-12',
      'Text:5227196@12-19',
      'Punctuation:。@19-20'
    ])
  })

  test('white space runs are one node; symbols one node per character', () => {
    const source = '甲 \u3000乙+丙'
    expect(leaves(parseCjk(source), source)).toEqual([
      'Text:甲@0-1',
      'WhiteSpace: \u3000@1-3',
      'Text:乙@3-4',
      'Symbol:+@4-5',
      'Text:丙@5-6'
    ])
  })

  test('columns count from the start of the line', () => {
    const tree = parseCjk('第一行\n电话')
    const word = paragraphs(tree)[1]?.children[0]
    expect(word?.position).toEqual({
      start: {line: 2, column: 1, offset: 4},
      end: {line: 2, column: 3, offset: 6}
    })
  })

  test('a very long sentence is segmented in chunks without losing text', () => {
    const unit = '法治政府建设𠮷稳步推进'
    const source = unit.repeat(5000)
    const tree = parseCjk(source)
    expect(toString(tree)).toBe(source)
    expect(sentences(tree)).toHaveLength(1)
    // Every leaf maps back to its slice of the source.
    leaves(tree, source)
  })

  test('a long run of digits and symbols stays exact', () => {
    const source = '1'.repeat(3000) + '@'.repeat(2000) + '.'.repeat(2000)
    const tree = parseCjk(source)
    expect(toString(tree)).toBe(source)
    leaves(tree, source)
  })
})

test('wordRanges gives the words parseCjk makes, as offsets', () => {
  const source = 'xx电话：0716-5227196。联系人民群众'
  expect(wordRanges(source, 2).map((range) => source.slice(range.start, range.end))).toEqual([
    '电话',
    '0716',
    '5227196',
    '联系',
    '人民',
    '群众'
  ])
  expect(wordRanges(source, 2, 6)).toEqual([
    {start: 2, end: 4},
    {start: 5, end: 6}
  ])
})

test('retextCjk is a unified parser', () => {
  const tree = unified().use(retextCjk).parse('特此报告。')
  expect(tree).toEqual(parseCjk('特此报告。'))
})
