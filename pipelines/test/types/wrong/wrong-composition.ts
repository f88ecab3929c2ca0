/**
 * Wrong compositions without `@ts-expect-error`: this file must NOT
 * compile. The test checks the exact errors, so it fails if the checks of
 * the step constructors stop working.
 */
import {emitJson} from '../../../../plugins/emit-json/src/index.ts'
import {compilerStep, parserStep} from '../../../src/lib/steps.ts'
import {definePipeline} from '../../../src/lib/define.ts'
import {parseText} from '../plugins.ts'

export const compilerAsParser = parserStep(emitJson)
export const parserAsCompiler = compilerStep(parseText)
export const badOptions = compilerStep(emitJson, {indent: 'two'})
export const parserInCompilerSlot = definePipeline({
  name: 'wrong',
  description: 'Wrong.',
  parsers: {'plain-text': parserStep(parseText)},
  compiler: parserStep(parseText),
  extension: '.json'
})
