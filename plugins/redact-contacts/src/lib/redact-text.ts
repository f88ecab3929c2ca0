/**
 * `redactText`: a string in, the string with every contact detail replaced
 * and the spans found.
 */
import {type ContactSpan, findContactsResolved} from './find-contacts.js'
import {createReplacer, type Replacer} from './operators.js'
import {type Options, resolveOptions, type Settings} from './options.js'

export interface RedactResult {
  /** `text` with each detected value replaced. */
  text: string
  /** What was found, as offsets into the input `text`. */
  spans: Array<ContactSpan>
}

/**
 * Redact `text` as the plugin redacts a text node (same options; `audit`
 * is ignored). Throws on bad options.
 */
export function redactText(text: string, options?: Options | null): RedactResult {
  const settings = resolveOptions(options, 'redactText')
  return redactWith(text, settings, createReplacer(settings.operator, settings.labels, settings.secret))
}

export function redactWith(text: string, settings: Settings, replace: Replacer): RedactResult {
  const spans = findContactsResolved(text, settings)
  return {text: applySpans(text, spans, replace), spans}
}

export function applySpans(text: string, spans: Array<ContactSpan>, replace: Replacer): string {
  let result = ''
  let last = 0
  for (const span of spans) {
    result += text.slice(last, span.start) + replace(text.slice(span.start, span.end), span.type)
    last = span.end
  }

  return result + text.slice(last)
}
