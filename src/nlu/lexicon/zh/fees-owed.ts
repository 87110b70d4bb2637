// A service firm's fees, owed it as goods' money (货款) is: one list for the buyer-owes flag (markets.ts) and the receivables
// question (questions.ts).

import { BUYER_WORDS } from './buyers';

/** 物业费, 培训费, 体检费, 检测费, 设计费, 服务费, 学费 (round 34, fix34d, corpus convention 200). */
export const FEES_OWED = String.raw`(?:物业|培训|课时|体检|检测|化验|服务|设计|维修|保洁|诊疗|广告|开发|技术服务|安装|管理)费|学费|医药费`;

/**
 * Who owes a fee or a fare, named before it within its clause (学校欠我们培训费, 有家单位的设计费, 越南客户的运费): a fee held back
 * with no debtor named is the firm's own to pay (我们商铺的物业费拖了两万多, 我们的运费一直拖着没付; round 34, the review of the merge).
 * The buyers named (buyers.ts), and those a service firm bills: a boss, an owner, a school, a clinic, parents, tenants, a country's.
 */
export const FEE_DEBTOR_BEFORE = String.raw`(?<=(?:${BUYER_WORDS}|老板|业主|学校|医院|诊所|单位|机关|开发商|总包|政府|家长|学员|学生|租户|商户|那边|越南|缅甸|老挝|泰国|customer|buyer|client)[^，,。；;！？!?]{0,8})`;

/**
 * The money owed named as a service's fee (round 35, fix35b, corpus convention 219): the fees above and a few more a service firm
 * bills (咨询费, 策划费, 代理费, 劳务费), read over the whole message once the receivables question is asked: the fees-owed question.
 */
export const SERVICE_FEES_NAMED = new RegExp(
  `${FEES_OWED}|(?:咨询|策划|代理|劳务|翻译|运营|推广|课程|顾问|监理|评估|审计|记账|代账)费|服务款|设计款`,
);

/** Goods' money named as what is owed (货款, 工程款, 材料款): a goods debt, whatever fee a lender charges beside it (round 35 review). */
export const GOODS_MONEY_OWED = /货款|货钱|货的钱|工程款|材料款|进度款/;
