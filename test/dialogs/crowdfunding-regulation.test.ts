// Whether crowdfunding is legal (round 38, the lead): 众筹合法不, "is crowdfunding legal in china" is answered for crowdfunding,
// by kind (pre-sale allowed; no approved public equity crowdfunding, CSRC 2015, and what is legal instead; lending crowdfunding is
// P2P, gone by 2020), with its source, not with the whole list of regulation. Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('round 38: whether crowdfunding is legal', () => {
  it('zh-CN: a tea firm asks whether crowdfunding is legal: the kinds answered, the source, the question after', async () => {
    await playHandoff(
      [
        { say: '我们做普洱茶的 八个人' },
        {
          say: '众筹合法不',
          replies: [
            '众筹的监管：\n· 众筹合不合法，要看是哪一种：产品预售（回报）众筹是买卖，不是证券，可以做，适合面向消费者的新产品；公开的股权众筹在我国没有获批（证监会，2015年），合法的是向少数投资人、签书面协议的非公开股权融资，以及本省的区域性股权市场；借贷型众筹就是P2P网贷，实际运营的P2P平台到2020年已经清零。\n出处：最新金融规则与事实（2026年11月核对）\n想看与小微企业相关的全部监管要点，回复“监管”。',
            '还需要知道去年的营业收入，才能按国家标准判断规模，例如：“年营业额150万”。不清楚可以回复“跳过”。',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });

  it('en: asked first thing: the kinds answered, then the trade asked', async () => {
    await playHandoff(
      [
        {
          say: 'is crowdfunding legal in china',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            'Crowdfunding: who regulates it\n· Whether crowdfunding is legal depends on the kind: reward or pre-sale crowdfunding is commerce, not securities, and is allowed (it suits a new consumer product); public equity crowdfunding has no approval in China (CSRC, 2015): what is legal is private equity financing from a limited number of investors under a written agreement, and the provincial regional equity market; lending crowdfunding is P2P lending, and the operating P2P platforms were down to zero by 2020.\nSource: current finance rules and facts (checked November 2026)\nFor all the key points of regulation for small firms, reply "regulation".',
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
