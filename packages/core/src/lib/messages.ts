import type {VFileMessage} from 'vfile-message'

/** A vfile message as Baogao's outputs record it (JSON, workbook). */
export interface MessageRecord {
  ruleId: string | null
  source: string | null
  severity: 'error' | 'warning' | 'info'
  reason: string
  line: number | null
  column: number | null
}

/** vfile's `fatal` flag (true / false / undefined) as a severity word. */
export function severityOf(message: VFileMessage): MessageRecord['severity'] {
  if (message.fatal === true) return 'error'
  if (message.fatal === false) return 'warning'
  return 'info'
}

export function toMessageRecord(message: VFileMessage): MessageRecord {
  return {
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    severity: severityOf(message),
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null
  }
}
