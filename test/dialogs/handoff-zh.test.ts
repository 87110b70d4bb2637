// The hand-off in Chinese, as a customer types it on a phone: the desk's hours, a number left for
// a call back, "有人吗", messages while waiting, and the hours outside a hand-off. Exact replies,
// on a fake clock (Beijing time).

import { describe, expect, it } from 'vitest';
import { beijing, HOUR, MINUTE, playHandoff } from './handoff-table';

const STARTED = '好的，已为您转接人工顾问。';
const STAFFED = '现在是人工服务时间（周一至周五 09:00–17:30，北京时间），顾问会尽快回复您。';
const ASK = '方便的话，请留下手机号或方便接电话的时间（例如“下午3点以后”），顾问会联系您；不想留请回复“跳过”。';
const MEANWHILE = '在此期间您可以继续留言，顾问会看到。想继续和我对话，请回复“返回机器人”。';
const BACK = '想先和我继续聊，请回复“返回机器人”。';
const closed = (when: string) => `人工服务时间是周一至周五 09:00–17:30（北京时间），现在不在服务时间，顾问会在${when}上班后看到您的留言。`;
const WELCOME =
  '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”';
const lines = (...l: string[]) => [l.join('\n')];

describe('hand-off (zh-CN)', () => {
  it('during desk hours: takes a number and a time, answers 有人吗 with the wait, acknowledges without repeating itself', async () => {
    const engine = await playHandoff(
      [
        { say: '我们在大理开客栈' },
        {
          say: '转人工',
          stage: 'handoff',
          replies: lines(STARTED, STAFFED, ASK, MEANWHILE),
          choices: ['跳过', '返回机器人'],
          contact: null,
        },
        {
          say: '我电话13888888888 下午打给我嘛',
          replies: ['好的，已记下手机号 13888888888（方便联系的时间：下午），顾问会据此联系您。要更正的话，直接再发一次就行。'],
          choices: ['返回机器人'],
          contact: { phone: '13888888888', callbackTime: '下午' },
        },
        {
          say: '有人吗 我等了好久了',
          after: 12 * MINUTE,
          replies: lines('您已经等了12分钟。', STAFFED, '顾问会联系您，联系方式：手机号 13888888888（方便联系的时间：下午）。', BACK),
        },
        { say: '我们想问下贷款的事', replies: ['您的留言已记下，人工顾问会尽快回复您。想继续和我对话，请回复“返回机器人”。'] },
        // A question while waiting is answered now; the request for a person stands.
        {
          say: '格是要抵押哦',
          stage: 'handoff',
          replies: [
            lines(
              '要看贷款大小。银行的线上经营贷和线上银行主要看经营流水、纳税和信用记录，小额的多是信用贷款；额度大、期限长的才常要抵押或担保：有权证的房产、土地经营权或林权，车辆设备，有仓单的存货，或者收入稳定、征信干净的担保人（您还不上时由他代还），能不能用、能抵多少由银行评估决定。不够的话，可以问银行能不能走政府性融资担保（2026年1月的国家政策要求向企业收的担保费不超过1%）。',
              '可以这样做：',
              '· 网商银行、微众银行等线上银行：在支付宝、微信里的官方入口申请，凭支付和纳税记录审批。',
              '· 在全国中小企业融资综合信用服务平台（信易贷）或本省的融资信用服务平台提交需求，可以一次对接多家银行。',
            )[0]!,
            '您找人工的请求还在，顾问会看到您的留言。不需要人工了，回复“算了”或“返回机器人”。',
          ],
          choices: ['返回机器人'],
        },
        { say: '主要是资金周转', replies: ['收到，留言已记下，顾问会一并看到。'] },
        {
          say: '咋个还没得人',
          after: 2 * HOUR,
          replies: lines(
            '您已经等了2小时12分钟。',
            closed('明天 09:00'),
            '顾问会联系您，联系方式：手机号 13888888888（方便联系的时间：下午）。',
            BACK,
          ),
        },
        { say: '返回机器人', stage: 'collecting', contact: { phone: '13888888888', callbackTime: '下午' } },
      ],
      { start: beijing(2026, 1, 15, 15, 30) }, // a Thursday
    );
    expect((await engine.view('desk-table'))?.waitingSince).toBeUndefined();
  });

  it('outside desk hours: says when a person will see it; a wrong number is asked again, 跳过 skips', async () => {
    const start = beijing(2026, 1, 16, 18, 5); // a Friday evening
    const engine = await playHandoff(
      [
        { say: '你好' },
        { say: '找个真人跟我说', replies: lines(STARTED, closed('周一 09:00'), ASK, MEANWHILE) },
        {
          say: '1388888888',
          replies: ['“1388888888”不像手机号：手机号是1开头的11位数字，例如13812345678。请再发一次，或回复“跳过”。'],
          choices: ['跳过', '返回机器人'],
          contact: null,
        },
        { say: '跳过', replies: ['好的，不留也没关系，顾问会在这里回复您。'], contact: null },
        { say: '你们几点上班', replies: [closed('周一 09:00')] },
        {
          say: '人呢',
          after: 26 * HOUR,
          replies: lines('您已经等了1天2小时。', closed('周一 09:00'), '方便的话留个手机号，顾问可以直接打给您。', BACK),
        },
        {
          say: '电话是139 8765 4321，明天上午10点以后都得',
          replies: ['好的，已记下手机号 13987654321（方便联系的时间：明天上午10点以后），顾问会据此联系您。要更正的话，直接再发一次就行。'],
          contact: { phone: '13987654321', callbackTime: '明天上午10点以后' },
        },
      ],
      { start },
    );
    const view = await engine.view('desk-table');
    expect([view?.stage, view?.waitingSince, view?.contact]).toEqual([
      'handoff',
      new Date(start).toISOString(),
      { phone: '13987654321', callbackTime: '明天上午10点以后' },
    ]);
  });

  it('does not ask again in a second hand-off when the number is known, and forgets it with the data', async () => {
    await playHandoff(
      [
        { say: '你好' },
        {
          say: '人工 我手机13612345678',
          replies: lines(STARTED, STAFFED, '顾问会联系您，联系方式：手机号 13612345678。', MEANWHILE),
          choices: ['返回机器人'],
        },
        { say: '返回机器人', stage: 'collecting' },
        { say: '还是转人工吧', replies: lines(STARTED, STAFFED, '顾问会联系您，联系方式：手机号 13612345678。', MEANWHILE) },
        { say: '删除我的数据' },
        { say: '是', contact: null },
        // A new conversation: welcomed again, and asked for a number again.
        { say: '转人工', replies: [WELCOME, ...lines(STARTED, STAFFED, ASK, MEANWHILE)] },
      ],
      { start: beijing(2026, 1, 15, 10, 0) },
    );
  });

  it('answers 几点上班 outside a hand-off with the hours and how to reach a person, then the open question', async () => {
    await playHandoff(
      [
        { say: '我们是种茶的' },
        {
          say: '你们工作时间是哪样',
          stage: 'collecting',
          replies: [
            [closed('周一 09:00'), '需要人工服务，请回复“人工”。'].join('\n'),
            '为了按国家标准判断企业规模，请告诉我去年的营业收入，例如：“年营业额150万”。也可以直接说您是微型、小型还是中型企业；不方便透露可以回复“跳过”。',
          ],
        },
      ],
      { start: beijing(2026, 1, 17, 11, 0) }, // a Saturday
    );
  });
});
