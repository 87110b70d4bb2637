// Food made by a firm, not grown (its own file: the trade lists, the stock bought and the things bought read it; round 29).

import type { Words } from '../types';

/** Food made, not grown: 鲜花饼, 饵块, 火腿 (manufacturing when named alone). */
export const madeFood: Words = [
  ...['鲜花饼', '糕点', '月饼', '饵块', '饵丝', '乳扇', '果脯', '蜜饯', '腌菜', '酱菜', '腊肉', String.raw`火腿(?!肠)`],
  // Soy and chilli goods and pressed tea (做豆腐的, 做豆豉, 油辣子, 沱茶): made, not grown.
  ...['腊肠', '豆腐', '豆豉', '豆瓣酱', '腐乳', '油辣子', '辣椒酱', '茶饼', '沱茶', '砖茶', '普洱饼', '饼茶'],
  // Oils, sugar, dairy and pantry goods made (做核桃油的, 熬红糖, 做乳饼, 做酱油, 压挂面).
  ...['核桃油', '菜籽油', '红糖', '乳饼', '酱油', '香醋', '挂面', '魔芋豆腐', '玫瑰花酱', '花酱'],
  // Dried fruit, mushrooms and meat made to sell (做芒果干的, 做果干, 牛肉干): made, not grown.
  ...['果干', '菌干', '牛肉干', '猪肉干'],
];
