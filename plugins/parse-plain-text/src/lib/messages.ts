/**
 * vfile messages of this plugin: one `ruleId` per problem, each documented
 * under its own anchor in the README's Messages section.
 */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'

export const source = '@baogao/parse-plain-text'

/** The README of this package; each rule has an anchor there. */
export const readmeUrl = 'https://github.com/baogao/baogao/tree/main/plugins/parse-plain-text'

/** The rules this parser reports. */
export type RuleId = 'body-not-found' | 'damaged-date' | 'empty-document' | 'title-not-found'

/** Add a warning about the content to `file`; never throws. */
export function report(
  file: VFile,
  ruleId: RuleId,
  reason: string,
  place?: Point | Position | undefined
): void {
  const message = file.message(reason, {place, ruleId, source})
  message.url = readmeUrl + '#' + ruleId
}
