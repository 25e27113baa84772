/** The research fields of the demo corpus, and a weighted draw over them. */
import type { Field } from './field.ts';
import { CODEGEN, NLP, SPEECH, VISION } from './fields-ml.ts';
import { GRAPHS, RL, ROBOTICS, THEORY } from './fields-other.ts';
import { DISTRIBUTED, GPU_KERNELS, HARDWARE, QUANTIZATION } from './fields-systems.ts';

/** All fields, in a fixed order (the order matters for determinism). */
export const FIELDS: readonly Field[] = [
  GPU_KERNELS, QUANTIZATION, HARDWARE, DISTRIBUTED, CODEGEN, VISION, NLP, SPEECH, RL, ROBOTICS, GRAPHS, THEORY,
];

const TOTAL_WEIGHT = FIELDS.reduce((sum, f) => sum + f.weight, 0);

/** One field, drawn with probability proportional to its weight. */
export function pickField(draw: number): Field {
  let x = draw * TOTAL_WEIGHT;
  for (const f of FIELDS) {
    x -= f.weight;
    if (x < 0) return f;
  }
  return FIELDS[FIELDS.length - 1];
}
