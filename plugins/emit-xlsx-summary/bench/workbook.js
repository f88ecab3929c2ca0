#!/usr/bin/env node
/**
 * Benchmark of the summary workbook (run after `npm run build`):
 *
 *     node plugins/emit-xlsx-summary/bench/workbook.js [documents] [headings] [messages]
 *
 * Prints one JSON line: rows per sheet, milliseconds, output bytes, the
 * number of chunks, and the process's peak RSS. Rows are generated lazily
 * and the stream is drained (its bytes counted, not kept), so the RSS is
 * the workbook's own streaming cost. Run each size in a fresh process.
 */
import process from 'node:process'
import {streamSummaryWorkbook} from '@baogao/emit-xlsx-summary'
import {syntheticSummaries} from './rows.js'

export function benchSummaryWorkbook({documents, headings = 40, messages = 3}) {
  const started = performance.now()
  let bytes = 0
  let chunks = 0
  for (const chunk of streamSummaryWorkbook(syntheticSummaries({documents, headings, messages}))) {
    bytes += chunk.byteLength
    chunks++
  }
  const milliseconds = Math.round(performance.now() - started)
  return {
    documents,
    sectionRows: documents * headings,
    messageRows: documents * messages,
    milliseconds,
    bytes,
    chunks,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024)
  }
}

const [documents = '10000', headings = '40', messages = '3'] = process.argv.slice(2)
console.log(JSON.stringify(benchSummaryWorkbook({
  documents: Number(documents),
  headings: Number(headings),
  messages: Number(messages)
})))
