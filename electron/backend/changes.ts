import type { Topic } from '../../shared/contract/branch';

/** What changed in the backend, by topic, for the hosts to push to every screen (never any content). */
export type Changes = {
  emit(topic: Topic): void;
  subscribe(listener: (topic: Topic) => void): () => void;
};

export function createChanges(log?: (message: string, error?: unknown) => void): Changes {
  const listeners = new Set<(topic: Topic) => void>();
  return {
    emit(topic) {
      for (const listener of listeners) {
        try {
          listener(topic);
        } catch (error) {
          // A broken stream must not fail the write that was already made.
          log?.('change listener failed', error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
