// What the desk is told as it happens (GET /api/v1/desk/events, server-sent events): a hand-off
// opened, a customer's message while waiting, a claim, an agent's message, a release. One bus per
// process: events of turns handled by another instance are not seen here (see README).
// `eventsOfTurn` is pure: what a saved turn means to the desk.

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

export class DeskEvents {
  private readonly listeners = new Set<(event: DeskEvent) => void>();

  /** Returns the unsubscribe. */
  subscribe(listener: (event: DeskEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: DeskEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
