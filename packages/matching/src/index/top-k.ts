/**
 * Keeps the best `k` (document, score) pairs seen: a binary heap whose root is the worst kept.
 * Better means a higher score, then a smaller id, so the order never depends on insertion.
 */
export class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(
    private readonly k: number,
    private readonly idOf: (doc: number) => string,
  ) {}

  private better(aDoc: number, aScore: number, bDoc: number, bScore: number): boolean {
    return aScore > bScore || (aScore === bScore && this.idOf(aDoc) < this.idOf(bDoc));
  }

  offer(doc: number, score: number): void {
    const { docs, scores } = this;
    if (docs.length < this.k) {
      docs.push(doc);
      scores.push(score);
      this.siftUp(docs.length - 1);
    } else if (this.k > 0 && this.better(doc, score, docs[0]!, scores[0]!)) {
      docs[0] = doc;
      scores[0] = score;
      this.siftDown(0);
    }
  }

  /** The kept pairs, best first. */
  sorted(): { doc: number; score: number }[] {
    return this.docs
      .map((doc, i) => ({ doc, score: this.scores[i]! }))
      .sort((a, b) => (this.better(a.doc, a.score, b.doc, b.score) ? -1 : 1));
  }

  private swap(i: number, j: number): void {
    const { docs, scores } = this;
    [docs[i], docs[j]] = [docs[j]!, docs[i]!];
    [scores[i], scores[j]] = [scores[j]!, scores[i]!];
  }

  /** The root must be worse than both children. */
  private worse(i: number, j: number): boolean {
    return this.better(this.docs[j]!, this.scores[j]!, this.docs[i]!, this.scores[i]!);
  }

  private siftUp(i: number): void {
    let child = i;
    while (child > 0) {
      const parent = (child - 1) >>> 1;
      if (!this.worse(child, parent)) break;
      this.swap(child, parent);
      child = parent;
    }
  }

  private siftDown(i: number): void {
    const n = this.docs.length;
    let parent = i;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let worst = parent;
      if (left < n && this.worse(left, worst)) worst = left;
      if (right < n && this.worse(right, worst)) worst = right;
      if (worst === parent) return;
      this.swap(parent, worst);
      parent = worst;
    }
  }
}
