/** Seeded noise addressed by (seed, step, stream): any step's value is computed directly, in any order. */

// MurmurHash3's finalizer: spreads every input bit over the whole 32-bit output.
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Uniform in [0, 1). */
export function uniform(seed: number, step: number, stream: number): number {
  return mix(mix(mix(seed ^ 0x9e3779b9) ^ step) ^ stream) / 2 ** 32;
}

/** Close to a standard normal (the sum of 4 uniforms), and bounded to ±3.5 so a loss never turns negative. */
export function gaussian(seed: number, step: number, stream: number): number {
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += uniform(seed, step, 16 * stream + i);
  return (sum - 2) * Math.sqrt(3);
}
