/**
 * A portal page → report tree: decode, parse, find the article, cut the
 * page into lines, read the report's layout with the text rules, assemble.
 */
import type {Root} from '@baogao/core'
import {root} from '@baogao/core'
import {compact, isDateLine, isTitleLike, readLayout, splitLines} from '@baogao/report-lines'
import type {Element} from 'hast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {assemble} from './assemble.js'
import {chooseContainer} from './container.js'
import {decodeHtml} from './decode.js'
import {extractLines} from './extract.js'
import {fail, warn} from './messages.js'
import {findTitleLine, syntheticLine, titleElementLine} from './page-title.js'
import {isLabel, readOutsideFields, trimEditorLines} from './page-fields.js'
import {parseHtmlTree} from './parse-tree.js'
import {scanPage} from './scan.js'
import {readSiteMeta} from './site-meta.js'
import {buildVirtualText, createLocator, dedupeBody, pointOf} from './virtual.js'

export interface ParseSettings {
  /** Charset to assume when the page declares none. */
  encoding: string | null
  /** Largest page, in bytes. */
  maxSize: number
  /** Deepest element nesting kept as is. */
  maxDepth: number
}

/** How many lines after the container may still hold the article's fields. */
const fieldsAfterReach = 8

/** How many lines before the container may hold a bare publication date. */
const dateReach = 6

export function parsePortal(document: string, file: VFile, settings: ParseSettings): Root {
  const text = decodeInput(document, file, settings)
  const {tree, flattened} = parseHtmlTree(file, settings.maxDepth)

  if (flattened > 0) {
    warn(
      file,
      'deep-nesting',
      'Unexpected elements nested deeper than `' +
        settings.maxDepth +
        '`, expected at most `' +
        settings.maxDepth +
        '` levels; flattened `' +
        flattened +
        '` elements'
    )
  }

  if (/<html[\s>]/i.test(text.slice(0, 4096)) && !hasHtmlEndTag(text.slice(-4096))) {
    warn(
      file,
      'truncated-document',
      'Unexpected end of page before `</html>`, expected a complete page; the article may be cut short'
    )
  }

  const scan = scanPage(tree)
  const container = chooseContainer(tree, scan)
  if (container === null) {
    fail(
      file,
      'article-not-found',
      'Unexpected page without article text, expected paragraphs of Chinese text'
    )
  }

  const site = readSiteMeta(scan.metas)
  const page = extractLines(tree, text, container.nodes, isLabel, fieldsAfterReach)
  const editor = trimEditorLines(page.body)
  const outside = readOutsideFields([
    ...page.before,
    ...page.info,
    ...editor.lines,
    ...page.after.slice(0, fieldsAfterReach)
  ])
  const nearDates = page.before
    .slice(-dateReach)
    .filter((line) => isDateLine(line.value))
    .map((line) => line.value)

  const titleLine =
    findTitleLine(page.before, site.ArticleTitle) ??
    (site.ArticleTitle !== undefined && isTitleLike(compact(site.ArticleTitle))
      ? syntheticLine(site.ArticleTitle, metaOffset(scan.metas, 'articletitle'))
      : titleElementLine(scan.title, text))

  const virtual = buildVirtualText(titleLine, dedupeBody(page.body))
  const place = location(text)
  const locator = createLocator(place, virtual.map, text.length)
  const layout = readLayout(splitLines(virtual.value), {chrome: true})
  const {children, meta} = assemble(
    layout,
    virtual,
    locator,
    (offset) => pointOf(place, offset, text.length),
    file,
    {
      fields: outside.fields,
      dates: [...outside.dates, ...nearDates],
      site,
      assets: [...page.images, ...page.attachments],
      chrome: editor.written
    }
  )

  if (layout.body.length === 0) {
    warn(
      file,
      'article-not-found',
      'Unexpected article without body text, expected paragraphs or sections'
    )
  }

  if (meta.title === null) {
    const first = layout.body[0]
    warn(
      file,
      'title-not-found',
      'Unexpected page without report title, expected a title such as `…2020年法治政府建设工作报告`',
      first ? locator.point(first.start) : undefined
    )
  }

  return root(meta, children, {
    start: pointOf(place, 0, text.length),
    end: pointOf(place, text.length, text.length)
  })
}

/**
 * Bytes (or a string) → the decoded page, which replaces `file.value` so
 * that positions and message places refer to it. Fails the file when the
 * page is unusable.
 */
function decodeInput(document: string, file: VFile, settings: ParseSettings): string {
  const value = file.value
  const bytes = value instanceof Uint8Array ? value : null
  const size = bytes === null ? document.length : bytes.length

  if (size > settings.maxSize) {
    fail(
      file,
      'document-too-large',
      'Unexpected page of `' +
        size +
        '` bytes, expected at most `' +
        settings.maxSize +
        '` (option `maxSize`)'
    )
  }

  let text = document
  if (bytes !== null) {
    const decoded = decodeHtml(bytes, settings.encoding, document)
    if (decoded === null) {
      fail(file, 'binary-document', 'Unexpected binary data, expected an HTML page')
    }

    if (decoded.mismatch && decoded.declared !== null) {
      warn(
        file,
        'charset-mismatch',
        'Unexpected bytes for declared charset `' +
          decoded.declared +
          '`, expected `' +
          decoded.encoding +
          '`; decoded as `' +
          decoded.encoding +
          '`'
      )
    }

    text = decoded.value
  } else if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1)
  }

  if (text.trim() === '') {
    fail(file, 'empty-document', 'Unexpected empty page, expected HTML')
  }

  file.value = text
  return text
}

/**
 * Whether `tail` holds `</html>` (any case, spaces before `>`): tried at
 * each `</` from the end, where it stands in a complete page, rather than
 * searched for from the start of the tail.
 */
function hasHtmlEndTag(tail: string): boolean {
  const endTag = /<\/html\s*>/iy
  for (let at = tail.lastIndexOf('</'); at !== -1; at = at > 0 ? tail.lastIndexOf('</', at - 1) : -1) {
    endTag.lastIndex = at
    if (endTag.test(tail)) return true
  }

  return false
}

/** Offset of the first `<meta name>` of that name, for synthetic lines. */
function metaOffset(metas: Array<Element>, name: string): number {
  const meta = metas.find(
    (element) => String(element.properties['name'] ?? '').toLowerCase() === name
  )
  return meta?.position?.start.offset ?? 0
}
