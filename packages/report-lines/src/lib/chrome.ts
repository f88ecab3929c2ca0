/**
 * Portal chrome: the navigation, banners, page tools and footers that text
 * dumps of government pages keep around the report. Recognised by pattern
 * families, never by exact strings, and only ever applied to lines outside
 * the report body (a body paragraph that mentions 电话 stays body).
 */
import {compact, isWhitespaceCode, stripBullet} from './text.js'

/**
 * Words that make up navigation bars and page tools. A line made only of
 * these (with separators) is chrome: `• 登录`, `中文简体 中文繁体| 无障碍| 适老版`,
 * `打印|关闭`, `[ 关 闭 ]`, `【字体:大 中 小】`.
 */
const toolWords = [
  // Account bars.
  '登录', '登陆', '注册', '用户登录', '用户注册', '个人登录', '法人登录', '单位登录', '个人注册', '法人注册', '退出', '注销', '个人中心', '用户中心', '我的',
  // Accessibility and language toolbars.
  '无障碍', '无障碍阅读', '无障碍浏览', '无障碍服务', '长者模式', '长者版', '关怀版', '关怀模式',
  '适老版', '适老化', '适老化服务', '老年版', '读屏', '读屏专用', '智能问答', '智能客服',
  '简体', '繁体', '繁體', '简体版', '繁体版', '中文简体', '中文繁体', '中文繁體', '简', '繁',
  'English', 'ENGLISH', '英文', '英文版', 'EN', '手机版', '移动版', '移动端', '网站支持IPv6', 'IPv6',
  // Navigation.
  '网站导航', '网站地图', '站点地图', '导航', '首页', '网站首页', '返回首页', '返回顶部', '返回',
  '顶部', '底部', '更多', 'TOP', '上一篇', '下一篇', '上一条', '下一条',
  // Page tools.
  '打印', '打印本页', '打印此页', '打印正文', '打印文章', '我要打印', '关闭', '关闭窗口', '关闭本页',
  '关闭页面', '收藏', '加入收藏', '收藏本页', '设为首页', '分享', '分享到', '分享至', '字体', '字号',
  '大', '中', '小', '默认', '搜索', '高级搜索', '站内搜索', '全站搜索', '全文检索', '扫一扫',
  '手机扫一扫', '微信扫一扫', '用手机扫一扫', '保存', '下载', '朗读', '语音播报', '视力保护色',
  '护眼模式', '护眼', '背景色', '阅读模式', '语音', '语音阅读', '播放', '暂停', '停止', '继续', 'A',
  '纠错', '我要纠错', '找错', '政府网站找错', '复制链接', '链接',
  // Social and contact menus.
  '微信', '微博', '今日头条', 'QQ空间', 'QQ', '政务微博', '政务微信', '新浪微博', '腾讯微博',
  '官方微信', '官方微博', '微信公众号', '公众号', '客户端', '移动客户端', 'APP', 'App', '小程序', '抖音',
  '头条号', '老年模式', '读屏模式', '繁體版', '联系我们', '网站声明', '隐私声明', '关于我们', '使用帮助', '帮助',
  '网站说明', '免责声明', '版权声明', '意见建议', '投诉', '举报', '留言', '在线咨询',
  // Related-content blocks.
  '相关链接', '相关文章', '相关阅读', '相关新闻', '相关信息', '相关附件', '相关文件', '友情链接',
  '热点推荐', '推荐阅读', '相关稿件', '延伸阅读'
]

const toolWordSet = new Set(toolWords)
const longestToolWord = Math.max(...toolWords.map((word) => word.length))

/** Separators between tool words (bars, bullets, brackets, colons), besides whitespace. */
const toolSeparators = new Set(
  '|\uFF5C•·●▪◆■/\\、,\uFF0C:\uFF1A;\uFF1B()\uFF08\uFF09[]【】〖〗〔〕『』<>〈〉《》「」"“”\'‘’-—_=+*#»›→'
)

/** Longest run of tool words on one line. */
const maxToolBar = 80

/**
 * `text` without whitespace and separators, or `null` when more than
 * `maxToolBar` characters are left: read no further than that.
 */
function toolWordsOf(text: string): string | null {
  let bare = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isWhitespaceCode(code) || (code >= 0x200b && code <= 0x200d) || code === 0x2060) continue
    const character = text.charAt(index)
    if (toolSeparators.has(character)) continue
    bare += character
    if (bare.length > maxToolBar) return null
  }

  return bare
}

/** Whether `text` is nothing but tool words and separators. */
function isToolBar(text: string): boolean {
  const bare = toolWordsOf(text)
  if (bare === null || bare.length === 0) return false

  // Word break over the tool vocabulary: reachable[i] says bare[0, i) splits.
  const reachable: Array<boolean> = [true]
  let lastReachable = 0
  for (let end = 1; end <= bare.length; end++) {
    // No word is longer: past a gap of that many, nothing is reachable.
    if (end - lastReachable > longestToolWord) return false
    reachable[end] = false
    for (let size = 1; size <= Math.min(longestToolWord, end); size++) {
      if (reachable[end - size] && toolWordSet.has(bare.slice(end - size, end))) {
        reachable[end] = true
        lastReachable = end
        break
      }
    }
  }

  return reachable[bare.length] === true
}

/** Chrome recognised by what a line says rather than by its words alone. */
const chromePatterns: Array<RegExp> = [
  // Banners and breadcrumbs.
  /^今[天日]是/,
  /^(您的?)?(当前|现在的?|所在)的?位置/,
  /^位置[:\uFF1A]/,
  /^您好/,
  /欢迎(您)?(访问|光临|来到|进入)/,
  /(首页|主页|网站首页)\s*(>|\uFF1E|»|›|→|\/|-|>>)/,
  /^(\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*(星期|周|礼拜)[一二三四五六日天]$/,
  /^(星期|周)[一二三四五六日天]$/,
  // Footers.
  /copyright|版权所有|©|\(c\)\s*\d{4}|all rights reserved/i,
  /ICP\s*(备|证)|ICP\s*[:\uFF1A]?\s*\d|网安备|公网安备|网站标识码|网站识别码|备案(号|编号)?[:\uFF1A]/i,
  /(主办|承办|协办|承建|建设|维护|运维|管理)单位\s*[:\uFF1A]/,
  /(^|\s)(主办|承办|协办)\s*[:\uFF1A]/,
  /(^|\s|[\p{Script=Han}])(主办|承办|管理维护|运行维护|技术维护|技术支持)(\s|$|[:\uFF1A])/u,
  /技术支持\s*[:\uFF1A]|技术支持单位/,
  /建议使用.{0,30}(浏览器|分辨率)|分辨率\s*\d|最佳浏览/,
  // Contact lines (a contact detail is never body outside the report).
  /(电话|联系电话|咨询电话|值班电话|办公电话|传真|电子邮箱|电子邮件|邮箱|E-?mail|地址|通讯地址|联系地址|办公地址|邮编|邮政编码|联系方式|联系人)\s*[:\uFF1A]/i,
  /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}\.[A-Za-z]/,
  // Page tools and counters.
  /(浏览|阅读|点击|访问)(次数|量|数)\s*[:\uFF1A]/,
  /^(上一篇|下一篇|上一条|下一条)/,
  /扫一扫|二维码/,
  /^【?\s*(分享到|分享至)/,
  /【\s*(打印|关闭|字体|字号)/
]

/** Longest line taken as chrome (a footer with many links). */
const maxChromeLength = 400

/** A line of nothing but symbols (`-----`, `|`). */
const symbolsOnly = /^[^\p{L}\p{N}]+$/u

/** Whether a line (outside the report body) is portal chrome. */
export function isChrome(text: string): boolean {
  // Chrome lines are short; a long line is report text.
  if (text.length > maxChromeLength) return false
  const line = stripBullet(text)
  if (line.length === 0) return symbolsOnly.test(text)
  if (symbolsOnly.test(line)) return true
  if (isToolBar(line)) return true
  return chromePatterns.some((pattern) => pattern.test(line))
}

/**
 * A page number of a printed document, as PDF text keeps them inside the
 * body: `— 3 —`, `-12-`, `第3页`, `第 3 页 共 9 页`.
 */
export function isPageNumber(text: string): boolean {
  // Every line is asked: answer most from their ends, which must be a dash,
  // `第` or `页`, before removing whitespace from the whole line.
  let first = 0
  let last = text.length - 1
  while (first <= last && isWhitespaceCode(text.charCodeAt(first))) first++
  while (last > first && isWhitespaceCode(text.charCodeAt(last))) last--
  const head = text.charCodeAt(first)
  const tail = text.charCodeAt(last)
  if (!(isPageDash(head) || head === 0x7b2c) || !(isPageDash(tail) || tail === 0x9875)) {
    return false
  }

  const bare = text.replace(/[\s\u00A0\u3000]+/g, '')
  return (
    /^[-\u2010-\u2015\uFF0D~\uFF5E]+[0-9\uFF10-\uFF19]{1,3}[-\u2010-\u2015\uFF0D~\uFF5E]+$/.test(
      bare
    ) || /^第[0-9\uFF10-\uFF19]{1,3}页([,\uFF0C/]?共[0-9\uFF10-\uFF19]{1,3}页)?$/.test(bare)
  )
}

/** The dashes and tildes around a page number (`— 3 —`, `~12~`). */
function isPageDash(code: number): boolean {
  return (
    code === 0x2d ||
    (code >= 0x2010 && code <= 0x2015) ||
    code === 0xff0d ||
    code === 0x7e ||
    code === 0xff5e
  )
}
