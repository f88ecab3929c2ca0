/**
 * Right compositions compile; each wrong one is marked `@ts-expect-error`,
 * and an unused `@ts-expect-error` is itself an error, so this file only
 * compiles when every wrong composition is rejected.
 */
import {emitJson} from '../../../plugins/emit-json/src/index.ts'
import parsePlainText from '../../../plugins/parse-plain-text/src/index.ts'
import {
  compilerStep,
  parserStep,
  transformerStep
} from '../../src/lib/steps.ts'
import {definePipeline, type PipelineDefinition} from '../../src/lib/define.ts'
import {createProcessor, type PipelineProcessor} from '../../src/lib/processor.ts'
import {emitBytes, lint, parseText, redact, untyped} from './plugins.ts'

// --- Right compositions.

const parser = parserStep(parseText, {strict: true})
const realParser = parserStep(parsePlainText, {chrome: false})
const json = definePipeline({
  name: 'text-to-json',
  description: 'Plain text to JSON.',
  parsers: {'plain-text': parser, 'portal-html': parserStep(parseText)},
  transformers: [transformerStep(redact, {replacement: '[电话]'}), transformerStep(lint, ['warn', {keywords: ['特此报告']}]), transformerStep(lint)],
  compiler: compilerStep(emitJson, {indent: 0}),
  extension: '.json',
  batch: [{file: 'summary.xlsx', description: 'One row per report.', emit: (rows) => new Uint8Array([...rows].length)}]
})

// The compiler's result type flows to the processor.
const jsonProcessor: PipelineProcessor<string> = createProcessor(json, 'plain-text')
const text: string = jsonProcessor.stringify(jsonProcessor.parse(''))
const bytes = createProcessor(definePipeline({name: 'b', description: 'b', parsers: {'plain-text': parser}, compiler: compilerStep(emitBytes), extension: '.bin'}), 'plain-text')
const written: Uint8Array = bytes.stringify(bytes.parse(''))
// Any definition fits the registry's type.
const registered: PipelineDefinition = json
void [text, written, registered, realParser]

// --- Wrong roles in the step constructors.

// @ts-expect-error a compiler is not a parser
parserStep(emitJson)
// @ts-expect-error the real parser is not a compiler
compilerStep(parsePlainText)
// @ts-expect-error the real parser's `chrome` option is a boolean
parserStep(parsePlainText, {chrome: 'yes'})
// @ts-expect-error a transformer is not a parser
parserStep(redact, {replacement: 'x'})
// @ts-expect-error a parser is not a transformer
transformerStep(parseText)
// @ts-expect-error a compiler is not a transformer
transformerStep(emitJson)
// @ts-expect-error a parser is not a compiler
compilerStep(parseText)
// @ts-expect-error a transformer is not a compiler
compilerStep(redact, {replacement: 'x'})
// @ts-expect-error an untyped function has no role
parserStep(untyped)

// --- Wrong options, inferred from the plugin.

// @ts-expect-error `indent` is a number
compilerStep(emitJson, {indent: '2'})
// @ts-expect-error emit-json has no `pretty` option
compilerStep(emitJson, {pretty: true})
// @ts-expect-error `redact` requires its options
transformerStep(redact)
// @ts-expect-error `replacement` is a string
transformerStep(redact, {replacement: 1})
// @ts-expect-error severity first, as a tuple
transformerStep(lint, {keywords: []})
// @ts-expect-error `emitBytes` takes no parameters
compilerStep(emitBytes, {})
// @ts-expect-error one options object only
parserStep(parseText, {}, {})

// --- Steps and plugins in the wrong slots of a definition.

const base = {name: 'x', description: 'x', extension: '.json', compiler: compilerStep(emitJson)}
// @ts-expect-error a compiler step as a parser
definePipeline({...base, parsers: {'plain-text': compilerStep(emitJson)}})
// @ts-expect-error a bare plugin instead of a step
definePipeline({...base, parsers: {'plain-text': parseText}})
// @ts-expect-error a parser step as a transformer
definePipeline({...base, parsers: {'plain-text': parser}, transformers: [parser]})
// @ts-expect-error a parser step as the compiler
definePipeline({...base, parsers: {'plain-text': parser}, compiler: parser})
// @ts-expect-error a transformer step as the compiler
definePipeline({...base, parsers: {'plain-text': parser}, compiler: transformerStep(redact, {replacement: ''})})
// @ts-expect-error an unknown source kind
definePipeline({...base, parsers: {markdown: parser}})
// @ts-expect-error a batch output that returns a string
definePipeline({...base, parsers: {'plain-text': parser}, batch: [{file: 'a.csv', description: 'a', emit: () => 'a,b'}]})
// @ts-expect-error the processor of a JSON pipeline gives strings, not bytes
const wrongResult: PipelineProcessor<Uint8Array> = jsonProcessor
void wrongResult
