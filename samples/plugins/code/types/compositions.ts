/**
 * What a third party's pipeline code may and may not write. Compiled with
 * `tsc -p code/types`: every line marked `@ts-expect-error` must fail to
 * compile, every other line must compile.
 */
import emitJson from '@baogao/emit-json'
import parsePlainText from '@baogao/parse-plain-text'
import {compilerStep, definePipeline, parserStep, transformerStep} from '@baogao/pipelines'
import quantitative from '../../baogao-plugin-quantitative/dist/index.js'

// Right: a rule with a severity tuple, options alone, or a level.
transformerStep(quantitative, ['warn', {minimum: 10}])
transformerStep(quantitative, {minimum: 3, units: ['件', '项']})
transformerStep(quantitative, 'error')
transformerStep(quantitative)

// @ts-expect-error: `minimum` is a number.
transformerStep(quantitative, ['warn', {minimum: '10'}])
// @ts-expect-error: no such option.
transformerStep(quantitative, {maximum: 3})
// @ts-expect-error: no such severity.
transformerStep(quantitative, ['loud', {minimum: 1}])
// @ts-expect-error: a rule is a transformer, not a compiler.
compilerStep(quantitative)
// @ts-expect-error: nor a parser.
parserStep(quantitative)

definePipeline({
  name: 'right-order',
  description: 'Parser, rule, compiler.',
  parsers: {'plain-text': parserStep(parsePlainText)},
  transformers: [transformerStep(quantitative)],
  compiler: compilerStep(emitJson),
  extension: '.json'
})

definePipeline({
  name: 'wrong-order',
  description: 'The rule where the compiler goes.',
  parsers: {'plain-text': parserStep(parsePlainText)},
  // @ts-expect-error: a transformer step in the compiler slot.
  compiler: transformerStep(quantitative),
  extension: '.json'
})

definePipeline({
  name: 'wrong-slot',
  description: 'A compiler among the transformers.',
  parsers: {'plain-text': parserStep(parsePlainText)},
  // @ts-expect-error: a compiler step among the transformers.
  transformers: [compilerStep(emitJson)],
  compiler: compilerStep(emitJson),
  extension: '.json'
})
