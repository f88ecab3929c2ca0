/**
 * The page metadata of the 政府网站发展指引 (2017): `<meta name="SiteName"
 * content="…">` and friends. Real pages change the case (`contentSource`),
 * repeat tags, leave them empty, or omit them: names are matched without
 * case, the first non-empty value wins, and every tag is optional.
 */
import type {Element} from 'hast'
import {attribute} from './hast.js'

/** The tag names, as the guideline writes them. */
export const siteMetaNames = [
  'SiteName',
  'SiteDomain',
  'SiteIDCode',
  'ColumnName',
  'ColumnDescription',
  'ColumnKeywords',
  'ColumnType',
  'ArticleTitle',
  'PubDate',
  'ContentSource',
  'Keywords',
  'Author',
  'Description',
  'Image',
  'Url'
] as const

export type SiteMetaName = (typeof siteMetaNames)[number]

const byLowerCase = new Map<string, SiteMetaName>(
  siteMetaNames.map((name) => [name.toLowerCase(), name])
)

/** Read the guideline's tags from `<meta>` elements, keyed by canonical name. */
export function readSiteMeta(metas: Array<Element>): Partial<Record<SiteMetaName, string>> {
  const site: Partial<Record<SiteMetaName, string>> = {}

  for (const meta of metas) {
    const name = byLowerCase.get(attribute(meta, 'name').trim().toLowerCase())
    if (name === undefined || site[name] !== undefined) continue
    const content = attribute(meta, 'content').replace(/\s+/g, ' ').trim()
    if (content !== '') site[name] = content
  }

  return site
}
