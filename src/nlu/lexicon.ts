// The NLU's vocabulary, as data: which everyday words (Chinese and English, Yunnan's included)
// point to which industry, purpose, service, size, command or cue. Every pattern runs on
// normalize()d text: Simplified, lowercase, NFKC (full-width punctuation is ASCII). Precedence
// lives here too, next to the words it arbitrates, so the rules can be read in one place.

import type { Command } from './types';
import type { IndustryId, PurposeId, ServiceId, SizeClass } from '../knowledge/ids';
import type { Locale } from '../locale';

// ---------------------------------------------------------------------------------------------
// Industries. The highest priority found wins; equal priorities go to the earliest in the text.
// - 30 processing/manufacturing: "茶叶加工厂" is industry, the crop word does not count.
// - 26 growing/raising verbs and farm forms: a cooperative that also sells is still a farm.
// - 25 a business form that names its trade (客栈, 餐馆, 物流公司, 批发, 旅行社...).
// - 20 shops and online shops (retail): "卖茶叶的网店" is retail; 20 also the standard's "other"
//   row (clinics, salons, repairs).
// - 11 a shop of no named kind (门面, 再开一家店): beats a product or 做...生意 ("做服装生意，有个门面").
// - 10 a product on its own (茶叶, 咖啡, 菌子): Yunnan's "做茶叶的" most often means growing;
//   "做...生意" (trading it) as weak, and first in the text when both are there.
// - 5-8 weak words (物流, 快递, 仓库, 旅游) that many trades mention in passing.
// A match at WEAK_INDUSTRY_PRIORITY or below is only a hint: it fills an empty industry, but it
// does not overturn one already given when the message is about something else ("we need 2
// million to buy raw tea before the harvest" from a tea exporter is not a farm), unless the
// message says it corrects ("其实", "actually").
// ---------------------------------------------------------------------------------------------

export const WEAK_INDUSTRY_PRIORITY = 12;

export interface IndustryRule {
  id: IndustryId;
  priority: number;
  re: RegExp;
}

export const INDUSTRY_RULES: readonly IndustryRule[] = [
  {
    id: 'industry',
    priority: 30,
    re: /加工|工厂|(?<!新)厂(?![房家商])|制造|生产(?:家具|服装|食品|饮料|白酒|啤酒|茶饮料|核桃油|菜籽油|建材|砖|水泥)|初制所|精制|制茶|炒茶|酿酒|酒厂|咖啡烘焙|烘焙厂|\broaster(?:y|ies|s)?\b|\b(?:roast|process)(?:s|es|ed|ing)?\s+(?:our own\s+)?(?:\w+\s+)?(?:coffee|tea|beans|nuts|walnuts|food|fruits?|mushrooms?|meat|rubber|sugar ?cane|grain|rice|timber|wood|leaves)\b|\bfactor(?:y|ies)\b|\bmanufactur\w*|\b(?:make|makes|making|produce|produces|producing)\s+(?:our own\s+)?(?:\w+\s+){0,2}(?:oil|furniture|wine|beer|liquor|spirits|juice|clothes|clothing|garments|shoes|bricks|cement|paper|soap|cosmetics|medicines?|sauces?|tofu|paint|parts|textiles|fabrics?|packaging|handicrafts|jewel(?:le)?ry|pottery|ceramics)\b|(?<!payment |card |data )\bprocessing\b|\bprocessors?\b|\bmills?\b/,
  },
  {
    id: 'agriculture',
    priority: 26,
    re: /种植|种(?:茶|花|菜|咖啡|水果|果树|果子|菌|蘑菇|核桃|三七|烟|甘蔗|玉米|稻|水稻|橡胶|药材|树|地|蔬菜)|养殖|养(?:猪|牛|羊|鸡|鸭|鹅|鱼|蜂|蚕)|合作社|农场|农业(?!银行|发展银行)|(?<![从向跟帮给替和与])(?:农户|农民|茶农|花农|菜农|果农)|果园|茶园|茶山|咖啡园|咖啡庄园|林业|畜牧|渔业|采茶|(?<!\b(?:from|with|for|to|help|helps|helping)\s(?:(?:the|local|small|nearby|tea|coffee|flower|fruit|many|other)\s)*)\bfarm(?:s|ing|ers?)?\b|\bplantations?\b|\borchards?\b|\bcooperatives?\b|\bco-?ops?\b|\blivestock\b|\bfisher(?:y|ies)\b|\bbeekeep\w*|\bgrow(?:s|ing)? (?:our own )?(?:tea|coffee|flowers?|fruits?|vegetables?|mushrooms?|rice|crops?|walnuts?)\b|(?<!\b(?:from|with|for|to|help|helps|helping)\s(?:(?:the|local|small|nearby|many|other)\s)*)(?:\b(?:tea|coffee|flower|fruit|vegetable|mushroom) (?:growers?|growing|farm\w*|gardens?|estates?)\b|\bgrowers?\b)/,
  },
  {
    id: 'wholesale',
    priority: 25,
    re: /批发|贸易|进出口|外贸|边贸|经销|分销|(?:生鲜|食材|蔬菜|水果|农产品|肉类|冻品)配送|代理商|出口|进口(?!设备|的设备)|(?<!\bsole )\btrad(?:e|es|ing|ers?)\b(?!\s+(?:fairs?|shows?|finance|credit))|\bborder trade\b|\b(?:jade|gem|tea|coffee) business\b|\bwholesal\w*|\bimport(?:s|ing|ers?)?\b|\bexport(?:s|ing|ers?)?\b|\bdistribut\w*/,
  },
  {
    id: 'accommodation',
    priority: 25,
    re: /客栈|民宿|酒店|宾馆|旅馆|旅店|招待所|青旅|青年旅舍|住宿|\bhotels?\b|\binns?\b|\bguest ?houses?\b|\bhostels?\b|\bhome ?stays?\b|\bb&b\b|\bbed and breakfast\b|\blodges?\b|\bmotels?\b|\bresorts?\b/,
  },
  {
    id: 'catering',
    priority: 25,
    re: /农家乐|餐馆|餐厅|饭店|饭馆|米线|米粉|面馆|小吃|餐饮|火锅|烧烤|快餐|食堂|早餐店|奶茶|咖啡(?:店|馆|厅)|茶馆|茶室|饮品店|烘焙|面包店|甜品|\brestaurants?\b|\bnoodles?\b|\bcaf[eé]s?\b|\bcoffee ?(?:shops?|houses?|bars?)\b|\btea ?houses?\b|\bsnacks?\b|\bfood ?stalls?\b|\bcatering\b|\bbakery\b|\bbakeries\b|\bbistros?\b|\bcanteens?\b|\bbarbecue\b|\bbbq\b|\bhot ?pot\b/,
  },
  {
    id: 'transport',
    priority: 25,
    re: /物流公司|做物流|搞物流|跑物流|冷链(?:物流|运输|配送)|物流(?:业|行业|生意|运输)|货运|运输|车队|出租车|的士|网约车|客运|\blogistics\b|\bfreight\b|\btrucking\b|\bhaulage\b|\btaxis?\b|\btransport(?:ation)?\b|\bshipping company\b|\bbus company\b/,
  },
  { id: 'transport', priority: 5, re: /物流|配送/ },
  {
    id: 'warehousing',
    priority: 25,
    re: /仓储|冷库|\bwarehous\w*|\bcold storage\b|\bstorage (?:company|business|services?)\b/,
  },
  { id: 'warehousing', priority: 8, re: /仓库|\bstorage\b/ },
  {
    id: 'postal',
    priority: 25,
    re: /快递(?:公司|点|站|网点|员|业|行业|生意|代理|加盟)|(?:做|搞|跑|送)快递|驿站|\bcouriers?\b|\bexpress delivery (?:company|business|service)\b|\bparcel (?:delivery|service)\b|\bpostal\b/,
  },
  { id: 'postal', priority: 5, re: /快递|\bexpress delivery\b/ },
  {
    id: 'leasing-business-services',
    priority: 25,
    re: /旅行社|旅游公司|地接|\btravel agen\w*|\btour (?:operators?|agency|agencies|company|companies)\b|咨询公司|做咨询|咨询服务|管理咨询|财税咨询|企业咨询|咨询业|咨询行业|\bconsulting\b|\bconsultancy\b|\bconsultants\b|广告公司|做广告的|广告业|广告行业|广告设计|广告传媒|传媒公司|\badvertising (?:agency|company|business)\b|\bad agency\b|\bmarketing agency\b|租赁公司|(?:做|搞)租赁|租赁业|租赁行业|租车|汽车租赁|出租(?:设备|房屋|场地|店面)|\brental (?:company|business)\b|\bcar rental\b|\bleasing (?:company|business|firm)\b|人力资源公司|劳务派遣|中介|会计师事务所|代理记账|律师事务所|保洁公司|安保公司|会展/,
  },
  { id: 'leasing-business-services', priority: 8, re: /旅游|(?<!融资|金融)租赁|\btourism\b|\brentals?\b|\badvertising\b|\brent(?:s|ing)? out\b/ },
  {
    // Trades the size standard does not list (its "other" row): clinics, schools, salons,
    // repairs, gyms... Not when the firm supplies them ("给医院供货" is trade).
    id: 'other',
    priority: 20,
    re: /(?<![给向为对跟在])(?:诊所|医院|卫生院|口腔诊所|牙科|民办学校|培训学校|驾校|幼儿园|托管班|补习班|培训(?:机构|班|中心)|美容(?:院|店|美发)?|美发|理发|发廊|美甲|健身房|健身馆|汽修|修车|汽车维修|手机维修|家电维修|维修店|洗车|洗衣店|干洗|家政|养老院|养老服务|月子中心|摄影(?!器材)|影楼|婚庆)(?!门口|旁边|附近|对面|周边|里面)|(?<!\b(?:to|for|supply|supplies|supplying|serve|serves|serving|near)\s(?:\w+\s){0,2})\b(?:clinics?|hospitals?|dental|dentists?|kindergartens?|hair ?dress\w*|barbers?|barbershops?|nail salons?|gyms?|fitness (?:centre|center|studio)s?|laundr(?:y|ies)|housekeeping|nursing homes?|elderly care|photograph(?:y|ers?) studios?|wedding (?:planners?|services?|photography))\b|\b(?:beauty|hair) (?:salon|parlou?r|shop|studio|centre|center)s?\b|\b(?:private|driving|language|music|dance|art|training) schools?\b|\b(?:training|tutoring) (?:centre|center|company|institute|business)s?\b|\b(?:car|auto|bike|motorbike|phone|appliance|shoe|watch) repairs?\b|\brepair (?:shop|garage|service)s?\b/,
  },
  {
    id: 'software-it',
    priority: 25,
    re: /软件(?:公司|开发|外包|服务|行业|业|企业)|(?:做|搞|干|是|开发)软件|信息技术|互联网技术|it服务|it公司|it外包|系统开发|网站开发|app开发|小程序开发|开发app|做app|程序开发|技术开发|云服务|\bsoftware (?:company|development|house|firm|business|startup|studio|team)\b|\b(?:tech|it|app|internet) (?:startup|studio)\b|\b(?:make|build|develop|sell|write|do)s? software\b|\bin software\b|\bit (?:services?|company|firm|consult\w*|outsourcing|solutions?)\b|\bapp (?:development|developers?)\b|\bdevelop(?:ing)? apps\b|\bweb (?:development|design)\b|\bsaas\b/,
  },
  {
    id: 'construction',
    priority: 25,
    re: /^\s*(?:装修|renovations?)\s*$|装修(?:公司|队|工程|行业|业务|生意|师傅)|(?:是|在)(?:做|搞|干|接)装修|(?:做|搞|干|接)装修的|接装修|装饰公司|建筑(?!材料)|施工|工程队|(?:做|搞|包|接)工程|包工|土建|水电安装|\brenovation (?:company|business|firm|contractors?|work|services?)\b|\bwe do renovations?\b|\bconstruction\b|\bbuilding contractors?\b|\bcontractors?\b|\bbuilders?\b|\binterior (?:design|decoration)\b/,
  },
  {
    id: 'real-estate',
    priority: 25,
    re: /房地产|地产开发|房产开发|楼盘|开发商|\breal estate\b|\bproperty develop\w*|\brealty\b/,
  },
  {
    id: 'property-management',
    priority: 25,
    re: /物业|\bproperty management\b|\bfacilit(?:y|ies) management\b/,
  },
  {
    id: 'information-transmission',
    priority: 25,
    re: /电信|宽带|通信|网络运营|网络服务商|\bisps?\b|\binternet service providers?\b|\btelecom\w*|\bbroadband\b|\bmobile network\b/,
  },
  {
    id: 'retail',
    priority: 20,
    re: /小卖部|超市|便利店|商店|零售|杂货|网店|电商|专卖店|(?:茶叶|水果|鲜花|服装|五金|烟酒|日用品|文具|手机|电器|建材|母婴|化妆品|特产|玉石|翡翠|珠宝|器材|[茶果花衣鞋药肉菜粮烟酒具品货装机])店|卖(?:茶叶|茶|水果|鲜花|花|咖啡|衣服|菌子|特产|东西|货|翡翠|玉石|玉器|珠宝|建材|手机|家具)|\b(?:tea|fruit|flower|clothing|clothes|shoe|grocery|hardware|phone|gift|souvenir|convenience|corner|book|pet|jewel(?:le)?ry|jade|furniture|drug|liquor|wine)\s+(?:shops?|stores?)\b|\bsell(?:s|ing)?\s+(?!(?:rooms?|tours?|tickets?|trips?|services?|meals?|food|beds?|stays?)\b)(?:\w+\s+){0,3}to\s+(?:tourists|visitors|locals|consumers|shoppers|passers-by)\b|\bgrocer(?:y|ies)\b|\bsupermarkets?\b|\bretail\w*|\bboutiques?\b|\be-?commerce\b|\bonline (?:shops?|stores?)\b/,
  },
  {
    // A shop of no named kind ("再开一家店", "我们有个门面", "a small shop"): restaurants and
    // guesthouses are shops too, so it only fills an empty industry.
    id: 'retail',
    priority: 11,
    re: /\bsell(?:s|ing)?\s+(?:jade|jewel(?:le)?ry|gems?|gemstones|clothes|clothing|phones?|furniture)\b|实体店|门店|店铺|门面|铺子|(?:开|有)了?一?[家个间]?小?店|\bshops?\b|\bstores?\b/,
  },
  {
    // "We sell coffee on Taobao": retail when nothing says more, but a roastery that wants to
    // sell online is still a roastery. First in the text, it beats the product word.
    id: 'retail',
    priority: 10,
    re: /(?<!\b(?:don['’]?t|do not|doesn['’]?t|does not|not|never) )\bsell(?:s|ing)?\b(?=[^.,;!?]{0,40}\b(?:online|on the internet|taobao|tmall|jd|pinduoduo|douyin|tiktok|kuaishou|shopee|lazada|amazon|wechat|weidian)\b)/,
  },
  {
    // "做玉石生意", "做茶叶买卖": trading the goods, unless a stronger word says how (开店 is retail).
    // As weak as a product word; it comes first in "做茶叶生意", so it wins the tie.
    id: 'wholesale',
    priority: 10,
    re: /做建材|(?:建材|装修材料|建筑材料)(?:生意|批发|经销|代理)?|做(?:(?!旅游|餐饮|装修|运输|物流|烤|烧|卤|夜市|摆摊|小吃|饭|面|粉|[了过小本点些个的是年月这那今去明])[^，。,.!?；;\s\d一二两三四五六七八九十几]){1,6}?(?:生意|买卖)/,
  },
  {
    id: 'agriculture',
    priority: 10,
    re: /做茶的|茶叶|普洱|咖啡|鲜花|花卉|水果|菌子|野生菌|松茸|松露|蘑菇|蔬菜|核桃|三七|中药材|药材|甘蔗|橡胶|烟叶|坚果|芒果|\btea\b|\bcoffee\b|\bflowers?\b|\bfruits?\b|\bmushrooms?\b|\bvegetables?\b|\bmatsutake\b|\bwalnuts?\b/,
  },
];

// ---------------------------------------------------------------------------------------------
// Services. The first named in the message wins (ties: the longer mention). Every mention is
// masked out before purposes, industries and cues are read, so "第三方支付" is not the purpose
// "支付", "融资租赁" not the leasing industry, "京东金融" not online sales, "借呗" not a loan cue.
// ---------------------------------------------------------------------------------------------

export interface ServiceRule {
  id: ServiceId;
  /** Global: every mention is masked. */
  re: RegExp;
}

export const SERVICE_RULES: readonly ServiceRule[] = [
  {
    id: 'supply-chain-finance',
    re: /供应链金融|产业链金融|供应链融资|供应链贷款|应收账款融资|\bsupply[- ]chain (?:finance|financing|loans?|credit)\b|\bvalue[- ]chain finance\b/g,
  },
  {
    id: 'financial-leasing',
    re: /融资租赁|金融租赁|\bfinanc(?:e|ial) leas(?:e|ing)\b|\bleasing\b(?! (?:company|business|firm))/g,
  },
  {
    id: 'investment-loan-linkage',
    re: /投贷联动|投资贷款联动|\binvestment[- ](?:and[- ])?loan linkage\b|\binvestment[- ]loan\b|\bventure debt\b/g,
  },
  { id: 'crowdfunding', re: /众筹|\bcrowd ?fund\w*|\bkickstarter\b/g },
  { id: 'p2p-lending', re: /p2p|网贷|网络借贷|人人贷|\bpeer[- ]to[- ]peer\b/g },
  {
    id: 'big-data-finance',
    re: /大数据金融|大数据(?:贷款|风控|信贷)?|网商贷|借呗|花呗|微粒贷|京东金融|京东白条|京东金条|阿里小贷|蚂蚁金服|\bbig[- ]data\b|\bjd finance\b|\bant (?:financial|group)\b/g,
  },
  {
    id: 'third-party-payment',
    re: /第三方支付|支付宝|微信支付|财付通|云闪付|拉卡拉|\bthird[- ]party payments?\b|\balipay\b|\bwechat ?pay\b|\bweixin pay\b|\bpaypal\b/g,
  },
  {
    id: 'online-financial-institution',
    re: /网上银行|网银|手机银行|网商银行|微众银行|互联网银行|直销银行|网上保险|互联网保险|网上证券|网上炒股|\bonline bank\w*|\binternet bank\w*|\bmobile banking\b|\bonline insurance\b|\bonline (?:brokerage|brokers?|securities)\b|\bdigital banks?\b/g,
  },
  {
    id: 'finance-portal',
    re: /互联网金融门户|金融门户|比价|融360|贷款超市|金融超市|\bfinanc(?:e|ial) portals?\b|\bprice comparison\b|\bcomparison (?:sites?|platforms?|websites?)\b|\brong360\b/g,
  },
];

// ---------------------------------------------------------------------------------------------
// Purposes, in precedence order: the first rule that matches wins. The more specific purpose
// comes first ("跨境收款" is cross-border settlement, not just payment collection); funding
// purposes beat "just looking"; equipment beats working capital when both are named, because a
// purchase is what the money is mostly for and decides the term.
// ---------------------------------------------------------------------------------------------

export const PURPOSE_RULES: readonly { id: PurposeId; re: RegExp }[] = [
  {
    id: 'cross-border-settlement',
    re: /跨境.{0,3}(?:收款|付款|支付|结算|收付|汇款|转账|收钱)|外汇结算|收外汇|结汇|换汇|购汇|外币(?:收款|结算)|本币结算|人民币跨境|(?:越南|老挝|缅甸|泰国|柬埔寨|国外|海外|外国|境外)(?:客户|客商|买家|的)?.{0,8}(?:付款|打款|汇款|货款|结算|收款|付钱)|(?:收|付)(?:越南|老挝|缅甸|泰国|国外|海外|境外).{0,4}(?:款|钱)|\bcross[- ]border (?:payments?|settlement|collection|transfers?|remittances?)\b|\binternational (?:payments?|transfers?|remittances?)\b|\bforeign (?:exchange|currency)\b|\bfx\b|\bpay (?:our |the )?(?:vietnamese|lao|laotian|burmese|myanmar|thai|cambodian|foreign|overseas) (?:suppliers?|partners?|factories|sellers)\b|\bpay (?:our |the )?(?:suppliers?|partners?|factories|sellers) (?:in|from) (?:vietnam|laos|myanmar|burma|thailand|cambodia|abroad|overseas)\b|\b(?:receive|collect|get|accept|take)\s+(?:\w+\s+){0,2}(?:payments?|money|paid)\s+from\s+(?:\w+\s+)?(?:vietnam|laos|myanmar|burma|thailand|cambodia|india|bangladesh|abroad|overseas|foreign)|\b(?:receiv|collect|accept|tak|get)\w*\s+(?:(?:yen|dollars?|usd|euros?|eur|kyat|baht|dong|kip|rupees?|foreign|overseas|international|cross-border)\s+)+(?:payments?|money|currency)\b|\b(?:buyers?|customers?|clients?)\s+(?:in|from)\s+(?:\w+\s+){0,2}?(?:vietnam|laos|myanmar|burma|thailand|cambodia|japan|korea|india|bangladesh|malaysia|singapore|europe|america|abroad|overseas)\b(?=[^.?!]{0,40}\bpa(?:y|ys|id|ying)\b)/,
  },
  {
    id: 'payment-collection',
    re: /收款|收钱|扫码|二维码|收银|(?<!跨境)支付(?!工资|货款|利息|房租|租金|给)|结算|刷卡|pos机|\bpos\b|聚合支付|码牌|\baccept(?:ing)? (?:\w+ )?payments?\b|\bcollect(?:ing)? (?:\w+ )?payments?\b|\btak(?:e|ing) (?:\w+ )?payments?\b|\bqr ?codes?\b|\bcard payments?\b|\bcheckout\b|\bpayment terminals?\b|\bmobile payments?\b/,
  },
  {
    id: 'wealth-management',
    re: /闲置|闲钱|余钱|多余的钱|理财|存钱|存款|资金增值|\bidle (?:cash|money|funds?)\b|\bspare (?:cash|money)\b|\bsurplus (?:cash|funds?|money)\b|\binvest(?:ing)? (?:our |my |the |some )?(?:surplus|spare|idle|extra)\b|\bwealth management\b|\bsavings?\b|\bpark (?:our |my |the )?(?:money|cash)\b|\bput (?:our |my |the )?(?:money|cash) to work\b/,
  },
  {
    id: 'product-innovation',
    re: /新产品|研发|创新|开发新|新品|新项目|新技术|新口味|上新|\bnew products?\b(?! line)|\br ?& ?d\b|\br and d\b|\binnovat\w*|\blaunch\w*|\bdevelop (?:a |new )\w*|\bnew (?:services?|flavou?rs?|brand)\b/,
  },
  {
    id: 'equipment-expansion',
    re: /设备|机器(?!人)|机械|(?:买|购买|购置|添置|换)(?:一|两|几|\d+)?(?:台|套|辆|部|张)|购置|添置|生产线|烘干线|包装线|加工线|流水线|装修(?!材料|用品|公司|队)|翻新|(?:建|盖|修)(?:一个|个|座|间)?新?的?(?:厂|厂房|仓库|车间|烘干房|冷库|大棚|温室)|扩产|扩大|扩张|扩建|扩店|新厂|厂房|开分店|开新店|再开一家|多开一家|(?:再|多|新)开(?:个|一个|家|一家|间|一间)?(?:分店|店|门店|铺子|店面)|开(?:个|一个|家|一家)?分店|开第[二三四五两]家|买车|购车|买货车|买辆|新店|升级改造|大棚|温室|\bmachine\w*|\bequipments?\b|\brenovat(?:e|es|ing|ion)\b|\brefurbish\w*|\bexpan(?:d|ds|ding|sion)\b|\b(?:production|processing|drying|packaging|packing|assembly|bottling|roasting|sorting|cold[- ]chain) lines?\b|\bbuild(?:ing)? (?:a |an |our |more )?(?:new |second |bigger )?(?:\w+ )?(?:facility|facilities|factory|plant|warehouse|workshop|greenhouse|cold store|building|premises)\b|\bnew (?:factory|plant|branch|store|shop|outlet|premises)\b|\bopen (?:a |another |one more |a second |a new |more )(?:branch|store|shop|outlet|restaurant|location)e?s?\b|\bsecond (?:branch|store|shop|outlet|location)\b|\bbuy (?:a |new |more )?(?:trucks?|vans?|vehicles?|cars?)\b|\bupgrad\w*|\bgreenhouses?\b/,
  },
  {
    id: 'working-capital',
    re: /周转|流动资金|收(?:春茶|秋茶|核桃|茶叶|烟叶|蔬菜|水果|松茸|菌子|花椒|三七)|压钱|钱不够|资金不够|手头紧|资金紧|进货|备货|囤货|压货|采购|收购|(?:付|支付|结)给?[^，。,.!?；;]{0,6}供应商|供应商的?(?:货款|款)|收(?:茶|鲜叶|毛茶|咖啡豆|咖啡果|鲜花|菌子|货)|原材料|原料|发工资|工资|货款|现金流|资金紧张|资金链|房租|\bcash ?flow\b|\bworking cap(?:ital)?\b|\bstock(?:ing)?\b|\brestock\w*|\binventory\b|\bpayroll\b|\bwages\b|\bsalar(?:y|ies)\b|\braw materials?\b|\b(?:purchas(?:e|es|ing)|buy(?:s|ing)?)\s+(?:of\s+)?(?:(?:our|the|more|some|fresh|raw|green|dried|new|this year['’]s)\s+)*(?:raw\b|goods\b|stock\b|supplies\b|produce\b|materials?\b|ingredients\b|tea\b|tea leaves\b|coffee(?: beans| cherries)?\b|beans\b|flowers\b|mushrooms\b|crops?\b|harvest\b)|\bpay (?:our |the )?(?:suppliers|workers|staff|employees|wages)\b|\bliquidity\b|\bbridg(?:e|ing) loans?\b/,
  },
  {
    id: 'information',
    re: /了解|只是看看|随便看看|看看而已|随便问问|问问|\bjust (?:looking|browsing|curious|asking)\b|\blearn (?:about|more)\b|\bfind out (?:about|more)\b|\bcurious about\b|\bwant to know\b|\bjust want to understand\b/,
  },
];

// ---------------------------------------------------------------------------------------------
// Declared size, in order. 小微 spans two classes; it is reported as `small`, the upper one, and
// the dialog may check it against the standard. 中小企业 ("SMEs") names no class and is ignored,
// and so is a denial ("不是个体户").
// ---------------------------------------------------------------------------------------------

export const SIZE_IGNORE =
  /中小微?企业|中小微|\bsmes?\b|small and medium|(?:不是|并非|不算|不属于)(?:一家|一个)?(?:小微企业|小微|微型企业|微型|小型企业|小型|中型企业|中型|大型企业|大型|个体工商户|个体户|个体|小企业|小公司|大企业|大公司)|\bnot (?:a |an )?(?:micro|small|medium|mid|large|big)[\w-]*(?: (?:business|company|firm|enterprise))?/g;
export const SIZE_RULES: readonly { id: SizeClass; re: RegExp }[] = [
  { id: 'small', re: /小微|小型和微型|\bsmall (?:and|&) micro\b|\bmicro (?:and|&) small\b/ },
  {
    id: 'micro',
    re: /微型|微小企业|个体户|个体工商户|个体经营|个体|\bmicro[- ]?(?:business(?:es)?|enterprises?|compan(?:y|ies)|firms?|sized?)\b|\bsole (?:proprietor\w*|trader)\b|\bself[- ]employed\b|\bindividual (?:business|proprietor\w*)\b/,
  },
  {
    id: 'medium',
    re: /中型|中等规模|\bmedium[- ]?(?:sized?|business(?:es)?|enterprises?|compan(?:y|ies)|firms?)\b|\bmid[- ]?sized?\b/,
  },
  {
    id: 'small',
    re: /小型|小企业|小公司|\bsmall[- ]?(?:business(?:es)?|compan(?:y|ies)|firms?|enterprises?|sized)\b/,
  },
  {
    id: 'large',
    re: /大型|大企业|大公司|\blarge[- ]?(?:business(?:es)?|compan(?:y|ies)|firms?|enterprises?|sized)\b|\bbig (?:business|company|firm|enterprise)\b/,
  },
];

// ---------------------------------------------------------------------------------------------
// Cross-border trade and online sales: negations are found first and masked, so "不做外贸" says
// false while "不做进口，只做出口" still says true.
// ---------------------------------------------------------------------------------------------

export const CROSS_BORDER_NEGATIVE =
  /(?:不|没|没有|无|从不|从没|从来不|并不|暂时不|目前不|还没|尚未)(?:做|搞|涉及|从事|有|开展|跟|和|与)?(?:外贸|进出口|出口|进口|跨境|边贸|国外|海外|境外)(?:生意|业务|贸易|客户)?|只(?:做|在|有|卖|面向|针对)?(?:国内|本地|省内|内地)|仅(?:限)?(?:国内|本地)|\b(?:no|not|don['’]?t|do not|never|doesn['’]?t|does not|nor)\s+(?:\w+\s+){0,2}(?:export\w*|import\w*|cross[- ]border|overseas|abroad|international|foreign)|\bonly (?:domestic\w*|local\w*|in china|within china|sell (?:locally|domestically|in china))\b|\bdomestic(?:ally)? only\b|\blocal(?:ly)? only\b|\bpurely domestic\b/g;
export const CROSS_BORDER_POSITIVE =
  /跨境|外贸|进出口|出口|进口(?!设备|的设备)|边贸|边境贸易|国际贸易|海外|国外|境外|外国|越南(?!菜|米粉|米线|料理|风味|餐)|老挝|缅甸|泰国(?!菜|料理|餐)|柬埔寨|印度|孟加拉|南亚|东南亚|东盟|口岸|日本|韩国|美国|欧洲|欧美|俄罗斯|中东|香港|澳门|\bcross[- ]border\b|\bexport(?:s|ing|ed|ers?)?\b|\bimport(?:s|ing|ed|ers?)?\b|\boverseas\b|\babroad\b|\binternational trade\b|\bforeign trade\b|\bvietnam\b|\blaos\b|\bmyanmar\b|\bburma\b|\bthailand\b|\bcambodia\b|\bindia\b|\bbangladesh\b|\basean\b|\bsouth ?east asia\b|\bsouth asia\b|\bjapan\b|\bkorea\b|\beurope\b|\busa\b|\bhong kong\b/;

export const ONLINE_SALES_NEGATIVE =
  /(?:不|没|没有|从不|不在|没在|不做|没做|不开|没开|不搞)(?:在)?(?:网上|线上|电商|网店)(?:卖|销售|开店|平台|业务)?|只(?:做|有|在|开)?(?:线下|实体店?)|实体店|线下(?:销售|门店|店)?|\b(?:no|not|don['’]?t|do not|never|doesn['’]?t)\s+(?:\w+\s+){0,2}(?:online|e-?commerce)\b|\boffline only\b|\bonly offline\b|\bbrick[- ]and[- ]mortar\b|\bphysical (?:store|shop)s? only\b|\bonly (?:a )?physical\b/g;
export const ONLINE_SALES_POSITIVE =
  /淘宝|天猫|京东(?!金融|白条|金条)|拼多多|抖音|快手|微店|小红书|网店|电商|直播带货|直播卖货|带货|网上(?:卖|销售|开店)|线上|在网上卖|小程序商城|有赞|\btaobao\b|\btmall\b|\bjd\b(?! finance)|\bjd\.com\b|\bpinduoduo\b|\bdouyin\b|\btiktok\b|\bshopee\b|\blazada\b|\bamazon\b|\bonline (?:shops?|stores?|sales|selling)\b|\be-?commerce\b|\bsell(?:s|ing)? (?:\w+ )?online\b|\blive ?stream\w*|\bwechat (?:shop|store|mini)\b/;

// ---------------------------------------------------------------------------------------------
// Commands, in precedence order (the first rule that matches wins): leaving and privacy first,
// because they change what the bot may do; then the specific questions; the generic ones
// ("more", "help") last, since their words turn up inside other requests. `anywhere` matches
// inside a longer message; `whole` only when, its words and polite fillers removed, nothing is
// left ("help", "more please", "English").
// ---------------------------------------------------------------------------------------------

export interface CommandRule {
  command: Command;
  anywhere?: RegExp;
  /** Global: removed from the message to see whether anything else is said. */
  whole?: RegExp;
  /** Counts only when the message also names a service ("什么是众筹"). */
  withService?: RegExp;
}

export const COMMAND_RULES: readonly CommandRule[] = [
  {
    command: 'delete-data',
    anywhere:
      /删除(?:我的|我们的|所有|全部|掉)?(?:个人)?(?:数据|信息|资料|记录|聊天记录|对话)|(?:清除|清空)(?:我的|所有|全部)?(?:数据|信息|资料|记录)|注销(?:账号|账户|我的)|忘记我|忘掉我|删掉我的|\bdelete (?:all )?(?:of )?(?:my|our) (?:data|info\w*|records?|history|conversations?|details|chats?)\b|\bdelete (?:all )?(?:the )?data\b|\berase (?:my|our|all)\b|\bforget (?:about )?me\b|\bremove (?:my|our) (?:data|info\w*|details)\b|\bwipe (?:my |our |all )?(?:data|info\w*)\b/,
    whole: /注销|删除|删掉|\berase\b|\bdelete\b/g,
  },
  {
    command: 'resume',
    anywhere:
      /返回机器人|回到机器人|继续(?:和|跟)?机器人|继续咨询|结束人工|退出人工|不要人工|取消人工|(?:不用|不需要|不找|不转|别转|别找|算了不找|莫要|不要)转?人工|\bno need for (?:a |an )?(?:human|person|agent)\b|\b(?:i|we) don['’]?t (?:need|want) (?:a |an )?(?:human|person|agent)\b|\bback to (?:the )?bot\b|\breturn to (?:the )?bot\b|\bresume\b|\bcontinue with (?:the )?bot\b|\bend (?:the )?(?:chat with (?:the )?)?(?:human|agent)\b|\bbot again\b|\btalk to (?:the )?bot\b/,
    whole: /继续|机器人|返回|\bcontinue\b|\bbot\b|\bgo back\b/g,
  },
  {
    command: 'human',
    anywhere:
      /(?<!(?:别|不|不用|不要|不需要|莫要|莫|不想)\s*)转人工|人工客服|人工服务|找(?:个)?顾问|转顾问|联系顾问|\b(?:connect|put|transfer) me (?:to|through to|with) (?:a |an |your )?(?:human|person|adviser|advisor|agent)\b|\b(?:talk|speak) (?:to|with) (?:a |an |your )?(?:adviser|advisor)\b|(?<!不要|取消|结束|退出|不用|不需要|不找|不转|别转|别找|不想找|莫要|莫)人工(?!智能|成本|费|工资|种植|养殖|林|贵|便宜|涨|多|少|太|很|越来越|开支|支出)|真人|客服|工作人员|(?<!\b(?:no need for|don['’]?t need|do not need|don['’]?t want|do not want|without)\s(?:a |an |any )?)\bhuman(?! resources?)\b|(?<!travel |insurance |real estate |sales |through |via |our |local |by |need an |need any |want an |want any |for an |for any )\bagents?\b(?! (?:sell|network|commission))|(?<!tour )\boperator\b|\breal person\b|\blive (?:person|agent|chat)\b|\b(?:talk|speak) (?:to|with) (?:a |an )?(?:someone|somebody|person|people|man|woman)\b|\bcustomer service\b|\brepresentative\b/,
  },
  {
    command: 'restart',
    anywhere:
      /重新开始|重来|从头开始|从头再来|重新来|再来一次|重新咨询|重置|从新开始|\brestart\b|\bstart (?:over|again|afresh|from scratch)\b|\breset\b|\bbegin again\b|\bnew conversation\b|\bstart a new (?:chat|conversation)\b/,
  },
  // 'language' sits here; its words are in LANGUAGE_RULES because they also carry the locale.
  {
    command: 'platform-check',
    anywhere:
      /判断.{0,6}平台|平台.{0,10}(?:合规|正规|靠谱|可靠|安全|合法|真假|资质|牌照|备案|怎么样|可信)|(?:靠谱|正规|可靠|合法|合规|安全|可信)(?:吗|么|嘛|不|吧)|是不是骗|骗子|骗局|诈骗|跑路|暴雷|爆雷|黑名单|非法集资|\bcheck (?:a |the |this |that |if |whether )?(?:\w+ )?(?:platform|app|site|website|lender)\b|\b(?:is|are) (?:it|this|that|they|these|those)(?: \w+){0,2} (?:legit\w*|safe|trustworthy|reliable|real|genuine|a scam|licensed|regulated)\b|\blegit\b|\bscams?\b|\bfraud\w*|\bponzi\b|\bblacklist\w*|\btrustworthy\b|\bverify (?:a |the )?platform\b/,
  },
  {
    command: 'risks',
    anywhere:
      /(?<!低|无|零|没有|没|不担心)风险|有什么坑|(?<!low[- ]|no |zero )\brisks?\b|\brisky\b|\bdangers?\b|\bdangerous\b|\bdownsides?\b|\bpitfalls?\b|\bwhat could go wrong\b/,
  },
  {
    command: 'regulation',
    anywhere:
      /监管|政策|法规|法律|牌照|许可证|资质|备案|合规|银保监|金管局|人民银行|央行|条例|\bregulat\w*|\brules\b|\blicen[cs]\w*|\blaws?\b|\blegal\w*|\bcomplian\w*|\bpolic(?:y|ies)\b/,
  },

  {
    command: 'summary',
    anywhere: /总结|摘要|汇总|小结|概括一下|归纳一下|\bsummary\b|\bsummari[sz]e\b|\bsum (?:it )?up\b|\brecap\b/,
  },
  {
    command: 'details',
    anywhere:
      /详情|详细|细节|(?:问问|问一下|想问)(?=\s*第)|具体(?:说说|介绍|讲讲|内容|情况|一点|点|些|怎么|是什么)|介绍一下|介绍下|介绍介绍|说说|讲讲|展开说|多说点|了解更多|怎么操作|怎么申请|如何申请|\bdetails?\b|\bmore (?:about|on|info\w*)\b|\btell me (?:more|about)\b|\bexplain\w*|\bhow does (?:it|this|that|\w+) work\b|\blearn more\b/,
    whole: /具体|介绍/g,
    withService: /什么是|是什么|是啥|啥是|\bwhat(?:['’]s| is| are)\b|\bwhat does\b/,
  },  {
    // The price of money, how much and how fast: answered with how to judge an offer (the bot
    // quotes no rates, limits or approval times).
    command: 'cost',
    anywhere:
      /能借多少|能贷多少|可以借多少|可以贷多少|最多(?:能|可以)?(?:借|贷)|额度(?:多少|有多少|多大|是多少)|审批(?:要|需要)?多久|多久(?:能|可以)?(?:到账|放款|批下来|批)|放款(?:要|需要)?多久|\bhow much (?:can|could|may) (?:i|we) borrow\b|\b(?:credit|loan|borrowing) limits?\b|\bhow long (?:does|will|would) (?:the )?(?:approval|it|a loan) take\b|\bhow (?:fast|quickly|soon) (?:can|could|will) (?:i|we) get (?:the )?(?:money|loan|funds?)\b|利息|利率|费率|手续费|服务费|年化|贵不贵|贵吗|怎么收费|收费(?:标准|多少|高吗)|费用(?:多少|高吗|怎么算)|多少费用|\binterest(?: rates?)?\b|\bfees?\b|\bcharges\b|\bapr\b|\bhow much (?:does|will|would|do) (?:it|this|that|they|\w+) (?:cost|charge)\b|\bexpensive\b|\bcost of (?:borrowing|the loan|a loan|credit)\b/,
  },
  {
    // Only when the message is essentially thanks (so "help, thanks" asks for help); before
    // advice, so that "谢谢您的建议" thanks rather than asks again.
    command: 'thanks',
    whole:
      /(?:好的?|行|嗯|ok(?:ay)?)[，,\s]*(?=谢|感谢|多谢|thank|thx)|(?:非常|十分|太)?(?:谢谢|感谢)(?:您|你们|你|老师|老板|啦)?(?:的(?:建议|帮助|介绍|解答|耐心))?(?:了|啦)?|多谢|谢了|谢啦|辛苦了|收到|晓得了|晓得|好嘞|(?:我)?再(?:考虑|想)(?:考虑|想|一下)?|考虑考虑|\bthank(?:s| you) for (?:your|the) (?:help|advice|information|info|time|patience)\b|\bi(?:'ll| will) think about it\b|明白了|知道了|清楚了|了解了|再见|拜拜|回头见|\bthanks? (?:a lot|so much|very much|a million)\b|\bgreat\b|\bgot it\b|\bthank you (?:so |very )?much\b|\bthanks?\b|\bthank you\b|\bthank u\b|\bthx\b|\bty\b|\bcheers\b|\bmany thanks\b|\bappreciated?\b|\b(?:good)?bye\b|\bsee you\b/g,
  },  {
    command: 'advice',
    anywhere:
      /推荐|建议|方案|适合(?:我|我们)|哪个好|哪种好|哪个适合|哪个最(?:好|合适|适合|划算)|怎么选|选哪个|有(?:什么|哪样|啥)好?的?(?:产品|办法|渠道|途径)|(?<![不没别])(?:怎么|咋个|咋|如何|想|需要|(?<!需)要)(?:借钱|借点钱|贷款|贷点款|融资|筹钱)|(?<![不没])缺钱|\bhow (?:do|can|could) (?:i|we) (?:get|find|raise) (?:a |some )?(?:loan|funding|financing|money|credit)\b|\b(?:we|i) (?:need|want|would like|['’]d like) (?:a loan|money|funding|financing|to borrow)\b|\blooking for (?:a )?(?:loan|funding|financing)\b|区别|有什么不同|对比|比较|\brecommend\w*|\badvi[cs]e\b|\bsuggest\w*|\b(?:my|our|what|which|any) options\b|\bwhat should (?:i|we)\b|\bwhich (?:one|service|product) (?:is|should|would)\b|\b(?:best|safest|cheapest|right|most suitable) (?:option|choice|way|product|service)s?\b|\bwhich (?:one )?is better\b|\bcompare\b|哪个更好|比较一下/,
    // "贷款", "咨询一下贷款", "我想问下贷款": a loan asked about in so many words.
    whole: /贷款|借款|借钱|融资|(?:咨询|问下|问一下|问问)(?=[^，。,.!?]*(?:贷款|借款|借钱|融资))|\bloans?\b|\bfinancing\b|\bborrow(?:ing)?\b/g,
  },
  {
    command: 'more',
    anywhere: /下一页|更多(?:选项|方案|产品|服务|内容)|\bnext page\b|\bshow (?:me )?more\b|\bsee more\b|\bload more\b|\bmore options\b/,
    whole: /更多的?|下页|还有吗|还有呢|还有别的吗|还有其他的?吗|其他的?呢|别的呢|\bmore\b|\bnext\b|\bwhat else\b|\banything else\b|\bothers?\b/g,
  },
  {
    command: 'skip',
    whole:
      /跳过|略过|下一个|(?:不太|不是很|不大)清楚|说不清(?:楚)?|不晓得|晓不得|不清楚|不知道|\bidk\b|\bnot sure yet\b|不确定|不好说|说不准|不方便(?:说|透露)?|保密|还没想好|没想好|暂时不说|\bskip\b|\bpass\b|\bnot sure\b|\bdon['’]?t know\b|\bno idea\b|\bunsure\b|\brather not say\b|\bprefer not to say\b|\bnext question\b/g,
  },
  {
    command: 'help',
    anywhere:
      /你能做什么|你可以做什么|你会做什么|你会什么|你能干什么|你能帮我什么|能帮我做什么|你是谁|怎么用|怎么使用|如何使用|使用方法|\bwhat can you do\b|\bwhat do you do\b|\bhow (?:do|can) i use\b|\bhow does this (?:bot|thing) work\b|\bwho are you\b|\bwhat are you\b/,
    whole: /帮助|帮忙|求助|救命|菜单|目录|使用说明|说明|功能|\bhelp\b|\bmenu\b|\binstructions\b|\bhow does this work\b/g,
  },
  {
    command: 'greeting',
    whole:
      /你好|您好|大家好|哈喽|嗨|(?:老板|师傅|有人)(?:在)?吗|在吗|在不在|^\s*在\s*(?=[?？]*\s*$)|\banyone (?:there|here|around)\b|早上好|上午好|中午好|下午好|晚上好|早安|\bhi\b|\bhello\b|\bhey\b|\bhiya\b|\bgood (?:morning|afternoon|evening|day)\b|\bgreetings\b|\bnihao\b/g,
  },

];

/** Where 'language' stands among COMMAND_RULES: after restart, before platform-check. */
export const LANGUAGE_COMMAND_INDEX = 4;

export interface LanguageRule {
  locale: Locale;
  anywhere: RegExp;
  whole: RegExp;
}
export const LANGUAGE_RULES: readonly LanguageRule[] = [
  {
    locale: 'en',
    anywhere:
      /(?:说|讲|用|切换(?:到|成|为)?|换成|换到|改成|改用|转成|转为)\s*(?:英文|英语)|(?:英文|英语)(?:版|模式|回复|回答|交流|沟通)|\b(?:switch|change)(?: back)? (?:to|into) english\b|\b(?:speak|talk|reply|answer|respond|write|chat)(?: \w+){0,2} in english\b|\bspeak english\b|\buse english\b|\bin english\b|\benglish please\b|\benglish version\b/,
    whole: /英文|英语|\benglish\b|\beng\b/g,
  },
  {
    locale: 'zh-CN',
    anywhere:
      /(?:说|讲|用|切换(?:到|成|为)?|换成|换到|改成|改用|转成|转为)\s*(?:中文|汉语|普通话|简体中文|华语)|(?:中文|汉语)(?:版|模式|回复|回答|交流|沟通)|\b(?:switch|change)(?: back)? (?:to|into) (?:chinese|mandarin)\b|\b(?:speak|talk|reply|answer|respond|write|chat)(?: \w+){0,2} in (?:chinese|mandarin)\b|\bspeak (?:chinese|mandarin)\b|\buse chinese\b|\bin (?:chinese|mandarin)\b|\bchinese please\b|\bchinese version\b/,
    whole: /简体中文|中文|汉语|普通话|华语|\bchinese\b|\bmandarin\b|\bzhongwen\b/g,
  },
];

/**
 * Words that add nothing to a short command: politeness, pronouns, "switch to", particles.
 * What is left after removing them and the command's own words decides whether a `whole` rule
 * applies. Longer words first, so "切换到" goes before "切换".
 */
export const FILLERS =
  /请问|请|麻烦|帮我|给我|我要|我想|想要|我们|我|想|要|能不能|能|可以|吗|吧|呢|啊|呀|嘛|哦|哈|了|一下|下|谢谢|好吗|好不好|切换到|切换成|切换|换成|换到|改成|改用|用|说|讲|回答|回复|模式|版本|版|看|的|\b(?:please|pls|plz|can|could|would|will|you|u|i|me|my|we|us|our|want|wanna|to|like|let['’]?s|let|the|a|an|now|thanks|thank|thx|hi|hello|hey|just|go|some|in|into|switch|change|back|speak|talk|reply|respond|answer|write|use|using|language|with|show|give|get|need|do|is|there|any|ok|okay|version|mode|reply)\b/g;

/** Punctuation, symbols, emoji and spaces: never content on their own. */
export const NON_CONTENT = /[\p{P}\p{S}\s]+/gu;

// ---------------------------------------------------------------------------------------------
// Cues: the words around a number that say what it is. understand.ts reads them within the
// clause of the number (clauses end at , . ; ! ? 、).
// ---------------------------------------------------------------------------------------------

/** `other`: a sum that is none of ours (profit, rent, costs, registered capital): left out. */
export type MoneySlot = 'revenue' | 'assets' | 'amount' | 'other';
export const MONEY_CUES: readonly { slot: MoneySlot; re: RegExp }[] = [
  {
    slot: 'revenue',
    re: /营业额|营业收入|营收|收入|销售额|出口额|进口额|贸易额|成交额|销售收入|销售|流水|一年卖|一年(?:下来|到头|算下来|能做)(?![^，。,.!?；;]{0,3}还)|(?<!借|贷|贷款|还|期限|分|用|房租|租金|工资|利息|月供|还款|开支|支出|成本)(?:一年(?=(?:大概|大约|约|差不多|有|能有|能|也就|才)*(?:做了?|干了?|卖了?|能做|进了?)(?:\d|[一二两三四五六七八九十几]))|去年(?=(?:大概|大约|约|差不多|有|能有|能|也就|才)*(?:做了?|干了?|卖了?|能做|进了?)?(?:\d|[一二两三四五六七八九十几])))|\b(?:we|i)\s+(?:did|made|turned over|grossed|sold)\b|年销|卖了|能卖|产值|年入|\brevenues?\b|\bturnover\b|\bsales\b|\bincome\b|\bmake about\b|\bgross\b/g,
  },
  { slot: 'assets', re: /资产|\bassets?\b/g },
  {
    slot: 'other',
    re: /利润|净利|毛利|纯利|赚了?|挣了?|亏损|亏了|成本|房租|租金|工资(?:支出)?|支出|开销|开支|注册资本|注册资金|利息|月供|\bprofits?\b|\blos(?:s|ses|t)\b|\bcosts?\b|\brent\b|\bsalar(?:y|ies)\b|\bwages\b|\bexpenses?\b|\bregistered capital\b|\binterest\b|\bspend(?:ing)?\b|\brepay\w*|\binstal(?:l)?ments?\b|还款|还贷/g,
  },
  {
    slot: 'amount',
    re: /借款|借|贷款|贷|融资|需要|需|想要|要|缺口|缺|周转|筹集|筹措|筹|投资|投入|投|买设备|申请|额度|闲置|闲钱|理财|存|\bneeds?\b|\bneeded\b|\bborrow\w*|\bloans?\b|\braise\b|\bfinanc\w*|\bfunding\b|\bfund\b|\bidle\b|\bspare\b|\bsurplus\b|\binvest\w*|\brequire\w*|\bapply for\b|\blooking for\b|\bwant\b|\bshort of\b|\bcredit line\b/g,
  },
];

/** After a sum no cue claims, "a year" makes it the year's revenue ("about 600k a year"). */
export const PER_YEAR_AFTER = /^\s*(?:a|per|each|every) (?:year|yr)\b|^\s*(?:annually|yearly|per annum)\b|^\s*\/\s*(?:year|yr)\b/;

/** Revenue stated per month or per day is turned into a year's worth. */
export const PER_MONTH = /月(?:营业额|营收|收入|销售额|流水|销售)|每个?月|一个月|月均|\bper month\b|\ba month\b|\bmonthly\b|\/\s*(?:月|month|mo)\b|\beach month\b|\bevery month\b/;
export const PER_DAY = /日(?:营业额|营收|收入|流水)|每天|一天|日均|\bper day\b|\ba day\b|\bdaily\b|\/\s*(?:天|day)\b|\beach day\b|\bevery day\b/;

/** A label before a bare number that makes it a head count: "员工三十", "staff of 30". */
export const PEOPLE_LABEL_BEFORE =
  /(?:员工|职工|雇员|工人|人数|人员|从业人员|团队|伙计|\bstaff(?: of)?|\bemployees|\bheadcount|\bteam of|\bworkforce(?: of)?|\bteam size|\bemploy(?:s|ing)?)\s*(?:数|人数|数量)?\s*(?:有|共|总共|一共|大概|大约|约|差不多|是|为|:|=|of|is|are|about|around|approximately|roughly|~|nearly|almost|\s)*$/;
/**
 * "不到10个人", "fewer than 10 staff": strictly below, so one fewer (the size standard's floors are
 * round numbers, and "不到10人" must not reach a floor of 10).
 */
export const STRICTLY_BELOW_BEFORE = /(?:不到|不足|少于|低于|不满|\bunder|\bless than|\bfewer than|\bbelow)\s*(?:大概|大约|约)?\s*$/;
/**
 * Words that replace a figure given before ("改成60万", "actually make it 2 million", "I meant"),
 * or a correction that is only a sum ("说错了，是80万", "sorry, 800k").
 */
export const REPLACE_CUE =
  /改成|改为|换成|应该是|还是(?=\s*[\d一二两三四五六七八九十几])|\binstead\b|\bchange (?:it )?to\b|\bmake it\b|\bchange (?:it|that|this|the \w+) to\b|\bi meant\b|^\s*(?:说错了|不对|搞错了|错了|其实|sorry|actually|oops|no|correction)[，,:\s]*(?:是|应该是|it['’]?s|it is)?\s*[\d一二两三四五六七八九十几百千万亿.,]+\s*(?:多|来)?\s*(?:万|亿|千|k|m|mn|million|元|块|yuan|rmb)?\s*(?=$|[，,.。!！;；])/;
/** Words that say the message corrects what was said ("其实", "说错了", "actually", "sorry"). */
export const CORRECTION_CUE =
  /说错了|搞错了|不对|更正|(?:其实|实际上)(?:我们|我)?(?:是|在做|做的是)|\bsorry\b|\bcorrection\b|\bi meant\b|\bmy mistake\b|\bactually,?\s+(?:we|i)(?:['’]re|['’]m| are| am| do| run| sell| make| own)\b/;
/** A trade named as a side line ("we also export", "还做点零售") and the rest of its clause. */
export const ALSO_CLAUSE =
  /(?:\balso (?:\w+ )?(?:export|import|sell|run|do|make|grow|trade|operate|own|have an? (?:shop|store|restaurant|guesthouse|farm|factory))\w*\b|\b(?:export|import|sell|trade)\w* (?:\w+ ){0,4}(?:too|as well)\b|\bon the side\b|也(?:做|在做|开|卖|搞|干|经营|出口|进口)|还(?:做|在做|开了?|卖|搞|干|经营|出口|进口)|另外(?:还|也)?(?:做|开|卖)|同时(?:也|还)?(?:做|开|卖)|兼(?:做|营))[^，。,.!?；;]*/g;
/** A trade the message denies ("不是种茶", "we're not a farm"): blanked before the trade is read. */
export const INDUSTRY_DENIAL = /(?<!是)(?:不是|并非|不做|不搞|没做)[^，。,.!?；;\s]{0,8}|\b(?:not|no longer)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?\w+/g;
/**
 * Things bought or built ("买台炒茶机", "建个冷库", "a new roasting line", "built a new
 * warehouse"): what the money is for, not what the firm is.
 */
export const BOUGHT_THINGS =
  /(?:想|要|打算|准备|计划)(?:开|做|搞)(?:个|一个)?(?:网店|淘宝店|微店|抖音店|电商)[^，。,.!?；;]*|\b(?:want|plan|planning|going|hope)\s+to\s+(?:open|start|set up)\s+(?:an?\s+)?online\s+(?:shop|store)[^,.;!?]*|(?:买|购买|购置|添置|换|建|盖|新建|扩建|修建|租)(?:一|两|几|\d+)?(?:台|套|个|条|座|间|辆|部)?[^，。,.!?；;]{0,6}?(?:机器?|设备|生产线|线|冷库|仓库|厂房|车间|烘干房|货车|冷藏车|车)|\b(?:buy|bought|buying|build|built|building|purchas\w*|install\w*|get|getting|need|want)\s+(?:(?:a|an|the|our|new|another|more|second|bigger|some)\s+)*(?:\w+\s+){0,2}?(?:machines?|equipment|lines?|warehouses?|cold stores?|facility|facilities|trucks?|vans?|workshops?)\b/g;
/** Before a head count that is the whole staff ("加上我一共6个人", "12 employees in total"). */
export const TOTAL_BEFORE = /(?:一共|总共|共|合计|加起来|加上我|全部|总的?|\bin total\b|\baltogether\b|\ba total of\b|\btotal(?: of)?\b)\s*(?:有|是|大概|大约|约)?\s*$/;
/** A wish to borrow ("想借点钱", "we want a loan"): more than finding out, whatever else is said. */
export const BORROW_WISH = /(?<![不没别])(?:想|要|需要|打算)(?:借|贷)|借点钱|\b(?:want|need|would like|looking for|apply for)\s+(?:a\s+)?loans?\b/;
/** Renovation as the firm's trade ("我们是搞装修的", "we do renovation work"), not what it funds. */
export const RENOVATION_TRADE =
  /^\s*(?:装修|renovations?)\s*$|装修(?:公司|队|工程|行业|业务|生意|师傅)|(?:是|在)(?:做|搞|干|接)装修|(?:做|搞|干|接)装修的|\brenovation (?:company|business|firm|contractors?|work|services?)\b|\bwe do renovations?\b/g;
/** Customers the firm supplies ("给酒店供应鲜花", "we supply hotels with vegetables"): not its trade. */
export const CUSTOMERS_SUPPLIED =
  /(?:给|为|向)[^，。,.!?；;]{0,8}?(?:供应|供货|提供|配送|送货)|卖[^，。,.!?；;]{0,6}?给[^，。,.!?；;]{0,8}|(?:酒店|宾馆|餐饮|饭店)用品|\bsell\w*\s+(?:\w+\s+){0,3}?to\s+(?:(?:local|nearby|the|our|big|small)\s+)?(?:hotels?|restaurants?|guesthouses?|hospitals?|schools?)(?:\s+(?:and|or)\s+\w+)?|\b(?:supply|supplies|supplying|deliver\w*|sell\w*)\s+(?:to\s+)?(?:(?:local|nearby|the|our|big|small)\s+)?(?:hotels?|restaurants?|guesthouses?|hospitals?|schools?|shops?|stores?|supermarkets?|farms?|factories)(?:\s+(?:and|or)\s+(?:hotels?|restaurants?|guesthouses?|hospitals?|schools?|shops?|stores?|supermarkets?|farms?|factories))?\b/g;
/** After a sum, "不够" ("10万不够，要20万"): the sum that follows is the one meant. */
export const NOT_ENOUGH_AFTER = /^\s*(?:不够|太少|不行)(?:用)?[，,\s]*(?:要|需要|得|想要)?\s*(?:\d|[一二两三四五六七八九十几])/;
/** A figure the message says is wrong ("不是30万，是50万", "500k, not 300k"): it is not read. */
export const DENIED_BEFORE = /(?:(?<!是)不是(?:借|贷|要|需要|说)?|并非|而非|\bnot|\bisn['’]?t|\baren['’]?t|\brather than|\binstead of)\s*$/;
/** Head counts that are customers or guests, not staff. */
export const NOT_STAFF_BEFORE = /(?:接待|服务|客人|顾客|客户|游客|用户|会员|粉丝|学生|人口|每天|每日|日均|\bcustomers?|\bguests?|\bvisitors?|\busers?|\bfollowers?|\bclients?|\bserv(?:e|es|ing))\S{0,4}\s*$/;

// Between a cue and its duration only small words may stand ("成立了3年", "期限是两年",
// "for about 6 months"); a longer gap means the cue is about something else.
const GAP = String.raw`(?:\s*(?:了|已经|有|为|是|:|大概|大约|约|快|差不多|将近|近|个|about|around|over|nearly|almost|roughly|approximately|just|only|another|the|a))*\s*$`;

/** Words that make a duration the loan's term: "期限两年", "借3年", "for 6 months", "两年还清". */
export const TERM_BEFORE = new RegExp(
  String.raw`(?:期限|借|贷款?|用|还款|还|分|周期|为期|\bfor|\bover|\bterm(?: of)?|\brepay\w*(?: in| within| over)?|\bwithin|\bduration(?: of)?|\bperiod(?: of)?|\bloan|\bborrow\w*)` + GAP,
);
export const TERM_AFTER = /^\s*(?:还清|还完|还|期|内|以内|之内|的(?:期限|贷款|借款)|\bterm\b|\bloans?\b|\bto repay\b)/;
/** Words that make a duration the firm's age or the past, not a term. */
export const AGE_BEFORE = new RegExp(
  String.raw`(?:成立|开了|开业|开店|开张|做了|干了|经营了?|营业了?|创办|创立|注册|入行|已经|过去|最近|近|这|前|\bin business(?: for)?|\boperat\w*(?: for)?|\brunning(?: for)?|\btrading(?: for)?|\bbeen(?: \w+){0,3}(?: for)?|\bopen(?:ed)?(?: for)?|\bestablished(?: for)?|\bfounded|\bexisted(?: for)?|\bexperience(?: of)?|\b(?:last|past|previous))` + GAP,
);
export const AGE_AFTER =
  /^\s*(?:了|前|以前|之前|来|多了|的历史|历史|经验|的经验|老店|的老|\bold\b|\bago\b|\bof experience\b|\bexperience\b|\bin business\b|\bnow\b|\bhistory\b)/;
/** Words after a duration that make it a rate ("一年卖500万", "一年下来300万", "a year in sales"), not a term. */
export const RATE_AFTER =
  /^\s*(?:的)?(?:营业额|营收|收入|销售额|流水|卖|能卖|销售|产值|利润|赚|挣|进账|能做|接待|(?=(?:大概|大约|约|差不多|能有|有|能|也就|才)*(?:做了?|干了?|卖了?|能做|挣)\s*(?:\d|[一二两三四五六七八九十几])[^，。,.!?；;个人]{0,6}?(?:万|亿|千|元|块))|(?:算下来|做下来|下来|到头)(?=[^，。,.!?；;还]{0,8}?(?:\d|[一二两三四五六七八九十几])[^，。,.!?；;]{0,6}?(?:万|亿|千|百|元|块))|\brevenue\b|\bturnover\b|\bsales\b|\bin sales\b|\bin revenue\b)/;
export const RATE_BEFORE =
  /(?:每|营业额|营收|收入|销售额|流水|\bper\b|\beach\b|\bevery\b|\brevenue\b|\bturnover\b|\bsales\b)\s*(?:大概|大约|约)?\s*$/;

// ---------------------------------------------------------------------------------------------
// Yes and no: only when the message is essentially that (after punctuation, emoji and trailing
// politeness are gone). "不对，是50个员工" is a correction with a slot, not a bare "no".
// ---------------------------------------------------------------------------------------------

export const YES =
  /^(?:要得|要得嘛|是呢|对呢|嗯呢|好嘞|确认删除|确认|confirm(?:ed)?|go ahead|do it|yes please|是|是的|是啊|是呀|对|对的|对啊|对呀|对头|好|好的|好啊|好吧|好滴|可以|可以的|行|行的|行啊|嗯|嗯嗯|恩|恩恩|没错|没问题|当然|当然了|确定|确认|同意|有|有的|要|需要|ok|okay|okey|okk|k|kk|yes|yeah|yea|yep|yup|ya|yah|y|sure|correct|right|that['’]?s right|exactly|of course|absolutely|definitely|indeed|true|👍)(?:[，,\s]*(?:删吧|删掉吧|删掉|删了吧|删除吧|删除|delete it|delete|do it|go ahead))?(?:\s*(?:please|thanks|thank you|谢谢|的))?$/;
export const NO =
  /^(?:不是|不是的|不对|不|否|不要|不用|不用了|不需要|不行|不可以|没有|没|没有的|没呢|算了|no|nope|nah|n|not really|no thanks|no thank you|not at all|negative|wrong|incorrect|false|👎)(?:\s*(?:thanks|thank you|谢谢))?$/;
