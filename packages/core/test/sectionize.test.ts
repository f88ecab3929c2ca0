import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import type {
  Block,
  Node,
  Paragraph,
  Section,
  Table
} from '../src/index.ts'
import {sectionize} from '../src/index.ts'
import {fileFor, linesToBlocks} from './helpers.ts'

type Output = Paragraph | Section | Table

function point(line: number, column: number, offset: number) {
  return {line, column, offset}
}

/** One line per node: sections as `depth marker title`, paragraphs as `P …`. */
function outline(nodes: Array<Node>, indent = ''): Array<string> {
  const lines: Array<string> = []
  for (const node of nodes as Array<Output>) {
    if (node.type === 'section') {
      const [head, ...rest] = node.children
      const title =
        head?.type === 'heading'
          ? (head.runIn ? '[run-in] ' : '') +
            head.children.map((child) => ('value' in child ? child.value : '')).join('')
          : '?'
      lines.push(
        `${indent}${node.depth} ${node.numbering?.marker ?? '-'} ${title}`.trimEnd(),
        ...outline(rest, indent + '  ')
      )
    } else if (node.type === 'paragraph') {
      const enumeration = node.children.find((child) => child.type === 'enumeration')
      const items =
        enumeration?.type === 'enumeration'
          ? ' [' + enumeration.children.map((item) => item.numbering.marker).join(' ') + ']'
          : ''
      lines.push(`${indent}P ${textOf(node)}${items}`)
    } else {
      lines.push(`${indent}T`)
    }
  }

  return lines
}

function textOf(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node && Array.isArray(node.children))
    return (node.children as Array<Node>).map(textOf).join('')
  return ''
}

function run(source: string) {
  const file = fileFor(source)
  const tree = sectionize(linesToBlocks(source), file)
  return {tree, file, outline: outline(tree)}
}

describe('sectionize', () => {
  test('builds the exact tree with positions for a run-in heading and an enumeration', () => {
    const source =
      '现将情况报告如下:\n一、加强领导\n(一)认真研究。根据安排,一是学习,二是部署。'
    const {tree, file} = run(source)
    expect(file.messages).toEqual([])
    expect(tree).toEqual([
      {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            value: '现将情况报告如下:',
            position: {start: point(1, 1, 0), end: point(1, 10, 9)}
          }
        ],
        position: {start: point(1, 1, 0), end: point(1, 10, 9)}
      },
      {
        type: 'section',
        depth: 1,
        numbering: {marker: '一、', ordinal: 1, style: '一、'},
        children: [
          {
            type: 'heading',
            runIn: false,
            children: [
              {
                type: 'text',
                value: '加强领导',
                position: {start: point(2, 3, 12), end: point(2, 7, 16)}
              }
            ],
            position: {start: point(2, 1, 10), end: point(2, 7, 16)}
          },
          {
            type: 'section',
            depth: 2,
            numbering: {marker: '(一)', ordinal: 1, style: '(一)'},
            children: [
              {
                type: 'heading',
                runIn: true,
                children: [
                  {
                    type: 'text',
                    value: '认真研究。',
                    position: {start: point(3, 4, 20), end: point(3, 9, 25)}
                  }
                ],
                position: {start: point(3, 1, 17), end: point(3, 9, 25)}
              },
              {
                type: 'paragraph',
                children: [
                  {
                    type: 'text',
                    value: '根据安排,',
                    position: {start: point(3, 9, 25), end: point(3, 14, 30)}
                  },
                  {
                    type: 'enumeration',
                    style: '一是',
                    children: [
                      {
                        type: 'enumerationItem',
                        numbering: {marker: '一是', ordinal: 1, style: '一是'},
                        children: [
                          {
                            type: 'text',
                            value: '一是学习,',
                            position: {start: point(3, 14, 30), end: point(3, 19, 35)}
                          }
                        ],
                        position: {start: point(3, 14, 30), end: point(3, 19, 35)}
                      },
                      {
                        type: 'enumerationItem',
                        numbering: {marker: '二是', ordinal: 2, style: '一是'},
                        children: [
                          {
                            type: 'text',
                            value: '二是部署。',
                            position: {start: point(3, 19, 35), end: point(3, 24, 40)}
                          }
                        ],
                        position: {start: point(3, 19, 35), end: point(3, 24, 40)}
                      }
                    ],
                    position: {start: point(3, 14, 30), end: point(3, 24, 40)}
                  }
                ],
                position: {start: point(3, 9, 25), end: point(3, 24, 40)}
              }
            ],
            position: {start: point(3, 1, 17), end: point(3, 24, 40)}
          }
        ],
        position: {start: point(2, 1, 10), end: point(3, 24, 40)}
      }
    ])
  })

  test('returns blocks before the first section as a preamble', () => {
    expect(run('标题\n市人民政府:\n现将有关情况报告如下:').outline).toEqual([
      'P 标题',
      'P 市人民政府:',
      'P 现将有关情况报告如下:'
    ])
  })

  test('keeps lines that start with numbers as paragraphs', () => {
    expect(
      run(
        '一、主要成效\n2020年,按照中央的要求。\n1-10月,全县共受理案件。\n2.5亿元用于法治建设。\n3·15活动\n12.3%的增长\n2019年度工作'
      ).outline
    ).toEqual([
      '1 一、 主要成效',
      '  P 2020年,按照中央的要求。',
      '  P 1-10月,全县共受理案件。',
      '  P 2.5亿元用于法治建设。',
      '  P 3·15活动',
      '  P 12.3%的增长',
      '  P 2019年度工作'
    ])
  })

  test('nests a skipped level under the current section', () => {
    expect(
      run('一、甲\n1.子一\n2.子二\n二、乙\n(一)丙\n1.丁').outline
    ).toEqual([
      '1 一、 甲',
      '  2 1. 子一',
      '  2 2. 子二',
      '1 二、 乙',
      '  2 (一) 丙',
      '    3 1. 丁'
    ])
  })

  test('keeps numbering that continues across parents at one level', () => {
    const {outline: lines, file} = run(
      '一、甲\n(一)乙\n1.子一\n2.子二\n(二)丙\n3.子三\n4.子四\n二、丁\n(一)戊'
    )
    expect(lines).toEqual([
      '1 一、 甲',
      '  2 (一) 乙',
      '    3 1. 子一',
      '    3 2. 子二',
      '  2 (二) 丙',
      '    3 3. 子三',
      '    3 4. 子四',
      '1 二、 丁',
      '  2 (一) 戊'
    ])
    expect(file.messages).toEqual([])
  })

  test('closes a lower-ranked open style before a higher-ranked new one', () => {
    expect(run('一、甲\n1.子一\n(一)乙\n(1)丙\n1.丁').outline).toEqual([
      '1 一、 甲',
      '  2 1. 子一',
      '  2 (一) 乙',
      '    3 (1) 丙',
      '    3 1. 丁'
    ])
  })

  test('mixes half- and full-width markers of one style', () => {
    expect(run('一、甲\n（一）乙\n(二)丙\n１．丁\n2.戊').outline).toEqual([
      '1 一、 甲',
      '  2 （一） 乙',
      '  2 (二) 丙',
      '    3 １． 丁',
      '    3 2. 戊'
    ])
  })

  test('nests full-width numbering under parts', () => {
    const {outline: lines, file} = run(
      '第一部分 2021年工作情况\n一、加强党的领导\n（一）提高站位。全年召开会议12次。\n（二）\u00a0压实责任\n１．建立清单。建立责任清单。\n２．\u3000强化考核。纳入考核。\n二、推进依法行政\n第二部分 存在的问题\n第三部分：2022年工作打算'
    )
    expect(lines).toEqual([
      '1 第一部分 2021年工作情况',
      '  2 一、 加强党的领导',
      '    3 （一） [run-in] 提高站位。',
      '      P 全年召开会议12次。',
      '    3 （二） 压实责任',
      '      4 １． [run-in] 建立清单。',
      '        P 建立责任清单。',
      '      4 ２． [run-in] 强化考核。',
      '        P 纳入考核。',
      '  2 二、 推进依法行政',
      '1 第二部分 存在的问题',
      '1 第三部分： 2022年工作打算'
    ])
    expect(file.messages).toEqual([])
  })

  test('splits run-in headings and keeps heading-only lines whole', () => {
    expect(
      run(
        '(一)稳妥推进各项行政审批制度改革,完善政府职能。\n1.“一窗式改革进一步深化。2019年,我县办理各类事项。'
      ).outline
    ).toEqual([
      '1 (一) 稳妥推进各项行政审批制度改革,完善政府职能。',
      '  2 1. [run-in] “一窗式改革进一步深化。',
      '    P 2019年,我县办理各类事项。'
    ])
  })

  test('makes a long numbered line a numbered paragraph with an empty heading', () => {
    const body =
      '铁东区区委区政府党政领导班子成员特别是党政主要负责人认真研读习近平总书记全面依法治国新理念新思想新战略主要内容。领会基本精神。'
    const {tree} = run('三、有关情况\n1.' + body)
    expect(outline(tree)).toEqual(['1 三、 有关情况', '  2 1.', '    P ' + body])
    const numbered = (tree[0] as Section).children[1] as Section
    expect(numbered.children[0]).toEqual({
      type: 'heading',
      runIn: false,
      children: [],
      position: {start: point(2, 1, 7), end: point(2, 3, 9)}
    })
  })

  test('takes the title of a marker alone on its line from the next line', () => {
    const {tree} = run('一、\n加强组织领导\n正文。')
    expect(outline(tree)).toEqual(['1 一、 加强组织领导', '  P 正文。'])
    expect((tree[0] as Section).children[0]?.position).toEqual({
      start: point(1, 1, 0),
      end: point(2, 7, 9)
    })
  })

  test('nests unnumbered markup headings one level under the current section', () => {
    const blocks: Array<Block> = linesToBlocks('一、甲\n小标题一\n正文\n小标题二\n二、乙')
    for (const index of [1, 3]) {
      const block = blocks[index]
      if (block?.kind === 'text') block.heading = true
    }

    expect(outline(sectionize(blocks, fileFor('')))).toEqual([
      '1 一、 甲',
      '  2 - 小标题一',
      '    P 正文',
      '  2 - 小标题二',
      '1 二、 乙'
    ])
  })

  test('does not split a markup heading at its sentence end', () => {
    const blocks = linesToBlocks('(一)认真研究。根据安排')
    const block = blocks[0]
    if (block?.kind === 'text') block.heading = true
    expect(outline(sectionize(blocks, fileFor('')))).toEqual([
      '1 (一) 认真研究。根据安排'
    ])
  })

  test('passes tables through in place', () => {
    const table: Table = {type: 'table', children: []}
    const blocks: Array<Block> = [
      ...linesToBlocks('一、甲'),
      {kind: 'table', table}
    ]
    const tree = sectionize(blocks, fileFor(''))
    expect((tree[0] as Section).children[1]).toBe(table)
  })

  test('continues a paragraph-start enumeration after sub-sections', () => {
    expect(
      run(
        '(二)检查落实。组织推进工作。\n一是提高素养。1.健全制度。\n2.推行学法。坚决贯彻。\n3.重视导向。牢牢抓住。\n二是强化监督。把依法办事作为内容。\n三是凝聚合力。全面排查。\n(三)找补短板。把工作重心放在弱项上。'
      ).outline
    ).toEqual([
      '1 (二) [run-in] 检查落实。',
      '  P 组织推进工作。',
      '  P 一是提高素养。1.健全制度。 [一是]',
      '  2 2. [run-in] 推行学法。',
      '    P 坚决贯彻。',
      '  2 3. [run-in] 重视导向。',
      '    P 牢牢抓住。',
      '  P 二是强化监督。把依法办事作为内容。 [二是]',
      '  P 三是凝聚合力。全面排查。 [三是]',
      '1 (三) [run-in] 找补短板。',
      '  P 把工作重心放在弱项上。'
    ])
  })

  test('continues an enumeration begun in a run-in body', () => {
    expect(
      run('(二)检查落实。一是加强建设。\n二是规范执法。\n三是开展宣传。').outline
    ).toEqual([
      '1 (二) [run-in] 检查落实。',
      '  P 一是加强建设。 [一是]',
      '  P 二是规范执法。 [二是]',
      '  P 三是开展宣传。 [三是]'
    ])
  })

  test('does not take `二是` without an earlier `一是` for an enumeration', () => {
    expect(run('一、甲\n二是规范执法。').outline).toEqual([
      '1 一、 甲',
      '  P 二是规范执法。'
    ])
  })

  test('leaves numbering discipline to validators: a gap gives no message', () => {
    const {file, outline} = run('一、甲\n三、乙\n(一)丙')
    expect(outline).toEqual(['1 一、 甲', '1 三、 乙', '  2 (一) 丙'])
    expect(file.messages).toEqual([])
  })
})

describe('sectionize on the samples', () => {
  const folder = new URL('../../../samples/text/', import.meta.url)
  const names = readdirSync(folder).filter((name) => name.endsWith('.txt'))

  test('there are samples to check', () => {
    expect(names.length).toBeGreaterThanOrEqual(5)
  })

  for (const name of names) {
    test(`${name}: every character lands in a node, at its position`, () => {
      const source = readFileSync(new URL(name, folder), 'utf8')
      const blocks = linesToBlocks(source)
      const tree = sectionize(blocks, fileFor(source))
      const pieces: Array<string> = []

      const visit = (node: Node): void => {
        if (node.type === 'section') {
          const section = node as Section
          if (section.numbering) pieces.push(section.numbering.marker)
        }

        if (node.type === 'text' && 'value' in node) {
          const value = node.value as string
          pieces.push(value)
          const {start, end} = node.position ?? {}
          expect(source.slice(start?.offset, end?.offset)).toBe(value)
        }

        if ('children' in node) for (const child of node.children as Array<Node>) visit(child)
      }

      for (const node of tree) visit(node)
      const squash = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, '')
      expect(squash(pieces.join(''))).toBe(
        squash(blocks.map((block) => (block.kind === 'text' ? block.value : '')).join(''))
      )
    })
  }
})
