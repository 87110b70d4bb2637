// Chinese word lists. Staff roles: head counts given by role ("厨师四个、服务员五个") add up to
// the staff. Generic words for staff (员工, 人) are not roles; they label a total.

import type { Words } from '../types';

export const staffRoles: Words = [
  '厨师', '大厨', '厨工', '帮厨', '服务员', '传菜员', '保安', '保洁', '清洁工', '司机', '驾驶员', '店员', '收银员', '收银',
  '导购', '会计', '出纳', '文员', '技术员', '工程师', '程序员', '设计师', '师傅', '学徒', '小工', '前台', '客服', '业务员',
  '销售员', '采茶工', '工人', '管家', '导游', '老师', '护士', '医生', '美发师', '理发师', '修理工', '装卸工', '送货员', '快递员',
  '教练', '仓管', '库管', '洗碗工', '配送员', '骑手', '技师', '药剂师', '茶艺师', '店长', '帮工', '保育员', '主播', '助播', '运营', '美工', '护工',
];
