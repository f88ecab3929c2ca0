import emitJson from '@baogao/emit-json'
import parsePlainText from '@baogao/parse-plain-text'
import {compilerStep, parserStep} from '../lib/steps.js'
import {definePipeline} from '../lib/define.js'

/** Plain-text reports (and text dumps of portal pages) to normalized JSON. */
export const textToJson = definePipeline({
  name: 'text-to-json',
  description:
    'Plain-text reports (and text dumps of portal pages) to normalized JSON, one file per report.',
  parsers: {'plain-text': parserStep(parsePlainText)},
  compiler: compilerStep(emitJson),
  extension: '.json'
})
