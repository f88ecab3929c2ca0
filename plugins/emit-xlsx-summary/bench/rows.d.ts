import type {DocumentSummary} from '@baogao/core'

export interface SyntheticOptions {
  documents: number
  headings?: number
  messages?: number
  seed?: number
}

export function syntheticSummaries(options: SyntheticOptions): Generator<DocumentSummary>
