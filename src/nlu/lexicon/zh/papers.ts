// Papers and licences in Chinese: a licence or permit of the firm's own named by its kind, said held, and a loan
// spoken of beside them. Read together by run.ts (licenceAmongPapers, corpus convention 199): a licence named among
// the papers to bring for a loan is one of those papers, not a regulation asked.

import type { Words } from '../types';

/** A licence or a permit named by its kind (医疗机构执业许可证, 办学许可证, 卫生许可证, 营业执照, 资质, 牌照, 备案证明). */
export const licenceNamed: Words = [String.raw`[\u4e00-\u9fff]{0,10}?(?:许可证|执照|资质(?:证书?)?|牌照|备案(?:证明)?)`];

/** A loan spoken of: the papers asked are a lender's. */
export const loanSpokenOf: Words = ['贷', '借'];

/** A licence said held (办学许可证有了, 执照都有, 拿到了许可证): a paper the firm has, not one it asks how to get. */
export const licenceHeld: Words = [
  String.raw`(?:许可证|执照|证)\s*(?:都|也)?\s*(?:有了|有的|齐了|拿到了|办好了|办下来了)`,
  String.raw`(?:有|拿到了|办好了)[^，。,.!?；;]{0,6}(?:许可证|执照)`,
];
