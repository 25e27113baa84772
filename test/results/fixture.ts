import type { PaperInput } from '../../src/core/paper.ts';

/** Synthetic papers with result claims, spread over months, one of them hostile. */
export function resultsFixture(): PaperInput[] {
  const p = (id: string, month: string, title: string, abstract: string, categories = ['cs.DC']): PaperInput => ({
    arxivId: id, title, abstract, authors: ['Ada Lovelace'], categories, publishedAt: `${month}-10`, submittedOnDailyAt: `${month}-11`, upvotes: 1,
  });
  return [
    p('2410.00001', '2024-10', 'Sparse Kernel Tuning', 'Our sparse kernels are 1.5x faster than cuBLAS on an NVIDIA H100.'),
    p('2411.00002', '2024-11', 'Sparse Kernel Fusion', 'Fused sparse kernels reach a 2.4$\\times$ speedup over cuBLAS on the H100 and 97.6% correctness on KernelBench.'),
    p('2412.00003', '2024-12', 'Sparse Attention Kernels', 'Attention kernels run 1.9-38.8x faster than PyTorch eager on KernelBench on an A100 GPU.'),
    p('2501.00004', '2025-01', 'Sparse Attention at Scale', 'We achieve up to 4.86x and 2.18x speedups on NVIDIA and AMD GPUs, respectively, over vendor libraries.'),
    p('2501.00005', '2025-01', 'Sparse Quantized Attention', 'Our 4-bit format reduces memory by 61% compared to FP16 while keeping 99.1% accuracy on MMLU.', ['cs.LG']),
    p('2501.00006', '2025-01', 'Evil <script>alert(1)</script> kernels', 'It is 3x faster than the <b onmouseover=alert(1)>evil</b> library on an H100 <img src=x onerror=alert(2)>.', ['cs.CR']),
    p('2501.00007', '2025-01', 'A survey of sparse kernels', 'We survey kernels without numbers.'),
  ];
}
