import {readFileSync} from 'node:fs'
import parsePortalHtml from '@baogao/parse-portal-html'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import validateSectionOrder from '../src/index.ts'
import {checkText, seed} from './helpers.ts'

const names: Record<string, string> = {
  '000': '000_c38c80df23ae400c',
  '001': '001_3bbaca17e2977359',
  '002': '002_003a9d8f3bacc8c6',
  '003': '003_8891a8d6d278ec13',
  '004': '004_53ad0b29bc01cca5'
}

/** This plugin's messages without places: what was found, not where. */
function found(file: VFile): Array<string> {
  return file.messages
    .filter((message) => message.source === 'validate-section-order')
    .map((message) => message.ruleId + ' ' + message.reason)
}

test.each(Object.keys(names))('seed %s: its portal page gets the same messages as its text', async (key) => {
  const value = readFileSync(new URL('../../../samples/html/' + names[key] + '.html', import.meta.url))
  const file = new VFile({path: key + '.html', value})
  const processor = unified().use(parsePortalHtml).use(validateSectionOrder)
  await processor.run(processor.parse(file), file)
  const text = await checkText(seed(key))
  expect(found(file)).toEqual(found(text.file))
  expect(file.data.templateParts).toEqual(text.file.data.templateParts)
})
