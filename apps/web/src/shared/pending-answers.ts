/**
 * Command answers a page applied ahead of its next read of the API. A read begun before an answer
 * arrived may not show the command yet (a poll already in flight): the answer is applied on top of it
 * again. The first read begun after the answer shows it (an Update answers once its step is in
 * Postgres), and the answer is forgotten. Reads run one at a time (the poller), so they end in order.
 */
export class PendingAnswers<A> {
  private reads = 0;
  private pending: { answer: A; readsBefore: number }[] = [];

  /** A read begins: its number, for `settle` when it answers. */
  beginRead(): number {
    return ++this.reads;
  }

  add(answer: A): void {
    this.pending.push({ answer, readsBefore: this.reads });
  }

  /** The answers read number `read` may not show yet, oldest first; the ones it shows are forgotten. */
  settle(read: number): A[] {
    this.pending = this.pending.filter((p) => read <= p.readsBefore);
    return this.pending.map((p) => p.answer);
  }
}
