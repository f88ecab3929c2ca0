import emitJson from '@baogao/emit-json'
import parsePlainText from '@baogao/parse-plain-text'
import parsePortalHtml from '@baogao/parse-portal-html'
import redactContacts from '@baogao/redact-contacts'
import validateSectionOrder from '@baogao/validate-section-order'
import {compilerStep, parserStep, transformerStep} from '../lib/steps.js'
import {definePipeline} from '../lib/define.js'

/**
 * What ops run from cron: portal pages and plain text (told apart by
 * content), checked against the report template, redacted, one normalized
 * JSON file per report and one summary workbook per run.
 *
 * The validator runs before the redactor so that it sees the headings as
 * written; its messages quote markers, part names, years and dates only,
 * never text. The redactor runs before the compiler, and the engine makes
 * each summary row from the tree after every transformer, so neither the
 * JSON nor the workbook (nor the cache, which keeps the rows) ever sees a
 * contact detail.
 */
export const nightly = definePipeline({
  name: 'nightly',
  description:
    'Portal pages and plain-text reports to checked, redacted JSON, one file per report, with a summary workbook (summary.xlsx) for the run.',
  parsers: {
    'plain-text': parserStep(parsePlainText),
    'portal-html': parserStep(parsePortalHtml)
  },
  transformers: [
    // Profile `auto`: the template follows the report kind.
    transformerStep(validateSectionOrder),
    // Operator `replace`: typed tokens such as `[PHONE]`.
    transformerStep(redactContacts)
  ],
  compiler: compilerStep(emitJson),
  extension: '.json',
  batch: [
    {
      file: 'summary.xlsx',
      description:
        'Excel summary: a row per report (Reports), per heading (Sections) and per message (Messages).',
      // Loaded in the main thread only: SheetJS takes about a second to
      // load, which every worker thread would pay. In chunks: the engine
      // writes them as they come, so the workbook of a large run is never
      // held whole.
      async emit(rows, context) {
        const {streamSummaryWorkbook} = await import('@baogao/emit-xlsx-summary')
        return streamSummaryWorkbook(rows, {temporaryFile: context?.temporaryFile})
      },
      // What the engine uses: rows rendered while the workers convert, so
      // the run does not end with the whole workbook to make.
      async collect(context) {
        const {collectSummaryWorkbook} = await import('@baogao/emit-xlsx-summary')
        return collectSummaryWorkbook({temporaryFile: context?.temporaryFile})
      }
    }
  ]
})
