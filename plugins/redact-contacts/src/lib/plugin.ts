/**
 * The unified transformer: redact every text run of the report tree and
 * the metadata strings, count what was redacted by type in
 * `file.data.redactions`, and list `{type, place}` in
 * `file.data.redactionAudit` when asked.
 */
import type {RedactionAuditEntry, Root} from '@baogao/core'
import {emptyRedactionCounts} from '@baogao/core'
import type {Plugin} from 'unified'
import {redactMeta} from './meta.js'
import {createReplacer} from './operators.js'
import {type Options, resolveOptions} from './options.js'
import {redactNode, type Redaction} from './tree.js'

/**
 * Redact contact details (phones, mobiles, faxes, e-mails, addresses,
 * postcodes, QQ and WeChat ids, contact persons' names) in a Baogao report
 * tree. Options are checked when the plugin is attached.
 */
export const redactContacts: Plugin<[(Options | null | undefined)?], Root, Root> = function (options) {
  const settings = resolveOptions(options)
  const replace = createReplacer(settings.operator, settings.labels, settings.secret)

  return (tree, file) => {
    const counts = file.data.redactions ?? emptyRedactionCounts()
    const audit: Array<RedactionAuditEntry> = []
    const record = (redaction: Redaction) => {
      counts.total++
      counts.byType[redaction.type]++
      if (settings.audit) audit.push(redaction)
    }

    redactNode(tree, settings, replace, record)
    if (tree.meta) redactMeta(tree.meta, settings, replace, record)

    file.data.redactions = counts
    if (settings.audit) file.data.redactionAudit = [...(file.data.redactionAudit ?? []), ...audit]
  }
}
