/**
 * The page walks on their own: how much of the page they read.
 */
import type {Element, Root} from 'hast'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {extractLines} from '../src/lib/extract.ts'
import {isLabel} from '../src/lib/page-fields.ts'
import {parseHtmlTree} from '../src/lib/parse-tree.ts'
import {hasText, measureText} from '../src/lib/scan.ts'

function treeOf(html: string): Root {
  return parseHtmlTree(new VFile({value: html}), 256).tree
}

function byId(tree: Root, id: string): Element {
  const stack: Array<Root['children'][number]> = [...tree.children]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node?.type !== 'element') continue
    if (node.properties['id'] === id) return node
    stack.push(...node.children)
  }

  throw new Error('No element `#' + id + '`')
}

describe('hasText', () => {
  const tree = treeOf(
    '<div id="a"><p>法治政府建设，<a href="/x">相关链接相关链接相关链接相关链接相关链接</a></p>' +
      '<p hidden>隐藏的文字隐藏的文字隐藏的文字隐藏的文字</p><script>var 文字 = 1</script><p>年度报告。</p></div>'
  )

  it('answers as `measureText` does: outside links, hidden elements and scripts', () => {
    const element = byId(tree, 'a')
    expect(measureText([element])).toEqual({text: 12, link: 20})
    expect([11, 12, 13].map((least) => hasText([element], least))).toEqual([true, true, false])
  })
})

describe('extractLines', () => {
  const links = Array.from({length: 30}, (_, index) => '<p>页脚第' + index + '行</p>').join('')
  const html =
    '<body><p>页头</p><div id="zoom"><p>正文第一段。</p></div><p>来源:示例局</p>' +
    links +
    '<p><a href="/files/附件.pdf">附件一</a></p></body>'

  it('reads only the lines wanted after the article, but every attachment link', () => {
    const tree = treeOf(html)
    const page = extractLines(tree, html, [byId(tree, 'zoom')], isLabel, 3)
    expect(page.after.map((line) => line.value)).toEqual(['来源:示例局', '页脚第0行', '页脚第1行'])
    expect(page.attachments).toEqual([{kind: 'attachment', url: '/files/附件.pdf', title: '附件一'}])
    const all = extractLines(tree, html, [byId(tree, 'zoom')], isLabel)
    expect(all.after).toHaveLength(32)
    expect(all.after.slice(0, 3)).toEqual(page.after)
    expect(all.body).toEqual(page.body)
  })
})
