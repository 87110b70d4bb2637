// The desk console's script. Signs the agent in (a desk key kept in sessionStorage for this tab,
// and a name), then shows the queue of customers waiting for a person, longest wait first, kept
// up to date by the desk's event stream (opened with a one-use stream token, so the key never
// goes in a URL; reopened with a new token when it drops), and one conversation at a time:
// summary, contact, transcript, notes, reply, claim, release. Nothing here builds HTML from data.

import { ApiError, DeskApi } from './api';
import { fill } from './format';
import { memory } from './memory';
import { CONFIG_ELEMENT_ID, type ConsoleConfig, type ConsoleLocale, type DeskEvent, type QueueEntry, type Strings } from './protocol';
import { byId, claimText, drawHead, drawQueue, drawTranscript, status, type ViewContext } from './view';

const EVENT_TYPES: ReadonlyArray<DeskEvent['type']> = ['handoff.opened', 'customer.message', 'claimed', 'agent.message', 'released'];
/** Waiting times are words ("12 分钟"): redrawn this often. */
const REDRAW_MS = 30_000;
/** Besides the events, the queue is read again this often (events are per server instance). */
const REFRESH_MS = 60_000;

function newId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

class DeskConsole {
  private locale: ConsoleLocale;
  private strings: Strings;
  private api: DeskApi | undefined;
  private agent = '';
  private queue: QueueEntry[] = [];
  private selected: string | undefined;
  private stream: EventSource | undefined;
  private retryMs = 1000;
  /** What the bar says of the event stream. */
  private connection: 'live' | 'reconnecting' | undefined;
  private refreshTimer: number | undefined;
  private refreshing: Promise<void> | undefined;
  private refreshAgain = false;
  /** The conversation this agent handed back (the console says so, rather than "no longer waiting"). */
  private handedBack: string | undefined;
  /** The reply being sent and its id, so a resend of the same words is the same message. */
  private pendingReply: { text: string; messageId: string } | undefined;

  constructor(private readonly config: ConsoleConfig) {
    this.locale = memory.locale() ?? config.locale;
    this.strings = config.strings[this.locale];
    this.bind();
    this.applyLanguage();
    const key = memory.key();
    const agent = memory.agent();
    byId<HTMLInputElement>('agent').value = agent ?? '';
    if (config.access !== 'off' && agent && (key || config.access === 'open')) void this.start(key, agent);
    else this.showSignIn();
    window.setInterval(() => this.redraw(), REDRAW_MS);
  }

  private get ctx(): ViewContext {
    return { strings: this.strings, locale: this.locale, agent: this.agent, now: Date.now() };
  }

  private bind(): void {
    byId('language').addEventListener('click', () => {
      this.locale = this.locale === 'zh-CN' ? 'en' : 'zh-CN';
      memory.setLocale(this.locale);
      this.applyLanguage();
      if (this.api) void this.refresh();
    });
    byId<HTMLFormElement>('sign-in-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.signIn();
    });
    byId('sign-out').addEventListener('click', () => this.signOut());
    byId<HTMLFormElement>('reply-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.reply();
    });
    byId('reply').addEventListener('keydown', (event) => {
      // Enter sends; Shift+Enter is a new line; Enter that confirms an IME composition does not send.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        void this.reply();
      }
    });
    byId<HTMLFormElement>('note-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.addNote();
    });
    byId('claim').addEventListener('click', () => void this.claim());
    byId('release').addEventListener('click', () => void this.release());
  }

  /** Every static string of the page, in the console's language. */
  private applyLanguage(): void {
    this.strings = this.config.strings[this.locale];
    const other: ConsoleLocale = this.locale === 'zh-CN' ? 'en' : 'zh-CN';
    document.documentElement.lang = this.locale;
    for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
      node.textContent = this.strings[node.dataset.i18n as keyof Strings] ?? node.textContent;
    }
    for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n-aria-label]'))) {
      node.setAttribute('aria-label', this.strings[node.dataset.i18nAriaLabel as keyof Strings]);
    }
    byId('language').lang = other;
    this.showConnection(this.connection);
    this.showAccess();
    if (this.api) byId('who').textContent = fill(this.strings.signedInAs, { agent: this.agent });
    this.redraw();
  }

  private showAccess(): void {
    const note = byId('access-note');
    const off = this.config.access === 'off';
    note.hidden = this.config.access === 'keys';
    note.textContent = off ? this.strings.deskOff : this.config.access === 'open' ? this.strings.openWarning : '';
    note.classList.toggle('error', off);
    byId('key-field').hidden = this.config.access !== 'keys';
    byId<HTMLButtonElement>('sign-in-button').disabled = off;
    for (const id of ['key', 'agent']) byId<HTMLInputElement>(id).disabled = off;
  }

  private showConnection(state: 'live' | 'reconnecting' | undefined): void {
    this.connection = state;
    byId('connection').textContent = state ? this.strings[state] : '';
  }

  private showSignIn(message = ''): void {
    byId('desk').hidden = true;
    byId('sign-out').hidden = true;
    byId('who').textContent = '';
    this.showConnection(undefined);
    byId('sign-in').hidden = false;
    byId('sign-in-error').textContent = message;
    if (this.config.access !== 'off') byId(this.config.access === 'keys' && !memory.key() ? 'key' : 'agent').focus();
  }

  private signIn(): void {
    if (this.config.access === 'off') return;
    const key = byId<HTMLInputElement>('key').value.trim();
    const agent = byId<HTMLInputElement>('agent').value.trim();
    const error = byId('sign-in-error');
    if (this.config.access === 'keys' && !key) {
      error.textContent = this.strings.keyMissing;
      byId('key').focus();
      return;
    }
    if (!agent || [...agent].length > this.config.maxAgentChars) {
      error.textContent = fill(this.strings.agentMissing, { max: this.config.maxAgentChars });
      byId('agent').focus();
      return;
    }
    void this.start(this.config.access === 'keys' ? key : undefined, agent);
  }

  /** Checks the key by reading the queue; only then is it kept for the tab. */
  private async start(key: string | undefined, agent: string): Promise<void> {
    const api = new DeskApi(this.config.apiBase, key);
    let queue: QueueEntry[];
    try {
      queue = (await api.handoffs(this.locale)).conversations;
    } catch (error) {
      memory.setKey(undefined);
      this.showSignIn(this.signInError(error));
      return;
    }
    memory.setKey(key);
    memory.setAgent(agent);
    byId<HTMLInputElement>('key').value = '';
    this.api = api;
    this.agent = agent;
    this.queue = queue;
    byId('sign-in').hidden = true;
    byId('desk').hidden = false;
    byId('sign-out').hidden = false;
    byId('who').textContent = fill(this.strings.signedInAs, { agent });
    this.redraw();
    this.connect();
    this.refreshTimer = window.setInterval(() => void this.refresh(), REFRESH_MS);
    (byId('queue-list').querySelector('button') ?? byId('conversation')).focus();
  }

  private signInError(error: unknown): string {
    if (!(error instanceof ApiError)) return fill(this.strings.errorGeneric, { message: String(error) });
    if (error.code === 'unauthorized') return this.strings.badKey;
    if (error.code === 'forbidden') return this.strings.clientKey;
    if (error.code === 'desk_off') return this.strings.deskOff;
    return this.errorText(error);
  }

  private signOut(): void {
    memory.setKey(undefined);
    this.stream?.close();
    this.stream = undefined;
    window.clearInterval(this.refreshTimer);
    this.api = undefined;
    this.selected = undefined;
    this.queue = [];
    this.showSignIn();
  }

  /** The event stream, with a fresh one-use token each time it is opened. */
  private connect(): void {
    const api = this.api;
    if (!api) return;
    const retry = () => {
      this.stream?.close();
      this.stream = undefined;
      this.showConnection('reconnecting');
      window.setTimeout(() => {
        if (this.api === api) this.connect();
      }, this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 30_000);
    };
    api.streamToken().then((answer) => {
      if (this.api !== api) return;
      const stream = new EventSource(api.eventsUrl(answer.token));
      this.stream = stream;
      stream.addEventListener('open', () => {
        this.retryMs = 1000;
        this.showConnection('live');
        // What happened while the stream was down.
        void this.refresh();
      });
      stream.addEventListener('error', retry);
      for (const type of EVENT_TYPES) {
        stream.addEventListener(type, (event) => this.onEvent(JSON.parse((event as MessageEvent<string>).data) as DeskEvent));
      }
    }, retry);
  }

  private onEvent(event: DeskEvent): void {
    if (event.type === 'handoff.opened') byId('announce').textContent = this.strings.newHandoff;
    void this.refresh();
  }

  /**
   * Reads the queue and the open conversation again; a burst of events makes one read under way
   * and one after it, not one each.
   */
  private refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = this.reload().finally(() => {
      this.refreshing = undefined;
      if (this.refreshAgain) {
        this.refreshAgain = false;
        void this.refresh();
      }
    });
    return this.refreshing;
  }

  /** The queue (summaries in the console's language) and the open conversation's transcript. */
  private async reload(): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      this.queue = (await api.handoffs(this.locale)).conversations;
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'unauthorized' || error.code === 'desk_off')) this.signOut();
      return;
    }
    this.redraw();
    if (this.selected) await this.loadTranscript(this.selected);
  }

  private redraw(): void {
    if (!this.api) return;
    const ctx = this.ctx;
    drawQueue(ctx, this.queue, this.selected, (id) => this.open(id));
    const entry = this.queue.find((e) => e.conversationId === this.selected);
    if (entry) drawHead(ctx, entry);
    else if (this.selected) {
      // Handed back here, or the customer went back to the bot (or another agent handed back).
      byId('claim-state').textContent = '';
      status(this.handedBack === this.selected ? this.strings.released : this.strings.notWaiting);
    }
    this.setWaiting(entry !== undefined || this.selected === undefined);
  }

  /**
   * A conversation no longer waiting keeps its transcript on screen, with its actions off; one
   * another agent has claimed can be read and handed back, not answered.
   */
  private setWaiting(waiting: boolean): void {
    const claimedBy = this.current?.claimedBy ?? null;
    const mayWrite = waiting && (claimedBy === null || claimedBy === this.agent);
    byId<HTMLButtonElement>('claim').disabled = !waiting || claimedBy !== null;
    byId<HTMLButtonElement>('release').disabled = !waiting;
    byId<HTMLButtonElement>('send').disabled = !mayWrite;
    byId<HTMLTextAreaElement>('reply').disabled = !mayWrite;
  }

  private get current(): QueueEntry | undefined {
    return this.queue.find((e) => e.conversationId === this.selected);
  }

  private open(id: string): void {
    this.selected = id;
    this.pendingReply = undefined;
    byId('no-selection').hidden = true;
    byId('selected').hidden = false;
    byId('transcript').dataset.drawn = '';
    status('');
    this.redraw();
    void this.loadTranscript(id).then(() => byId('reply').focus());
  }

  private async loadTranscript(id: string): Promise<void> {
    if (!this.api) return;
    try {
      const transcript = await this.api.transcript(id);
      if (this.selected === id) drawTranscript(this.ctx, transcript.entries);
    } catch (error) {
      if (this.selected === id) status(this.errorText(error), 'error');
    }
  }

  private async claim(): Promise<boolean> {
    const id = this.selected;
    if (!this.api || !id) return false;
    try {
      await this.api.claim(id, this.agent);
      byId('claim-state').textContent = claimText(this.ctx, this.agent);
      await this.refresh();
      return true;
    } catch (error) {
      status(this.errorText(error), 'error');
      await this.refresh();
      return false;
    }
  }

  /** Sends the reply box to the customer, claiming the conversation first when nobody has. */
  private async reply(): Promise<void> {
    const id = this.selected;
    const box = byId<HTMLTextAreaElement>('reply');
    const text = box.value.trim();
    if (!this.api || !id || box.disabled) return;
    if (!text) {
      status(this.strings.emptyText, 'error');
      return;
    }
    if ([...text].length > this.config.maxChars) {
      status(fill(this.strings.tooLong, { max: this.config.maxChars }), 'error');
      return;
    }
    if (this.current?.claimedBy === null && !(await this.claim())) return;
    if (this.pendingReply?.text !== text) this.pendingReply = { text, messageId: newId() };
    const send = byId<HTMLButtonElement>('send');
    send.disabled = true;
    status(this.strings.sending);
    try {
      await this.api.message(id, this.agent, text, this.pendingReply.messageId);
      this.pendingReply = undefined;
      if (box.value.trim() === text) box.value = '';
      status('');
      await this.loadTranscript(id);
    } catch (error) {
      status(this.errorText(error), 'error');
    } finally {
      this.redraw();
      box.focus();
    }
  }

  private async addNote(): Promise<void> {
    const id = this.selected;
    const box = byId<HTMLTextAreaElement>('note');
    const text = box.value.trim();
    if (!this.api || !id) return;
    if (!text) {
      status(this.strings.emptyText, 'error');
      box.focus();
      return;
    }
    try {
      await this.api.note(id, this.agent, text);
      box.value = '';
      status('');
      await this.loadTranscript(id);
    } catch (error) {
      status(this.errorText(error), 'error');
    }
  }

  private async release(): Promise<void> {
    const id = this.selected;
    if (!this.api || !id) return;
    try {
      await this.api.release(id);
      this.handedBack = id;
      await this.refresh();
    } catch (error) {
      status(this.errorText(error), 'error');
      await this.refresh();
    }
    byId('conversation').focus();
  }

  private errorText(error: unknown): string {
    if (!(error instanceof ApiError)) return fill(this.strings.errorGeneric, { message: String(error) });
    switch (error.code) {
      case 'network':
        return this.strings.errorNetwork;
      case 'not_waiting':
      case 'not_found':
        return this.strings.notWaiting;
      case 'claimed':
        return this.strings.claimedConflict;
      case 'wechat_no_secret':
      case 'wechat_window_closed':
      case 'botframework_no_reference':
        return this.strings[`delivery_${error.code}`];
      default:
        if (error.status === 409) return fill(this.strings.deliveryClosed, { message: error.message });
        if (error.status === 502) return fill(this.strings.deliveryFailed, { message: error.message });
        return fill(this.strings.errorGeneric, { message: error.message });
    }
  }
}

const element = document.getElementById(CONFIG_ELEMENT_ID);
new DeskConsole(JSON.parse(element?.textContent ?? '{}') as ConsoleConfig);
