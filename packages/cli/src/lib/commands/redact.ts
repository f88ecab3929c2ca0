/**
 * `baogao redact <file|->`: one report with its contact details redacted
 * (`@baogao/redact-contacts`, through `@baogao/pipelines`): as text, as
 * normalized JSON, or the spans found. Never prints a detected value.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import {InputError, checkAndSniff, decodeText, describeFailure, maxInputBytes, readInput, toVFile} from '@baogao/engine'
import type {ReadInput} from '@baogao/engine'
import {createRedactProcessor, redactText} from '@baogao/pipelines'
import type {RedactOptions, RedactProcessor} from '@baogao/pipelines'
import {reporter} from 'vfile-reporter'
import type {CommandSpec} from '../command.js'
import {exitCodes, reportError} from '../command.js'

interface Span {
  start: number
  end: number
  type: string
}

export const redactCommand: CommandSpec = {
  name: 'redact',
  summary: 'redact contact details in one report',
  description: `Redact the contact details in one report (phones, mobiles, faxes, e-mails,
addresses, postcodes, QQ and WeChat ids, contact persons' names) and print
the redacted text, the normalized JSON, or the spans found as JSON
([{"start", "end", "type"}], UTF-16 offsets). Give \`-\` to read stdin. Text
and spans read the input as UTF-8 text as it is (an HTML page as its
source); json parses it first. With --operator hash the key comes from the
BAOGAO_REDACT_SECRET environment variable, never from a flag.`,
  arguments: [{syntax: '<file>', description: 'a report (UTF-8 text or a saved portal page), or - for stdin'}],
  options: [
    {flags: '-f, --format <format>', description: 'what to print', choices: ['text', 'json', 'spans'], defaultValue: 'text'},
    {flags: '--operator <name>', description: 'how values are replaced', choices: ['replace', 'mask', 'hash'], defaultValue: 'replace'},
    {flags: '--labels <language>', description: 'token language ([PHONE] or 【电话】)', choices: ['en', 'zh'], defaultValue: 'en'},
    {flags: '--redact-short-codes', description: 'redact short service numbers (12345, 110) after a phone label too'}
  ],
  helpFooter: `
Exit codes: 0 ok, 1 content errors in the report (json), 2 usage errors, a
missing, empty, binary or non-UTF-8 input, or hash without a secret, 3 a
plugin failed on the input.

Examples:
  baogao redact report.txt
  baogao redact - --format spans < report.txt
  BAOGAO_REDACT_SECRET=… baogao redact page.html --format json --operator hash`,
  async action([file], options, context) {
    const given = String(file)
    const name = given === '-' ? 'stdin' : path.relative(context.cwd, path.resolve(context.cwd, given)).split(path.sep).join('/')
    // commander has checked both against their choices.
    const settings: RedactOptions = {
      operator: options['operator'] as RedactOptions['operator'],
      labels: options['labels'] as RedactOptions['labels'],
      keepShortCodes: options['redactShortCodes'] !== true
    }

    let input: ReadInput
    try {
      input = given === '-' ? await readStdin() : await readInput({path: path.resolve(context.cwd, given), name})
    } catch (error) {
      if (error instanceof InputError) {
        reportError(context, error.message)
        return exitCodes.usage
      }

      throw error
    }

    if (options['format'] !== 'json') {
      let result: {text: string; spans: Array<Span>}
      try {
        result = redactText(decodeText(input.bytes, name), settings)
      } catch (error) {
        reportError(context, (error as Error).message)
        return exitCodes.usage
      }

      context.stdout.write(options['format'] === 'spans' ? JSON.stringify(result.spans) + '\n' : result.text)
      return exitCodes.ok
    }

    let processor: RedactProcessor | undefined
    try {
      processor = createRedactProcessor(input.kind, settings)
    } catch (error) {
      reportError(context, (error as Error).message)
      return exitCodes.usage
    }

    if (processor === undefined) {
      reportError(context, `Cannot redact \`${name}\` as JSON: no installed parser reads \`${input.kind}\` input`)
      return exitCodes.usage
    }

    const vfile = toVFile(input, name)
    try {
      await processor.process(vfile)
    } catch (error) {
      reportError(context, describeFailure(error, name).reason)
      return exitCodes.failed
    }

    const value = String(vfile.value)
    context.stdout.write(value.endsWith('\n') ? value : value + '\n')
    if (vfile.messages.length > 0) context.stderr.write(reporter([vfile], {color: false}) + '\n')
    return vfile.messages.some((message) => message.fatal === true) ? exitCodes.content : exitCodes.ok
  }
}

/** Read stdin to the end, with the checks a file gets. */
async function readStdin(): Promise<ReadInput> {
  const chunks: Array<Uint8Array> = []
  let size = 0
  for await (const chunk of process.stdin as AsyncIterable<Uint8Array>) {
    size += chunk.length
    if (size > maxInputBytes) {
      throw new InputError('too-large', 'stdin', `Cannot process \`stdin\`: unexpected size of more than ${maxInputBytes} bytes, expected at most ${maxInputBytes}`)
    }
    chunks.push(chunk)
  }

  const bytes = Buffer.concat(chunks)
  return {bytes, sha256: createHash('sha256').update(bytes).digest('hex'), kind: checkAndSniff(bytes, 'stdin')}
}
