/**
 * Per-file data shared between plugins, declared on vfile's `DataMap` so
 * that no plugin needs to import another to read it.
 */
import type {} from 'vfile'
import type {ContactType} from './ast.js'

/** How many contact details a redactor replaced, by type. */
export interface RedactionCounts {
  total: number
  byType: Record<ContactType, number>
}

/** Where a redaction happened; never the value. */
export interface RedactionAuditEntry {
  type: ContactType
  /** `line:column` in the source, or the metadata field name. */
  place: string
}

/** The parts of the official annual-report template (see BRIEF.md). */
export type TemplatePart =
  | 'measures'
  | 'shortcomings'
  | 'duty'
  | 'plans'
  | 'other'

declare module 'vfile' {
  interface DataMap {
    /** Set by a redactor: counts by contact type. */
    redactions: RedactionCounts
    /** Set by a redactor when asked for an audit list. */
    redactionAudit: Array<RedactionAuditEntry>
    /** Set by a template validator: which template parts were found. */
    templateParts: Partial<Record<TemplatePart, boolean>>
  }
}

/** Zero counts for every contact type. */
export function emptyRedactionCounts(): RedactionCounts {
  return {
    total: 0,
    byType: {
      phone: 0,
      mobile: 0,
      fax: 0,
      email: 0,
      address: 0,
      postcode: 0,
      qq: 0,
      wechat: 0,
      name: 0
    }
  }
}
