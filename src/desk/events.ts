// What the desk is told as it happens (GET /api/v1/desk/events, server-sent events, and the
// outgoing webhook): a hand-off opened, a customer's message while waiting, a claim, an agent's
// message, a release. `eventsOfTurn` is pure: what a saved turn means to the desk. `DeskEvents`
// is the bus: an event is published in the process where it happened; its local listeners (the
// webhook, which must send each event once) hear only those, and its listeners of every event
// (the event streams) hear them all: this process's straight away, and the other instances'
// through a bridge when there is one (Redis pub/sub, redis-bridge.ts).

import type { Stage } from '../../dialogs/types';
import type { TranscriptEntry } from '../conversation/store';
import type { ChannelName } from '../conversation/types';

export const DESK_EVENT_TYPES = ['handoff.opened', 'customer.message', 'claimed', 'agent.message', 'released'] as const;
export type DeskEventType = (typeof DESK_EVENT_TYPES)[number];

export interface DeskEvent {
  type: DeskEventType;
  conversationId: string;
  channel: ChannelName;
  /** ISO 8601. */
  at: string;
  /** The agent (claimed, agent.message). */
  agent?: string;
  /** The words (customer.message, agent.message). */
  text?: string;
  /** On a claim that took the conversation over: the agent who had it before. */
  takeOverFrom?: string;
}

/** A turn as saved: the stage before and after it, and what it added to the transcript. */
export interface SavedTurn {
  conversationId: string;
  channel: ChannelName;
  before: Stage | undefined;
  after: Stage;
  entries: readonly TranscriptEntry[];
  at: number;
}

export function eventsOfTurn(turn: SavedTurn): DeskEvent[] {
  const waited = turn.before === 'handoff';
  // Most turns are no event at all: they return before the event's fields are built.
  if (!waited && turn.after !== 'handoff') return [];
  const base = { conversationId: turn.conversationId, channel: turn.channel, at: new Date(turn.at).toISOString() };
  if (!waited) return [{ type: 'handoff.opened', ...base }];
  if (turn.after !== 'handoff') return [{ type: 'released', ...base }];
  return turn.entries.filter((e) => e.author === 'user').map((e) => ({ type: 'customer.message', ...base, text: e.text }));
}

/** Carries events between instances, in the order they were sent. */
export interface DeskEventBridge {
  /** To the other instances. */
  send(event: DeskEvent): void;
  /** The other instances' events; returns the unsubscribe. */
  receive(listener: (event: DeskEvent) => void): () => void;
}

type Listener = (event: DeskEvent) => void;

export class DeskEvents {
  private readonly listeners = new Set<Listener>();
  private readonly localListeners = new Set<Listener>();

  constructor(private readonly bridge?: DeskEventBridge) {
    bridge?.receive((event) => this.emit(event));
  }

  /** Every event, wherever it happened (an event stream). Returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The events that happened in this process only (the webhook: each event sent once). Returns the unsubscribe. */
  subscribeLocal(listener: Listener): () => void {
    this.localListeners.add(listener);
    return () => this.localListeners.delete(listener);
  }

  /** An event that happened here. */
  publish(event: DeskEvent): void {
    for (const listener of this.localListeners) listener(event);
    this.emit(event);
    this.bridge?.send(event);
  }

  private emit(event: DeskEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
