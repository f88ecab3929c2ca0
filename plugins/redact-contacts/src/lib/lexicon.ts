/**
 * Words the recognizers look for. Labels are matched on folded text
 * (full-width forms already half-width), ASCII case-insensitively, with up
 * to eight spaces allowed between the characters of a Chinese label
 * (`电  话`, `联 系 人`, padded with U+3000 in portal info blocks).
 */
import type {ContactType} from '@baogao/core'

/**
 * What a label says about the value after it: a contact type, `negative`
 * (an identifier that looks like a number we redact: 网站标识码, ICP, 索引号…)
 * or `neutral` (a label that ends the previous value and says nothing, such
 * as 网址, 主办, 工作时间, or a longer word that must not be read as a shorter
 * label: 网站地址 is not 地址, 微信公众号 is not 微信).
 */
export type LabelKind = ContactType | 'negative' | 'neutral'

export const labelWords: Record<LabelKind, Array<string>> = {
  phone: [
    '电话', '电话号码', '联系电话', '联系方式', '联系号码', '办公电话', '办公室电话',
    '固定电话', '固话', '座机', '座机号码', '总机', '热线', '热线电话', '服务热线',
    '咨询热线', '投诉热线', '举报热线', '咨询电话', '投诉电话', '举报电话', '监督电话',
    '值班电话', '服务电话', '受理电话', '预约电话', '求助电话', '报名电话', '联系热线',
    '来电', '致电', '拨打', '联系人电话', 'tel', 'tel.', 'telephone', 'phone', 'hotline'
  ],
  mobile: ['手机', '手机号', '手机号码', '移动电话', '联系手机', 'mobile', 'mob', 'cell', 'cellphone'],
  fax: ['传真', '传真号', '传真号码', '传真电话', 'fax'],
  email: [
    '邮箱', '电子邮箱', '电子信箱', '电子邮件', '电子邮件地址', '邮件地址', '邮件', '电邮',
    '信箱', '投稿邮箱', '投诉邮箱', '举报邮箱', '联系邮箱', 'e-mail', 'email', 'mail'
  ],
  address: [
    '地址', '通讯地址', '通信地址', '联系地址', '办公地址', '单位地址', '邮寄地址',
    '详细地址', '住址', '家庭住址', '来访地址', '来信地址', '信访地址', '受理地址',
    '窗口地址', '办公地点', '办事地点', '受理地点', '服务地点', '咨询地点', '报名地点',
    '住所', '寄至', '邮寄至', '来信请寄', '来信寄至',
    'address', 'add', 'addr'
  ],
  postcode: ['邮编', '邮政编码', '邮码', '邮递区号', 'zip', 'zip code', 'zipcode', 'postcode', 'post code', 'p.c.'],
  qq: ['qq', 'qq号', 'qq号码', 'qq群', 'qq群号', '扣扣'],
  wechat: [
    '微信', '微信号', '微信号码', '微信id', 'wechat', 'weixin', 'vx', 'wx', 'v信', '微信公众号',
    '公众号', '微信公众平台'
  ],
  name: [
    '联系人', '联系人员', '联络人', '联络员', '联系人姓名', '经办人', '承办人', '受理人',
    '咨询人', '对接人', '收件人', '收信人', '联系人及电话', '联系人及联系电话', '联系人及联系方式',
    '联系人及方式', 'contact', 'contact person'
  ],
  negative: [
    '标识码', '网站标识码', '备案', '备案号', '备案编号', 'icp', 'icp备', 'icp证', '网安备',
    '公网安备', '索引号', '文号', '发文字号', '字号', '编号', '统一社会信用代码',
    '社会信用代码', '信用代码', '组织机构代码', '机构代码', '代码', '税号', '纳税人识别号',
    '识别号', '身份证', '身份证号', '身份证号码', '证件号', '证件号码', '证号', '许可证',
    '许可证号', '注册号', '登记号', '案号', '批准文号', '批准号', '书号', 'isbn', 'issn',
    '刊号', '准印证', '账号', '帐号', '账户', '卡号', '订单号', '流水号', '序号', '工号',
    '学号', '档案号', '合同号', '合同编号', '项目编号', '编码', '代号', '型号', '批次',
    '批号', '车牌', '车牌号', '条形码', '二维码', '验证码', '密码', '日期', '时间',
    '发布时间', '发文日期', '成文日期', '发布日期', '更新时间', '阅读次数', '浏览次数',
    '点击', '点击量', '浏览量', '访问量', '访问次数', '版本', '版本号', 'no', 'no.'
  ],
  neutral: [
    '网站', '网址', '网站地图', '网站地址', '网页地址', '网络地址', 'ip地址', '链接地址',
    '服务器地址', '下载地址', '访问地址', '主办', '承办', '协办', '主管', '技术支持',
    '版权所有', '工作时间', '办公时间', '服务时间', '受理时间', '乘车路线', '公交',
    '微信群', '微信小程序', '视频号', '微博', '抖音号',
    '联系人民', '联系人大', '联系人才', '联系人士', '联系人群', '联系人口', '联系人数'
  ]
}

/**
 * Characters that end a number as a count or measure (`180534件`,
 * `2063.45万元`, `100%`): a digit run followed by one is never a contact.
 */
export const unitCharacters = new Set(
  '件元万亿千百人次个项条份宗起名位年月日号时分秒天周届期家所台辆栋户套篇场册本页章节款吨斤克米亩倍票笔批类种张块部例只头匹枚支盏处间岁代%‰℃度角余多座层楼室'
)

/** File extensions: digits followed by `.jpg`, `.pdf`… are a file name, not a number. */
export const fileExtensions = new Set([
  'jpg', 'jpeg', 'png', 'gif', 'bmp', 'webp', 'tif', 'tiff', 'svg', 'pdf', 'doc', 'docx',
  'xls', 'xlsx', 'ppt', 'pptx', 'txt', 'csv', 'xml', 'json', 'zip', 'rar', '7z', 'gz',
  'html', 'htm', 'shtml', 'jsp', 'asp', 'aspx', 'php', 'mp3', 'mp4', 'avi', 'wps', 'ofd', 'wav'
])

/** Prefixes that make the digits after them a quantity or ordinal (`第`, `￥`). */
export const quantityPrefixes = new Set(['第', '¥', '￥', '$', '€', '£', '约', '共', '计', '达', '超', '近', '逾'])

/** Words after a phone number that introduce an extension (`转8001`). */
export const extensionMarkers = ['转分机', '分机号', '分机', '转', 'ext.', 'ext', 'x']

/**
 * Common single-character surnames (about the 400 most frequent) and the
 * compound ones. The name recognizer trusts a name after `联系人` more when
 * it starts with one of these.
 */
export const singleSurnames = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵩帖蔚'
)

export const compoundSurnames = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文',
  '司徒', '夏侯', '轩辕', '令狐', '钟离', '端木', '独孤', '南宫', '西门', '百里', '呼延',
  '澹台', '公冶', '太史', '申屠', '濮阳', '万俟', '闻人', '赫连', '第五', '东郭', '左丘'
]

/**
 * Honorifics and job titles that may follow a contact person's name
 * (`王女士`, `张科长`); they are redacted with the name.
 */
export const nameTitles = [
  '先生', '女士', '小姐', '同志', '老师', '主任', '副主任', '科长', '副科长', '处长',
  '副处长', '局长', '副局长', '股长', '所长', '站长', '部长', '经理', '书记', '律师',
  '警官', '工程师', '秘书', '干事', '专员', '科员', '队长', '院长', '庭长', '法官',
  '检察官', '会计', '师傅', '总', '工'
]

/**
 * Characters that carry the structure of a Chinese postal address. A value
 * after an address label must hold one of them to count as an address.
 */
export const addressCharacters = new Set('省市区县旗州盟镇乡村街路道巷弄号楼栋幢座层室院园厦组屯庄苑坊湾岛港场馆大道胡同')

/** Administrative units that may precede a road name (`湖北省公安县斗湖堤镇油江路`). */
export const administrativeSuffixes = new Set('省市区县旗州盟镇乡村')

/** Road words that, followed by a house number, make an address on their own. */
export const roadSuffixes = new Set('路街道巷弄')

/** Units after a house number (`122号院3栋201室`). */
export const buildingUnits = ['号院', '号楼', '号', '栋', '幢', '座', '单元', '楼', '层', '室', '院', '铺', '门', '区']

/**
 * Characters that separate an address from the words before it, when
 * reading leftwards from a road name (`搬迁至|油江路122号`).
 */
export const addressLeftBoundaries = new Set('在于至到的和与及是为从向将把对由往赴经处')
