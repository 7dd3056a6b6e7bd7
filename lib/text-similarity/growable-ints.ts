/** An append-only list of 32-bit integers: indexing 50 000 prompts collects millions of them. */
export class GrowableInts {
  private values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  /** The values without copying them; valid until the next push. */
  view(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}
