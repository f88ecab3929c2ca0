import type {Root} from '@baogao/core'
import type {Plugin} from 'unified'
import {describe, expect, it} from 'vitest'
import {
  compilerStep,
  createProcessor,
  definePipeline,
  parserStep,
  transformerStep
} from '../src/index.ts'

interface WordsOptions {
  separator?: string | undefined
}

// A tiny report parser: one paragraph per line.
const parseLines: Plugin<[(WordsOptions | null | undefined)?], string, Root> =
  function (options) {
    const separator = options?.separator ?? '\n'
    this.parser = (document) => ({
      type: 'root',
      meta: {
        title: null,
        issuer: null,
        kind: 'unknown',
        year: null,
        published: null,
        signed: null,
        salutation: null,
        source: {kind: 'plain-text', path: null, fields: {}, site: {}, chrome: [], assets: []}
      },
      children: document
        .split(separator)
        .map((line) => ({type: 'paragraph', children: [{type: 'text', value: line}]}))
    })
  }

const upperCase: Plugin<[{suffix: string}], Root> = function (options) {
  return (tree) => {
    for (const child of tree.children) {
      if (child.type !== 'paragraph') continue
      for (const node of child.children) {
        if (node.type === 'text') node.value = node.value.toUpperCase() + options.suffix
      }
    }
  }
}

const appendMark: Plugin<[], Root, Root> = function () {
  return (tree) => {
    tree.children.push({type: 'paragraph', children: [{type: 'text', value: 'end'}]})
  }
}

const countParagraphs: Plugin<[], Root, string> = function () {
  this.compiler = (tree) => `${(tree as Root).children.length} paragraphs: ${JSON.stringify(tree)}`
}

describe('definePipeline', () => {
  it('freezes a definition and lists accepted kinds in canonical order', () => {
    const parser = parserStep(parseLines, {separator: '|'})
    const definition = definePipeline({
      name: 'lines-to-count',
      description: 'Counts lines.',
      parsers: {'portal-html': parser, 'plain-text': parser},
      compiler: compilerStep(countParagraphs),
      extension: '.txt'
    })

    expect(definition).toEqual({
      name: 'lines-to-count',
      description: 'Counts lines.',
      accepts: ['plain-text', 'portal-html'],
      parsers: {'plain-text': parser, 'portal-html': parser},
      transformers: [],
      compiler: {role: 'compiler', name: 'countParagraphs', plugin: countParagraphs, parameters: []},
      extension: '.txt',
      batch: []
    })
    expect(Object.isFrozen(definition)).toBe(true)
    expect(Object.isFrozen(definition.accepts)).toBe(true)
    expect(Object.isFrozen(definition.transformers)).toBe(true)
    expect(parser).toEqual({role: 'parser', name: 'parseLines', plugin: parseLines, parameters: [{separator: '|'}]})
  })

  const base = {
    name: 'ok-name',
    description: 'Something.',
    parsers: {'plain-text': parserStep(parseLines)},
    compiler: compilerStep(countParagraphs),
    extension: '.json'
  }

  it.each([
    [{name: 'Text To JSON'}, 'pipeline `Text To JSON`: unexpected `name`, expected a kebab-case name such as `text-to-json`'],
    [{description: ' '}, 'pipeline `ok-name`: unexpected `description`, expected a non-empty string'],
    [{parsers: {}}, 'pipeline `ok-name`: unexpected `parsers`, expected a parser for at least one source kind'],
    [{parsers: {markdown: parserStep(parseLines)}}, 'pipeline `ok-name`: unexpected `parsers.markdown`, expected a source kind (`plain-text`, `portal-html`)'],
    [{parsers: {'plain-text': compilerStep(countParagraphs)}}, 'pipeline `ok-name`: unexpected `parsers.plain-text`, expected a parser step, got a compiler step'],
    [{parsers: {'plain-text': parseLines}}, 'pipeline `ok-name`: unexpected `parsers.plain-text`, expected a parser step made with `parserStep(plugin, options)`'],
    [{transformers: [parserStep(parseLines)]}, 'pipeline `ok-name`: unexpected `transformers[0]`, expected a transformer step, got a parser step'],
    [{transformers: [transformerStep(upperCase, {suffix: ''}), transformerStep(upperCase, {suffix: '!'})]}, 'pipeline `ok-name`: unexpected `transformers[1]`, expected each transformer once, `upperCase` is repeated'],
    [{compiler: transformerStep(upperCase, {suffix: ''})}, 'pipeline `ok-name`: unexpected `compiler`, expected a compiler step, got a transformer step'],
    [{extension: 'json'}, 'pipeline `ok-name`: unexpected `extension`, expected a lowercase extension with its dot, such as `.json`'],
    [{batch: [{file: '../x.csv', description: 'x', emit: () => new Uint8Array()}]}, 'pipeline `ok-name`: unexpected `batch[0].file`, expected a plain file name such as `summary.xlsx`'],
    [{batch: [{file: 'a/x.csv', description: 'x', emit: () => new Uint8Array()}]}, 'pipeline `ok-name`: unexpected `batch[0].file`, expected a plain file name such as `summary.xlsx`'],
    [{batch: [{file: 'x.csv', description: 'x', emit: () => new Uint8Array()}, {file: 'x.csv', description: 'y', emit: () => new Uint8Array()}]}, 'pipeline `ok-name`: unexpected `batch[1].file`, expected each batch file once, `x.csv` is repeated'],
    [{batch: [{file: 'x.csv', description: '', emit: () => new Uint8Array()}]}, 'pipeline `ok-name`: unexpected `batch[0].description`, expected a non-empty string'],
    [{batch: [{file: 'x.csv', description: 'x', emit: 'no'}]}, 'pipeline `ok-name`: unexpected `batch[0].emit`, expected a function'],
    [{batch: [{file: 'x.csv', description: 'x', emit: () => new Uint8Array(), collect: 'no'}]}, 'pipeline `ok-name`: unexpected `batch[0].collect`, expected a function or nothing']
  ])('rejects a bad definition (%j)', (override, message) => {
    // Definitions written in JavaScript skip the type checks: the runtime
    // checks must catch the same mistakes.
    const init = {...base, ...override} as unknown as Parameters<typeof definePipeline>[0]
    expect(() => definePipeline(init)).toThrow(new TypeError(`@baogao/pipelines: ${message}`))
  })

  it('rejects a step constructor given something other than a function', () => {
    expect(() => parserStep(null as unknown as typeof parseLines)).toThrow(
      new TypeError('@baogao/pipelines: unexpected parser plugin `null`, expected a function')
    )
  })
})

describe('createProcessor', () => {
  const definition = definePipeline({
    name: 'lines-upper',
    description: 'Upper-cases lines.',
    parsers: {'plain-text': parserStep(parseLines, {separator: '|'})},
    transformers: [transformerStep(appendMark), transformerStep(upperCase, {suffix: '!'})],
    compiler: compilerStep(countParagraphs),
    extension: '.txt'
  })

  it('runs parser, transformers in order, then the compiler', async () => {
    const processor = createProcessor(definition, 'plain-text')
    const file = await processor.process('a|b')
    expect(String(file)).toBe(
      '3 paragraphs: ' +
        JSON.stringify({
          type: 'root',
          meta: {title: null, issuer: null, kind: 'unknown', year: null, published: null, signed: null, salutation: null, source: {kind: 'plain-text', path: null, fields: {}, site: {}, chrome: [], assets: []}},
          children: [
            {type: 'paragraph', children: [{type: 'text', value: 'A!'}]},
            {type: 'paragraph', children: [{type: 'text', value: 'B!'}]},
            {type: 'paragraph', children: [{type: 'text', value: 'END!'}]}
          ]
        })
    )
  })

  it('returns a frozen processor', () => {
    const processor = createProcessor(definition, 'plain-text')
    expect(() => processor.use(upperCase, {suffix: ''})).toThrow(/Cannot call `use` on a frozen processor/)
  })

  it('throws for a kind the pipeline does not accept', () => {
    expect(() => createProcessor(definition, 'portal-html')).toThrow(
      new Error('@baogao/pipelines: unexpected source kind `portal-html` for pipeline `lines-upper`, expected `plain-text`')
    )
  })
})
