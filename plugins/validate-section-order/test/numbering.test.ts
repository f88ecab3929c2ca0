import {describe, expect, test} from 'vitest'
import {bodyTree, brief, check, own} from './helpers.ts'

const none = {profile: 'none'} as const

async function numbering(source: string, options = {}) {
  return own(await check(bodyTree(source), {...none, ...options})).filter((line) =>
    / numbering-/.test(line)
  )
}

describe('numbering-sequence', () => {
  test('accepts 1, 2, 3 at every level', async () => {
    expect(
      await numbering(['一、甲', '(一)子', '1.孙', '2.孙', '(二)子', '二、乙', '三、丙'].join('\n'))
    ).toEqual([])
  })

  test('reports a gap at the number after it', async () => {
    expect(await numbering(['一、甲', '二、乙', '四、丁', '五、戊'].join('\n'))).toEqual([
      '3:1 numbering-sequence Unexpected number `四、`, expected `三、`'
    ])
  })

  test('reports a repeat', async () => {
    expect(await numbering(['一、甲', '二、乙', '二、乙', '三、丙'].join('\n'))).toEqual([
      '3:1 numbering-sequence Unexpected repeated number `二、`, expected `三、`'
    ])
  })

  test('reports both sections of a swap and nothing after', async () => {
    expect(
      await numbering(['(一)甲', '(三)丙', '(二)乙', '(四)丁'].join('\n'))
    ).toEqual([
      '2:1 numbering-sequence Unexpected number `(三)`, expected `(二)`',
      '3:1 numbering-sequence Unexpected number `(二)`, expected `(三)`'
    ])
  })

  test('reports an extra section once when the count resumes after it', async () => {
    expect(await numbering(['(一)甲', '(四)丁', '(二)乙', '(三)丙'].join('\n'))).toEqual([
      '2:1 numbering-sequence Unexpected number `(四)`, expected `(二)`'
    ])
  })

  test('reports a swap at the end of a level', async () => {
    expect(await numbering(['1.甲', '2.乙', '4.丁', '3.丙'].join('\n'))).toEqual([
      '3:1 numbering-sequence Unexpected number `4.`, expected `3.`',
      '4:1 numbering-sequence Unexpected number `3.`, expected `4.`'
    ])
  })

  test('reports a first section that is not 1', async () => {
    expect(await numbering(['二、乙', '三、丙'].join('\n'))).toEqual([
      '1:1 numbering-sequence Unexpected number `二、`, expected `一、`'
    ])
  })

  test('reports a renumbered section once', async () => {
    expect(await numbering(['1.甲', '2.乙', '7.丙', '4.丁'].join('\n'))).toEqual([
      '3:1 numbering-sequence Unexpected number `7.`, expected `3.`'
    ])
  })

  test('writes the expected marker in the shape as written', async () => {
    expect(await numbering(['（一）甲', '（三）丙'].join('\n'))).toEqual([
      '2:1 numbering-sequence Unexpected number `（三）`, expected `（二）`'
    ])
    expect(await numbering(['十九、甲', '二十一、乙'].join('\n'))).toEqual([
      '1:1 numbering-sequence Unexpected number `十九、`, expected `一、`',
      '2:1 numbering-sequence Unexpected number `二十一、`, expected `二、`'
    ])
  })

  test('accepts numbering restarted under each parent', async () => {
    expect(
      await numbering(['(一)甲', '1.a', '2.b', '(二)乙', '1.c', '2.d', '(三)丙', '1.e'].join('\n'))
    ).toEqual([])
  })

  test('accepts numbering continued across parents when the report does so', async () => {
    const source = ['(一)甲', '1.a', '2.b', '3.c', '(二)乙', '4.d', '5.e', '(三)丙', '6.f'].join('\n')
    expect(await numbering(source)).toEqual([])
    // …and reports a gap in it.
    expect(await numbering(source.replace('5.e', '7.e'))).toEqual([
      '7:1 numbering-sequence Unexpected number `7.`, expected `5.`'
    ])
  })

  test('accepts continued numbering that restarts under a new grandparent', async () => {
    expect(
      await numbering(
        ['一、甲', '(一)a', '1.x', '2.x', '(二)b', '3.x', '二、乙', '(一)c', '1.y', '(二)d', '2.y'].join('\n')
      )
    ).toEqual([])
  })

  test('reports the odd parent out when the report mostly restarts', async () => {
    expect(
      await numbering(
        ['(一)甲', '1.a', '2.b', '(二)乙', '1.c', '(三)丙', '2.d', '(四)丁', '1.e'].join('\n')
      )
    ).toEqual(['7:1 numbering-sequence Unexpected number `2.`, expected `1.`'])
  })

  test('can be told how numbering relates across parents', async () => {
    const source = ['(一)甲', '1.a', '(二)乙', '2.b'].join('\n')
    expect(await numbering(source)).toEqual([])
    expect(
      await numbering(source, {rules: {'numbering-sequence': ['warn', {continuation: 'restart'}]}})
    ).toEqual(['4:1 numbering-sequence Unexpected number `2.`, expected `1.`'])
    expect(
      await numbering(['(一)甲', '1.a', '(二)乙', '1.b'].join('\n'), {
        rules: {'numbering-sequence': ['warn', {continuation: 'continue'}]}
      })
    ).toEqual(['4:1 numbering-sequence Unexpected number `1.`, expected `2.`'])
  })

  test('accepts numbers written inline in the paragraph before', async () => {
    // `(四)问题整治。1.围绕…` then `2. 探索…` on the next line (seed 003).
    expect(
      await numbering(['(一)甲', '(二)问题整治。1.围绕中心工作开展检查。', '2. 探索容错机制。'].join('\n'))
    ).toEqual([])
    expect(
      await numbering(['(一)甲', '一是提高素养。1.健全学法制度。', '2.推行三制度。', '3.重视导向。'].join('\n'))
    ).toEqual([])
  })

  test('does not take decimals or an inline list that goes on for inline numbers', async () => {
    expect(await numbering(['(一)甲', '投入1.5亿元。', '2.乙'].join('\n'))).toEqual([
      '3:1 numbering-sequence Unexpected number `2.`, expected `1.`'
    ])
    expect(
      await numbering(['(一)甲', '1.a', '措施有:1.x;2.y;3.z。', '3.c'].join('\n'))
    ).toEqual(['4:1 numbering-sequence Unexpected number `3.`, expected `2.`'])
  })
})

describe('numbering-style', () => {
  test('reports a variant marker of the same level', async () => {
    expect(await numbering(['一、甲', '二、乙', '三.丙'].join('\n'))).toEqual([
      '3:1 numbering-style Unexpected marker style `一.` in `三.`, expected `一、` as elsewhere at this level'
    ])
  })

  test('compares shapes: full-width beside half-width brackets', async () => {
    expect(await numbering(['一、甲', '(一)a', '（二）b', '(三)c'].join('\n'))).toEqual([
      '3:1 numbering-style Unexpected marker style `（一）` in `（二）`, expected `(一)` as elsewhere at this level'
    ])
    expect(
      await numbering(['一、甲', '(一)a', '（二）b', '(三)c'].join('\n'), {
        rules: {'numbering-style': ['warn', {ignoreWidth: true}]}
      })
    ).toEqual([])
  })

  test('compares across parents, `1.` beside `1、`', async () => {
    expect(
      await numbering(['(一)甲', '1.a', '2.b', '(二)乙', '1、c', '2、d', '(三)丙', '1.e'].join('\n'))
    ).toEqual([
      '5:1 numbering-style Unexpected marker style `1、` in `1、`, expected `1.` as elsewhere at this level',
      '6:1 numbering-style Unexpected marker style `1、` in `2、`, expected `1.` as elsewhere at this level'
    ])
  })
})

describe('numbering-nesting', () => {
  test('accepts a parent whose children all skip a level (seed 000 part 三)', async () => {
    expect(
      await numbering(['一、甲', '(一)a', '1.x', '二、乙', '1.y', '2.z'].join('\n'))
    ).toEqual([])
  })

  test('reports a whole-group skip with `allowSkip: false`', async () => {
    expect(
      await numbering(['一、甲', '(一)a', '1.x', '二、乙', '1.y', '2.z'].join('\n'), {
        rules: {'numbering-nesting': ['error', {allowSkip: false}]}
      })
    ).toEqual([
      '5:1 numbering-nesting Unexpected `1.` directly under `二、`, expected a `(一)` level in between'
    ])
  })

  test('reports sections that skip a level beside siblings that do not', async () => {
    // The `(一)` heading was dropped: its `1.`, `2.` sit beside `(二)`.
    expect(
      await numbering(['一、甲', '1.x', '2.y', '(二)b', '1.z'].join('\n'))
    ).toEqual([
      '2:1 numbering-nesting Unexpected `1.` under `一、` beside `(二)`, expected it under a `(一)` section',
      '4:1 numbering-sequence Unexpected number `(二)`, expected `(一)`'
    ])
  })

  test('reports a section written with a lower level marker (demoted)', async () => {
    expect(await numbering(['(一)甲', '2.乙', '(三)丙'].join('\n'))).toEqual([
      '2:1 numbering-nesting Unexpected `2.` at this level, expected `(二)` beside `(一)`'
    ])
  })

  test('reports a section written with a higher level marker (promoted)', async () => {
    expect(
      await numbering(['(一)甲', '1.a', '2.b', '3.c', '(四)d', '5.e', '(二)乙'].join('\n'))
    ).toEqual([
      '5:1 numbering-nesting Unexpected `(四)` at this level, expected `4.` under `(一)`'
    ])
  })

  test('does not take a renumbered first child for a promoted parent', async () => {
    // `(三)`'s first child renumbered `4.`: `(三)` fits its own sequence.
    expect(
      await numbering(['(一)甲', '(二)乙', '1.a', '2.b', '(三)丙', '4.c', '2.d'].join('\n'))
    ).toEqual(['6:1 numbering-sequence Unexpected number `4.`, expected `1.`'])
  })

  test('reports a level nested under a lower one', async () => {
    // Core's sectionizer never builds this; other parsers may.
    const tree = bodyTree(['1.甲', '2.乙'].join('\n'))
    const [first, second] = tree.children
    if (first?.type !== 'section' || second?.type !== 'section') throw new Error('Unexpected tree')
    second.numbering = {marker: '(一)', ordinal: 1, style: '(一)'}
    first.children.push(second)
    tree.children = [first]
    expect(brief(await check(tree, none))).toEqual(['2 numbering-nesting'])
    expect(own(await check(tree, none))[0]).toBe(
      '2:1 numbering-nesting Unexpected `(一)` under `1.`, expected a level below `1.` such as `(1)`'
    )
  })
})
