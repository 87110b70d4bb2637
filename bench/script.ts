// The conversation the benchmarks walk (bench/run.ts over HTTP, bench/turns.ts through the engine):
// one conversation as people type it, the profile in several messages, advice, follow-ups.

export const SCRIPT = [
  '你好',
  '我们在大理开客栈',
  '员工8个人，一年营业额120万',
  '1',
  '30万',
  '半年',
  '2',
  '风险',
  '其实我们有30个人',
  '总结',
  'English',
  'what about P2P?',
  '重新开始',
] as const;
