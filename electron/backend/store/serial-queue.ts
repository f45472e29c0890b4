/**
 * Runs async tasks one after another. Used wherever a check and the write that
 * depends on it must not interleave with another request (one file, one booking slot).
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
