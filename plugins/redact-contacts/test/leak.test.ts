import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import redactContacts, {redactText} from '../src/index.ts'
import {assertNoLeak, findLeaks, stringsOf} from './leak.ts'
import {unmark} from './marks.ts'
import {meta, paragraphs} from './trees.ts'

const corpus = readFileSync(new URL('fixtures/corpus/contacts.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.length > 0 && !line.startsWith('#'))
  .map(unmark)

describe('the leak helper', () => {
  test('finds a value in any width, spacing or nesting', () => {
    const value = '0716-5227196'
    expect(
      [
        '电话：０７１６ ５２２７１９６',
        {deep: ['x', {value: '(0716)5227196'}]},
        new TextEncoder().encode('07165227196'),
        new Error('bad 0716 - 5227196')
      ].map((output) => findLeaks([output], [value]).length)
    ).toEqual([1, 1, 1, 1])
  })

  test('does not flag masks and tokens', () => {
    expect(findLeaks(['0716-*******', '139****5678', '[PHONE:3f2a9c1b]', 'g***@gongan.gov.cn'], ['0716-5227196', '13912345678', 'gaxzfwz@gongan.gov.cn'])).toEqual([])
  })

  test('names leaks by index only', () => {
    expect(() => assertNoLeak(['a 13912345678'], ['13912345678'])).toThrow(
      'Unexpected contact values in outputs (value index → output index): 0→0'
    )
    try {
      assertNoLeak(['a 13912345678'], ['13912345678'])
    } catch (error) {
      expect(stringsOf(error).join(' ')).not.toContain('13912345678')
    }
  })
})

describe('no leaks through the plugin', () => {
  const source = corpus.map(({text}) => text).join('\n')
  // The text around the contacts, to drop values that also occur there
  // (a QQ number `12345678` is also in `苏ICP备12345678号`).
  const around = corpus.map(({text, spans}) => {
    let rest = text
    for (const span of [...spans].reverse()) rest = rest.slice(0, span.start) + '\n' + rest.slice(span.end)
    return rest
  })
  const values = corpus
    .flatMap(({text, spans}) => spans.map((span) => text.slice(span.start, span.end)))
    .filter((value) => value.length >= 4 && findLeaks(around, [value]).length === 0)

  for (const options of [{}, {labels: 'zh'}, {operator: 'mask'}, {operator: 'hash', secret: 's'}] as const) {
    test('`' + JSON.stringify(options) + '`: no value in the tree, file data, messages or file', async () => {
      const tree = paragraphs(source)
      tree.meta = meta({
        issuer: corpus[0]!.text,
        source: {
          kind: 'portal-html',
          path: null,
          fields: {联系方式: corpus[1]!.text},
          site: {Description: corpus[2]!.text},
          chrome: corpus.slice(3, 40).map(({text}) => text),
          assets: [{kind: 'attachment', url: 'mailto:gaxzfwz@gongan.gov.cn', title: corpus[40]!.text}]
        }
      })
      const file = new VFile({value: 'not used', path: 'report.txt'})
      const result = await unified().use(redactContacts, {...options, audit: true}).run(tree, file)

      expect(values.length).toBeGreaterThan(400)
      expect(file.data.redactions?.total).toBeGreaterThan(values.length)
      assertNoLeak([result, file.data, file.messages, stringsOf(file.history)], values)
    })
  }

  test('option errors carry no secret', () => {
    let message = ''
    try {
      redactText('', {operator: 'hash', secret: 'top-secret-value', labels: 'xx' as 'zh'})
    } catch (error) {
      message = (error as Error).message
    }

    expect(message).toBe('redactText: option `labels` must be `en` or `zh`')
  })
})
