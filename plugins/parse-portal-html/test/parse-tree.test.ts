import {readdirSync, readFileSync} from 'node:fs'
import type {Nodes, Root} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {parse} from 'parse5'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {decodeHtml} from '../src/lib/decode.ts'
import {parseHtmlTree} from '../src/lib/parse-tree.ts'
import {samplesHtml} from './helpers.ts'

/** hast-util-from-parse5's tree, less what `parseHtmlTree` leaves out. */
function reference(html: string): Root {
  const file = new VFile(html)
  const tree = fromParse5(parse(html, {sourceCodeLocationInfo: true}), {file}) as Root
  delete tree.data
  delete tree.position
  const stack: Array<Nodes> = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'doctype') delete node.position
    if (node.type === 'element' && node.content) delete node.content
    if ('children' in node) stack.push(...node.children)
  }

  return tree
}

function ours(html: string, maxDepth = 1000) {
  return parseHtmlTree(new VFile(html), maxDepth)
}

describe('parseHtmlTree', () => {
  it('gives the hast of hast-util-from-parse5 for every sample page', () => {
    const names = readdirSync(samplesHtml).filter((name) => name.endsWith('.html'))
    expect(names.length).toBe(5)
    for (const name of names) {
      const decoded = decodeHtml(new Uint8Array(readFileSync(new URL(name, samplesHtml))), null)
      const html = decoded?.value ?? ''
      expect(ours(html)).toEqual({tree: reference(html), flattened: 0})
    }
  })

  it('types properties as hastscript does and ends unclosed elements at their last child', () => {
    const html =
      '<!doctype html><div class=" a  B " id=x hidden data-info-id="7" style="color:red">' +
      '<table><tr><td colspan="2" rowspan="x">甲&amp;乙</td></tr></table>' +
      '<input type=checkbox checked=checked><img src="a.png" alt="图">' +
      '<svg viewBox="0 0 1 1"><foreignObject>文</foreignObject></svg>' +
      '<p>未闭合<span>段落\r\n</div><template><p>模板</p></template><!-- 注释 -->'
    expect(ours(html)).toEqual({tree: reference(html), flattened: 0})
  })

  it('gives the same positions where parse5 moves, reopens and merges nodes', () => {
    const html =
      // Formatting elements reopened in the next paragraph, adoption agency.
      '<p><b>一<i>二<p>三</b>四</i>五' +
      '<div><a href="#">甲<div>乙</a>丙</div>' +
      // Text fostered out of a table, and text merged across an ignored end tag.
      '<table>丁<tr><td>戊</td></tr></table>己</span>庚\r\n辛&nbsp;壬'
    expect(ours(html)).toEqual({tree: reference(html), flattened: 0})
  })

  it('flattens elements below `maxDepth` into their ancestor, in document order', () => {
    const {tree, flattened} = ours('<div><p><b><i>一</i>二</b>三</p></div>', 4)
    const body = (tree.children[0] as any).children[1]
    const div = body.children[0]
    // html 1, body 2, div 3, p 4: below `p`, everything is lifted.
    const p = div.children[0]
    expect(p.children.map((node: any) => node.type === 'text' ? node.value : node.tagName + ':' + node.children.length)).toEqual(['b:0', 'i:0', '一', '二', '三'])
    expect(flattened).toBe(2)
  })
})
