import emitJson from '@baogao/emit-json'
import parsePlainText from '@baogao/parse-plain-text'
import redactContacts from '@baogao/redact-contacts'
import {compilerStep, parserStep, transformerStep} from '../lib/steps.js'
import {definePipeline} from '../lib/define.js'

/**
 * Plain-text reports (and text dumps of portal pages) to normalized JSON.
 * Redacted like every pipeline whose output leaves Baogao: contact details
 * in the body or the metadata become typed tokens such as `[PHONE]`.
 */
export const textToJson = definePipeline({
  name: 'text-to-json',
  description:
    'Plain-text reports (and text dumps of portal pages) to redacted, normalized JSON, one file per report.',
  parsers: {'plain-text': parserStep(parsePlainText)},
  transformers: [transformerStep(redactContacts)],
  compiler: compilerStep(emitJson),
  extension: '.json'
})
