/**
 * vfile messages of this plugin: one `ruleId` per problem, each documented
 * under its own anchor in the README's Messages section.
 */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'

export const source = '@baogao/parse-portal-html'

/** The README of this package; each rule has an anchor there. */
export const readmeUrl = 'https://github.com/baogao/baogao/tree/main/plugins/parse-portal-html'

/** The rules this parser reports. */
export type RuleId =
  | 'article-not-found'
  | 'binary-document'
  | 'charset-mismatch'
  | 'damaged-date'
  | 'deep-nesting'
  | 'document-too-large'
  | 'empty-document'
  | 'title-not-found'
  | 'truncated-document'

/** Add a warning about the content to `file`; never throws. */
export function warn(
  file: VFile,
  ruleId: RuleId,
  reason: string,
  place?: Point | Position | undefined
): void {
  const message = file.message(reason, {place, ruleId, source})
  message.url = readmeUrl + '#' + ruleId
}

/**
 * The page is unusable: add a fatal message and throw it, as `file.fail`
 * does, so that a run reports the file as failed and goes on.
 */
export function fail(file: VFile, ruleId: RuleId, reason: string): never {
  const message = file.message(reason, {ruleId, source})
  message.fatal = true
  message.url = readmeUrl + '#' + ruleId
  throw message
}
