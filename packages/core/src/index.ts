export type {
  Asset,
  Closing,
  ClosingData,
  ContactType,
  Data,
  Enumeration,
  EnumerationData,
  EnumerationItem,
  EnumerationItemData,
  FieldKey,
  Heading,
  HeadingData,
  Literal,
  Node,
  Nodes,
  Note,
  NoteData,
  Numbering,
  NumberingStyle,
  Paragraph,
  ParagraphContent,
  ParagraphContentMap,
  ParagraphData,
  Parent,
  PhrasingContent,
  PhrasingContentMap,
  Redacted,
  RedactedData,
  ReportKind,
  ReportMeta,
  Root,
  RootContent,
  RootContentMap,
  RootData,
  Salutation,
  SalutationData,
  Section,
  SectionContent,
  SectionContentMap,
  SectionData,
  Signatory,
  SignatoryData,
  Signature,
  SignatureContent,
  SignatureContentMap,
  SignatureData,
  SignatureDate,
  SignatureDateData,
  SourceInfo,
  SourceKind,
  Table,
  TableCell,
  TableCellData,
  TableData,
  TableRow,
  TableRowData,
  Text,
  TextData,
  Title,
  TitleData
} from './lib/ast.js'
export type {Block, TableBlock, TextBlock} from './lib/blocks.js'
export {
  closing,
  emptyMeta,
  enumeration,
  enumerationItem,
  heading,
  note,
  numbering,
  paragraph,
  redacted,
  root,
  salutation,
  section,
  signatory,
  signature,
  signatureDate,
  table,
  tableCell,
  tableRow,
  text,
  title
} from './lib/builders.js'
export type {
  CheckTreeOptions,
  ContentModel,
  NodeTypeSpec,
  TreeProblem
} from './lib/check-tree.js'
export {checkTree, registerNodeType} from './lib/check-tree.js'
export type {DateMatch, FoundDate} from './lib/dates.js'
export {findDates, parseDate} from './lib/dates.js'
export type {
  RedactionAuditEntry,
  RedactionCounts,
  TemplatePart
} from './lib/file-data.js'
export {emptyRedactionCounts} from './lib/file-data.js'
export type {
  EnumerationMarker,
  EnumerationStyle,
  FindEnumerationOptions
} from './lib/enumeration.js'
export {findEnumeration, parseEnumerationMarker} from './lib/enumeration.js'
export type {MessageRecord} from './lib/messages.js'
export {severityOf, toMessageRecord} from './lib/messages.js'
export type {NumberingMatch} from './lib/numbering.js'
export {isSpace, numberingRank, parseNumbering} from './lib/numbering.js'
export {parseChineseNumeral, toHalfWidthDigits} from './lib/numerals.js'
export {addRuleMessage, defineRule, isPlainObject, resolveRuleSetting, resolveRuleSettings, RuleOptionError, type ActiveSeverity, type OptionField, type Place, type ResolvedRule, type ResolvedRules, type RuleContext, type RuleDefaults, type RuleMessageExtra, type RuleMeta, type RulePlugin, type RuleSetting, type RuleSettings, type Severity, type SeverityLevel} from './lib/rule.js'
export type {RunInOptions, RunInSplit} from './lib/run-in.js'
export {findFirstSentenceEnd, splitRunIn} from './lib/run-in.js'
export type {SectionizeOptions} from './lib/sectionize.js'
export {sectionize} from './lib/sectionize.js'
export type {DocumentSummary, HeadingRecord} from './lib/summary.js'
export {headingTitle, toText} from './lib/to-text.js'
export {failedSummary, sectionPathSegment, summarize, type SummarizeOptions} from './lib/summarize.js'
