import emitJson from '@baogao/emit-json'
import parsePlainText from '@baogao/parse-plain-text'
import parsePortalHtml from '@baogao/parse-portal-html'
import redactContacts from '@baogao/redact-contacts'
import {compilerStep, parserStep, transformerStep} from '../lib/steps.js'
import {definePipeline} from '../lib/define.js'

/**
 * Government portal pages to normalized JSON: saved or crawled HTML pages
 * (any charset), and text dumps of such pages, one file per report,
 * redacted: portal pages carry office phones, e-mails and addresses.
 */
export const portalToJson = definePipeline({
  name: 'portal-to-json',
  description:
    'Government portal pages (HTML in any charset, or their text dumps) to redacted, normalized JSON, one file per report.',
  parsers: {
    'plain-text': parserStep(parsePlainText),
    'portal-html': parserStep(parsePortalHtml)
  },
  transformers: [transformerStep(redactContacts)],
  compiler: compilerStep(emitJson),
  extension: '.json'
})
