/**
 * A pipeline composed in TypeScript, with Baogao's plugins and a
 * third-party rule, exported as a pipeline module the engine can load (in
 * its worker threads too).
 */
import {createPipelineModule} from '@baogao/config'
import emitJson from '@baogao/emit-json'
import parsePlainText from '@baogao/parse-plain-text'
import {compilerStep, definePipeline, parserStep, transformerStep} from '@baogao/pipelines'
import redactContacts from '@baogao/redact-contacts'
import validateSectionOrder from '@baogao/validate-section-order'
// Installed, this is `import quantitative from 'baogao-plugin-quantitative'`.
import quantitative from '../../baogao-plugin-quantitative/dist/index.js'

export const checkedJson = definePipeline({
  name: 'checked-json',
  description: 'Plain-text reports to checked, redacted JSON, flagging reports with fewer than ten quantitative indicators.',
  parsers: {'plain-text': parserStep(parsePlainText)},
  transformers: [
    transformerStep(validateSectionOrder, {profile: 'annual-report'}),
    transformerStep(redactContacts),
    transformerStep(quantitative, ['warn', {minimum: 10}])
  ],
  compiler: compilerStep(emitJson),
  extension: '.json'
})

// The engine imports this module by URL and asks it for pipelines by name.
export const {pipelines, getPipeline, createProcessor} = createPipelineModule([checkedJson])
