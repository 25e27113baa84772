/**
 * Systems fields of the demo corpus: GPU kernels and compilers, quantization and efficient
 * inference, hardware accelerators, distributed training and serving.
 * Benchmark and product names are real (papers cite them); organizations elsewhere are not.
 */
import type { Field } from './field.ts';

/** GPU kernels and tensor compilers. */
export const GPU_KERNELS: Field = {
  key: 'gpu-kernels',
  weight: 1.0,
  primary: ['cs.DC', 'cs.PL', 'cs.PF'],
  cross: ['cs.LG', 'cs.AR', 'cs.PF', 'cs.MS'],
  nameChance: 0.7,
  namePrefixes: ['Flash', 'Warp', 'Tile', 'Fuse', 'Blaze', 'Kern', 'Swift', 'Stream', 'Vector', 'Thunder', 'Tensor', 'Sparse'],
  nameSuffixes: ['Kernel', 'Attn', 'GEMM', 'Fuse', 'Tile', 'Forge', 'Gen', 'Opt', 'Flow', 'Core', 'Sched', 'Lang'],
  mathChance: 0.08,
  vocab: {
    task: ['long-context attention', 'sparse matrix multiplication', 'LLM decoding', 'mixture-of-experts inference', 'batched small-matrix GEMM', 'depthwise convolution', 'stencil computation', 'graph neural network training', 'FFT-based convolution', 'KV-cache management', 'tensor contraction', 'low-precision GEMM'],
    method: ['fused attention kernel', 'tile-based code generator', 'autotuning framework', 'warp-specialized GEMM library', 'compiler pass', 'domain-specific language for GPU kernels', 'persistent-kernel runtime', 'schedule search algorithm', 'learned cost model', 'superoptimizer for tensor programs'],
    mechanism: ['fuses dequantization, softmax and the output projection into a single pass over shared memory', 'overlaps global-memory loads with tensor-core math through asynchronous copies', 'searches tiling and swizzling parameters with a learned cost model', 'lowers high-level tensor expressions to warp-level matrix instructions', 'assigns producer and consumer roles to warps to hide memory latency', 'eliminates redundant synchronization with a dataflow analysis', 'reorders the iteration space to maximize L2 cache reuse', 'generates specialized kernels for each sparsity pattern at load time'],
    challenge: ['poor utilization of tensor cores at small batch sizes', 'memory-bandwidth bottlenecks in the attention softmax', 'the combinatorial explosion of tiling choices', 'costly round trips to global memory between operators', 'load imbalance across thread blocks', 'long autotuning times'],
    dataset: ['the LLaMA-2 decoding workload', 'SuiteSparse matrices', 'MLPerf Inference', 'the TVM operator benchmark', 'PolyBench', 'a suite of <#int> transformer operators'],
    baseline: ['cuBLAS', 'cuDNN', 'FlashAttention-2', 'TVM', 'Triton', 'CUTLASS', 'PyTorch eager mode', 'XLA'],
    property: ['bit-exact numerics', 'portability across GPU generations', 'numerical stability', 'low compile times'],
    component: ['the tile scheduler', 'the swizzled shared-memory layout', 'the software pipelining depth', "the autotuner's search space", 'the epilogue fusion'],
    technique: ['warp specialization', 'asynchronous tensor-memory copies', 'stream-K decomposition', 'kernel fusion', 'auto-scheduling', 'register-level tiling', 'split-K reduction', 'persistent kernels'],
    hardware: ['H100 GPUs', 'A100 GPUs', 'consumer RTX 4090 cards', 'MI250X accelerators', 'Jetson Orin boards', 'MI300X GPUs'],
  },
  namedTitles: ['<Name>: <technique> for <task> on <hardware>', '<Name>: <adjective> <task> with <technique>', '<Name>: Automatically Generating Fast Kernels for <task>', '<Name>: <a:method> for <task>'],
  plainTitles: ['<technique> for <adjective> <task> on <hardware>', 'Revisiting <technique> for <task>', 'Beyond <baseline>: <adjective> <task> on <hardware>', 'Understanding the Performance of <task> on <hardware>', '<adjective> <task> Through <technique> and <technique>'],
  context: ['<task> dominates the runtime of many deep learning workloads, and its performance is increasingly bound by memory traffic rather than arithmetic.', 'Achieving peak performance for <task> on <hardware> still requires hand-written kernels that take experts weeks to tune.', 'As models grow, efficient GPU kernels for <task> have become critical to both training and serving costs.'],
  details: ['To keep the search tractable, <Ref> prunes configurations that exceed the register or shared-memory budget before measuring them.', 'The generated code is expressed in a small tile-level IR that targets several GPU back ends.'],
  results: ['On <hardware>, <Ref> achieves a <#x>x speedup over <baseline> and reaches <#pct>% of peak tensor-core throughput.', 'Across <dataset>, it outperforms <baseline> by <#x>x on average while preserving <property>.', 'End-to-end, integrating <Ref> into a serving stack reduces latency by <#red>% for <task>.', 'Autotuning time drops from hours to <#int> minutes with less than <#pts>% loss in performance.'],
  math: ['The tiling search space grows as $O(T^{d})$ for $d$ loop dimensions, which we reduce to $O(d \\log T)$ with a decomposable cost model.', 'The kernel attains an arithmetic intensity of $I = \\frac{2MNK}{(MK + KN + MN)\\,b}$ FLOPs per byte, close to the roofline bound.'],
};

/** Quantization, pruning and efficient inference. */
export const QUANTIZATION: Field = {
  key: 'quantization',
  weight: 1.1,
  primary: ['cs.LG', 'cs.LG', 'cs.CL'],
  cross: ['cs.CL', 'cs.AI', 'cs.AR', 'cs.PF'],
  nameChance: 0.65,
  namePrefixes: ['Quant', 'Q', 'Bit', 'Lite', 'Slim', 'Nano', 'Tiny', 'Prune', 'Lean', 'Micro', 'Low', 'Squeeze'],
  nameSuffixes: ['LLM', 'Bit', 'Rank', 'Sparse', 'Distill', 'Cache', 'Zip', 'Fit', 'Edge', 'Mix', 'Quant', 'Serve'],
  mathChance: 0.08,
  vocab: {
    task: ['post-training quantization of large language models', 'weight-only quantization', 'KV-cache compression', 'structured pruning of vision transformers', 'speculative decoding', 'on-device LLM inference', 'low-bit fine-tuning', 'activation quantization', 'mixed-precision inference', 'knowledge distillation for small language models'],
    method: ['rotation-based quantization scheme', 'outlier-aware quantizer', 'calibration-free compression method', 'mixed-precision search algorithm', 'low-rank adapter', 'pruning criterion', 'codebook quantizer', 'lookup-table inference engine'],
    mechanism: ['rotates weights with random Hadamard transforms so that outliers are spread across channels', 'allocates bit-widths per layer by solving a knapsack problem over measured sensitivities', 'keeps a small set of salient channels in 16-bit precision and quantizes the rest to <#bits> bits', 'learns quantization step sizes with a straight-through estimator on only <#int>K calibration tokens', 'merges low-rank corrections into the quantized weights after fine-tuning', 'prunes attention heads whose removal least increases the reconstruction loss', 'compresses the KV cache with per-token adaptive precision', 'drafts tokens with a small model and verifies them in parallel'],
    challenge: ['activation outliers that dominate the quantization range', 'severe accuracy loss below 4 bits', 'the memory footprint of the KV cache at long context lengths', 'expensive retraining', 'the lack of hardware support for irregular sparsity'],
    dataset: ['WikiText-2', 'C4', 'MMLU', 'GSM8K', 'ImageNet-1K', 'LongBench', 'the LLaMA-3 family', 'HellaSwag'],
    baseline: ['GPTQ', 'AWQ', 'SmoothQuant', 'round-to-nearest quantization', 'the FP16 baseline', 'QuIP#', 'SparseGPT'],
    property: ['model quality', 'perplexity', 'zero-shot accuracy', 'generation quality', 'calibration stability'],
    component: ['the rotation step', 'the per-group scaling factors', 'the salient-channel selection', 'the calibration set size', 'the bit allocation'],
    technique: ['Hadamard rotations', 'vector quantization', '2:4 structured sparsity', 'low-rank decomposition', 'learned step sizes', 'speculative decoding', 'mixed-precision search', 'lookup-table GEMV'],
    hardware: ['a single A100', 'commodity CPUs', 'smartphones', 'edge NPUs', 'H100 GPUs', 'laptops with integrated graphics'],
  },
  namedTitles: ['<Name>: Accurate <#bits>-Bit Quantization of Large Language Models via <technique>', '<Name>: <technique> for <task>', '<Name>: Serving <#int>B-Parameter Models on <hardware>', '<Name>: <adjective> <task> with <technique>'],
  plainTitles: ['<technique> Makes <task> Practical', 'Rethinking <task> with <technique>', 'How Low Can You Go? <task> at <#bits> Bits', '<adjective> <task> via <technique>', 'On the Limits of <technique> for <task>'],
  context: ['Large models are expensive to deploy, and <task> has become the standard way to cut their memory and compute costs.', 'Running modern networks on <hardware> requires aggressive compression, yet <task> often degrades accuracy.', '<task> promises large savings at inference time, but its accuracy depends heavily on how outliers are handled.'],
  details: ['The procedure needs only a few minutes on one GPU and no gradient updates to the original model.', 'We also provide fused low-bit kernels so that the memory savings translate into real speedups.'],
  results: ['At <#bits>-bit precision, <Ref> retains <#pct>% of the FP16 accuracy on <dataset>, outperforming <baseline> by <#pts> points.', '<Ref> lowers perplexity on <dataset> by up to <#pts> relative to <baseline> at the same bit-width.', 'Memory usage drops by <#red>% and decoding throughput improves by <#x>x on <hardware>.', 'Our kernels deliver a <#x>x end-to-end speedup over <baseline> with negligible loss in <property>.'],
  math: ['We minimize the layer-wise reconstruction error $\\|WX - \\hat{W}X\\|_F^2$ subject to a per-group bit budget.', 'Under mild assumptions the rotated weights satisfy $\\max_i |w_i| \\le O(\\sqrt{\\log n / n})\\,\\|w\\|_2$, which bounds the quantization error.'],
};

/** Hardware accelerators, FPGAs and RTL design. */
export const HARDWARE: Field = {
  key: 'hardware',
  weight: 0.8,
  primary: ['cs.AR'],
  cross: ['cs.LG', 'cs.DC', 'eess.SP', 'cs.ET'],
  nameChance: 0.6,
  namePrefixes: ['Systo', 'Sili', 'Gate', 'Pipe', 'Neuro', 'Photon', 'Lattice', 'Cascade', 'Ember', 'Axon', 'Quartz', 'Volt'],
  nameSuffixes: ['Flow', 'Core', 'Accel', 'NPU', 'Mesh', 'Array', 'Forge', 'Weave', 'Engine', 'Chip', 'PIM', 'Grid'],
  mathChance: 0.08,
  vocab: {
    task: ['transformer inference on FPGAs', 'sparse tensor acceleration', 'processing-in-memory for recommendation models', 'RTL design space exploration', 'low-power keyword spotting', 'homomorphic encryption acceleration', 'high-level synthesis of DNN accelerators', 'systolic-array dataflow mapping', 'near-memory graph analytics', 'posit arithmetic'],
    method: ['systolic-array accelerator', 'reconfigurable dataflow architecture', 'high-level synthesis flow', 'chiplet-based accelerator', 'processing-in-memory design', 'RTL generator', 'bit-serial compute engine', 'design space exploration framework'],
    mechanism: ['reuses partial sums inside a reconfigurable systolic array to avoid off-chip traffic', 'maps attention heads onto spatially pipelined processing elements', 'co-optimizes the dataflow and the on-chip buffer hierarchy with Bayesian optimization', 'generates parameterized Verilog from a dataflow graph', 'skips zero operands with a lightweight compression format', 'performs multiply-accumulate operations inside DRAM banks'],
    challenge: ['limited on-chip memory', 'the long turnaround of RTL design iterations', 'the energy cost of data movement', 'poor utilization under irregular sparsity', 'the gap between HLS and hand-written RTL'],
    dataset: ['ResNet-50 and BERT-Base workloads', 'the MLPerf Tiny suite', 'a 7B-parameter language model', 'the SuiteSparse collection', 'DLRM embedding tables'],
    baseline: ['an A100 GPU', 'a state-of-the-art FPGA accelerator', 'a server-class CPU', 'Gemmini', 'a TPU-like systolic baseline', 'the HLS baseline'],
    property: ['energy efficiency', 'area efficiency', 'timing closure at high clock rates', 'design flexibility'],
    component: ['the buffer hierarchy', 'the PE array size', 'the network-on-chip', 'the sparsity encoder', 'the clock-gating logic'],
    technique: ['systolic arrays', 'processing in memory', 'high-level synthesis', 'bit-serial arithmetic', 'dataflow specialization', 'chiplet integration', 'approximate multipliers', 'sparse tensor cores'],
    hardware: ['an Alveo U280 FPGA', 'a 28 nm test chip', 'a 7 nm ASIC', 'a Versal ACAP', 'a Stratix 10 FPGA', 'a 16 nm FinFET process'],
    freq: ['250', '300', '450', '800', '1000', '1200'],
    watts: ['1.8', '3.2', '7.5', '12', '25'],
  },
  namedTitles: ['<Name>: <a:method> for <task>', '<Name>: <adjective> <task> with <technique>', '<Name>: An Open-Source Generator for <task>'],
  plainTitles: ['<technique> for <adjective> <task>', 'Co-Designing <technique> and Dataflow for <task>', 'Accelerating <task> on <hardware>', 'A Case for <technique> in <task>'],
  context: ['<task> is increasingly limited by the energy of moving data rather than computing on it.', 'Domain-specific accelerators promise orders-of-magnitude gains for <task>, but designing them remains slow and error-prone.', 'Deploying <task> at the edge demands hardware that is both efficient and flexible.'],
  details: ['The design is written in a parameterized hardware generator and verified against a cycle-accurate simulator.', 'A lightweight compiler maps each layer onto the array and chooses the buffer partitioning automatically.'],
  results: ['Implemented on <hardware>, <Ref> achieves <#x>x higher throughput and <#x>x better energy efficiency than <baseline>.', 'Post-layout results show a <#red>% reduction in area at a clock frequency of <freq> MHz.', 'On <dataset>, the design sustains <#pct>% PE utilization while consuming only <watts> W.', 'Compared with <baseline>, design iterations shrink from days to <#int> minutes.'],
  math: ['We model the buffer energy as $E = \\sum_{l} (r_l \\cdot e_{\\text{SRAM}} + m_l \\cdot e_{\\text{DRAM}})$ and minimize it under an area constraint.', 'The bit-serial engine computes $y = \\sum_{b=0}^{B-1} 2^b (x_b \\cdot w)$, trading latency for area.'],
};

/** Distributed training and serving systems. */
export const DISTRIBUTED: Field = {
  key: 'distributed',
  weight: 0.8,
  primary: ['cs.DC'],
  cross: ['cs.LG', 'cs.NI', 'cs.OS', 'cs.PF'],
  nameChance: 0.7,
  namePrefixes: ['Mega', 'Zero', 'Pipe', 'Shard', 'Elastic', 'Hetero', 'Flex', 'Para', 'Fleet', 'Spot', 'Grad', 'Mesh'],
  nameSuffixes: ['Train', 'Scale', 'Pipe', 'Serve', 'Shard', 'Sched', 'Flow', 'Fleet', 'Comm', 'Opt', 'Ckpt', 'Mesh'],
  mathChance: 0.08,
  vocab: {
    task: ['large-scale LLM pretraining', 'LLM serving', 'pipeline-parallel training', 'fault-tolerant training', 'mixture-of-experts training', 'checkpointing at scale', 'training on heterogeneous GPU clusters', 'communication-efficient data parallelism', 'multi-tenant GPU scheduling', 'long-sequence training'],
    method: ['parallelization planner', 'serving system', 'scheduling algorithm', 'collective communication library', 'checkpointing system', 'memory optimizer', 'elastic training runtime', 'load balancer for expert parallelism'],
    mechanism: ['searches over tensor, pipeline and expert parallelism with an analytical cost model', 'overlaps gradient communication with the backward pass', 'disaggregates prefill and decode onto separate GPU pools', 'takes asynchronous in-memory checkpoints every few iterations', 'reschedules pipeline stages when spot instances are preempted', 'routes tokens to experts with a capacity-aware all-to-all'],
    challenge: ['pipeline bubbles', 'straggler GPUs', 'communication overhead across nodes', 'frequent hardware failures at scale', 'memory fragmentation in the KV cache'],
    dataset: ['a 175B-parameter GPT model', 'a 512-GPU cluster', 'production traces from a chatbot service', 'Llama-2-70B', 'the ShareGPT workload', 'a 1,024-GPU training run'],
    baseline: ['Megatron-LM', 'DeepSpeed ZeRO-3', 'vLLM', 'PyTorch FSDP', 'NCCL', 'Alpa'],
    property: ['training convergence', 'latency service-level objectives', 'fault tolerance', 'GPU utilization'],
    component: ['the cost model', 'the overlap scheduler', 'the checkpoint frequency', 'the KV-cache allocator', 'the expert placement'],
    technique: ['pipeline parallelism', 'prefill-decode disaggregation', 'asynchronous checkpointing', 'gradient compression', 'expert parallelism', 'sequence parallelism', 'paged attention', 'elastic scheduling'],
  },
  namedTitles: ['<Name>: <adjective> <task> with <technique>', '<Name>: <a:method> for <task>', '<Name>: Taming <challenge> in <task>'],
  plainTitles: ['<technique> for <task> at Scale', 'Lessons from <task> on Thousands of GPUs', '<adjective> <task> via <technique>', 'Rethinking <technique> for <task>'],
  context: ['<task> now routinely spans thousands of accelerators, where small inefficiencies translate into large costs.', 'The cost of <task> is dominated by communication and idle time rather than computation.', 'Operators of <task> must balance throughput, latency and reliability under tight budgets.'],
  details: ['The planner runs in seconds and its decisions can be re-evaluated online as the workload shifts.', 'The runtime is implemented as a drop-in extension that requires no changes to model code.'],
  results: ['On <dataset>, <Ref> improves training throughput by <#x>x over <baseline>.', 'It serves <#x>x more requests per second than <baseline> while meeting latency SLOs.', 'Model FLOPs utilization reaches <#pct>% and recovery after failures takes under <#int> seconds.', 'Communication volume shrinks by <#red>% without affecting <property>.'],
  math: ['The planner minimizes the iteration time $T = \\max_i (C_i + M_i) + (p - 1)\\, t_{\\text{stage}}$ over $p$ pipeline stages.', 'With $d$ data-parallel ranks, ring all-reduce costs $2\\frac{d-1}{d}\\cdot\\frac{n}{B}$ seconds for $n$ bytes at bandwidth $B$.'],
};
