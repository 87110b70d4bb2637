// A service firm's fees, owed it as goods' money (货款) is: one list for the buyer-owes flag (markets.ts) and the receivables
// question (questions.ts).

/** 物业费, 培训费, 体检费, 检测费, 设计费, 服务费, 学费 (round 34, fix34d, corpus convention 200). */
export const FEES_OWED = String.raw`(?:物业|培训|课时|体检|检测|化验|服务|设计|维修|保洁|诊疗|广告|开发|技术服务|安装|管理)费|学费|医药费`;
