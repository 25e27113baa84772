/**
 * Benchmark queries over the synthetic corpus (its vocabulary comes from the demo fields): single
 * common words (the worst case for plain FTS5, which scores every match), pairs and triples, rare
 * words, typed prefixes, and natural-language descriptions for the meaning-based modes.
 */
export const LEXICAL_QUERIES = [
  'learning', 'model', 'attention', 'training', 'performance', 'language', 'memory', 'inference', 'graph', 'data',
  'sparse attention', 'kernel fusion', 'quantization accuracy', 'large language models', 'distributed training',
  'graph neural network', 'memory bandwidth', 'code generation', 'tensor cores', 'speculative decoding',
  'low precision GEMM', 'mixture of experts inference', 'federated learning privacy', 'reinforcement learning robot',
  'FlashAttention', 'SuiteSparse', 'stencil', 'Jetson Orin', 'swizzled', 'superoptimizer',
  'quantiz', 'transfor', 'accel', 'kernel fus', 'graph neur', 'distributed tra', 'spars', 'autotun',
  '"tensor cores" GPU', 'attention -sparse',
];

export const TOPIC_QUERIES = [
  'using fewer bits to store network weights', 'making attention faster on graphics cards',
  'splitting a big model across many machines', 'robots that learn from trial and error',
  'chips designed for neural network math', 'finding bugs in programs automatically',
  'keeping user data private while training', 'answering questions about images',
  'predicting molecule properties', 'compilers that tune loops for hardware',
  'cheaper serving of chat assistants', 'reading long documents with transformers',
];
