/**
 * The hardware dictionary: canonical names and the ways abstracts write them. Data, not code:
 * operators add devices with a JSON file (PAPERBOY_RESULTS_DICTIONARY, see docs/RESULTS.md).
 * Aliases match whole words, case-insensitively; `kind` groups devices on the hardware pages.
 */
export interface EntityEntry {
  name: string;
  kind: string;
  aliases: string[];
}

const nvidia = (model: string, extra: string[] = []): EntityEntry => ({
  name: `NVIDIA ${model}`, kind: 'GPU', aliases: [model, `NVIDIA ${model}`, `Nvidia ${model}`, ...extra],
});

export const HARDWARE: EntityEntry[] = [
  nvidia('H100', ['H100 SXM', 'H100 PCIe']), nvidia('H200'), nvidia('H800'), nvidia('H20'), nvidia('GH200'),
  nvidia('B200'), nvidia('B100'), nvidia('GB200'), nvidia('A100', ['A100 GPU']), nvidia('A800'), nvidia('A6000', ['RTX A6000']),
  nvidia('A40'), nvidia('A10G'), nvidia('A10'), nvidia('L40S'), nvidia('L40'), nvidia('L4'), nvidia('T4'), nvidia('V100'), nvidia('P100'),
  nvidia('K80'), nvidia('TITAN V'), nvidia('TITAN RTX'),
  ...['2060', '2070', '2080', '2080 Ti', '3060', '3070', '3080', '3090', '4070', '4080', '4090', '5090'].map((n) => ({
    name: `NVIDIA GeForce RTX ${n}`, kind: 'GPU', aliases: [`RTX ${n}`, `RTX${n}`, `GeForce RTX ${n}`],
  })),
  { name: 'NVIDIA Jetson AGX Orin', kind: 'embedded GPU', aliases: ['Jetson AGX Orin', 'Jetson Orin', 'AGX Orin', 'Orin Nano', 'Jetson Orin Nano'] },
  { name: 'NVIDIA Jetson Xavier', kind: 'embedded GPU', aliases: ['Jetson Xavier', 'Xavier NX', 'AGX Xavier', 'Jetson AGX Xavier'] },
  { name: 'NVIDIA Jetson Nano', kind: 'embedded GPU', aliases: ['Jetson Nano', 'Jetson TX2'] },
  { name: 'AMD Instinct MI300X', kind: 'GPU', aliases: ['MI300X', 'MI300', 'Instinct MI300X'] },
  { name: 'AMD Instinct MI250X', kind: 'GPU', aliases: ['MI250X', 'MI250'] },
  { name: 'AMD Instinct MI210', kind: 'GPU', aliases: ['MI210'] },
  { name: 'AMD Instinct MI100', kind: 'GPU', aliases: ['MI100'] },
  { name: 'AMD Radeon RX 7900 XTX', kind: 'GPU', aliases: ['RX 7900 XTX', 'RX 7900'] },
  { name: 'Google TPU v2', kind: 'TPU', aliases: ['TPU v2', 'TPUv2'] },
  { name: 'Google TPU v3', kind: 'TPU', aliases: ['TPU v3', 'TPUv3'] },
  { name: 'Google TPU v4', kind: 'TPU', aliases: ['TPU v4', 'TPUv4', 'TPU-v4'] },
  { name: 'Google TPU v5e', kind: 'TPU', aliases: ['TPU v5e', 'TPUv5e', 'TPU v5p', 'TPUv5p'] },
  { name: 'Google TPU v6e', kind: 'TPU', aliases: ['TPU v6e', 'TPUv6e', 'Trillium'] },
  { name: 'AWS Trainium', kind: 'accelerator', aliases: ['Trainium', 'Trainium2'] },
  { name: 'AWS Inferentia', kind: 'accelerator', aliases: ['Inferentia', 'Inferentia2'] },
  { name: 'Intel Gaudi', kind: 'accelerator', aliases: ['Gaudi', 'Gaudi2', 'Gaudi 2', 'Gaudi3', 'Gaudi 3', 'Habana Gaudi'] },
  { name: 'Graphcore IPU', kind: 'accelerator', aliases: ['Graphcore IPU', 'IPU-M2000'] },
  { name: 'Cerebras WSE', kind: 'accelerator', aliases: ['Cerebras WSE', 'WSE-2', 'WSE-3', 'Cerebras CS-2'] },
  { name: 'Groq LPU', kind: 'accelerator', aliases: ['Groq LPU', 'Groq'] },
  { name: 'Gemmini', kind: 'accelerator', aliases: ['Gemmini'] },
  { name: 'Samsung HBM-PIM', kind: 'PIM', aliases: ['HBM-PIM', 'Aquabolt-XL'] },
  { name: 'UPMEM PIM', kind: 'PIM', aliases: ['UPMEM'] },
  { name: 'AMD Alveo U280', kind: 'FPGA', aliases: ['Alveo U280', 'Xilinx U280', 'U280'] },
  { name: 'AMD Alveo U250', kind: 'FPGA', aliases: ['Alveo U250', 'U250'] },
  { name: 'AMD Alveo U200', kind: 'FPGA', aliases: ['Alveo U200', 'U200'] },
  { name: 'AMD Alveo U55C', kind: 'FPGA', aliases: ['Alveo U55C', 'U55C'] },
  { name: 'AMD Alveo U50', kind: 'FPGA', aliases: ['Alveo U50', 'U50'] },
  { name: 'AMD Alveo V80', kind: 'FPGA', aliases: ['Alveo V80', 'V80'] },
  { name: 'AMD Versal VCK190', kind: 'FPGA', aliases: ['VCK190', 'Versal VCK190'] },
  { name: 'AMD Versal VCK5000', kind: 'FPGA', aliases: ['VCK5000', 'Versal VCK5000'] },
  { name: 'AMD Versal VEK280', kind: 'FPGA', aliases: ['VEK280'] },
  { name: 'AMD Zynq ZCU102', kind: 'FPGA', aliases: ['ZCU102'] },
  { name: 'AMD Zynq ZCU104', kind: 'FPGA', aliases: ['ZCU104'] },
  { name: 'AMD Zynq ZCU106', kind: 'FPGA', aliases: ['ZCU106'] },
  { name: 'AMD Kria KV260', kind: 'FPGA', aliases: ['KV260', 'Kria KV260'] },
  { name: 'PYNQ-Z2', kind: 'FPGA', aliases: ['PYNQ-Z2', 'PynqZ2', 'Pynq Z2', 'PYNQ-Z1', 'PYNQ'] },
  { name: 'Xilinx Virtex-7', kind: 'FPGA', aliases: ['Virtex-7', 'Virtex 7', 'Virtex7'] },
  { name: 'Xilinx Virtex UltraScale+', kind: 'FPGA', aliases: ['Virtex UltraScale+', 'VU9P', 'VU13P', 'VU19P'] },
  { name: 'Xilinx Zynq UltraScale+', kind: 'FPGA', aliases: ['Zynq UltraScale+', 'Zynq UltraScale+ MPSoC'] },
  { name: 'Xilinx Zynq-7000', kind: 'FPGA', aliases: ['Zynq-7000', 'Zynq 7000', 'Zynq-7020', 'ZedBoard'] },
  { name: 'Xilinx Kintex-7', kind: 'FPGA', aliases: ['Kintex-7', 'Kintex UltraScale'] },
  { name: 'Xilinx Artix-7', kind: 'FPGA', aliases: ['Artix-7', 'Artix 7'] },
  { name: 'Intel Stratix 10', kind: 'FPGA', aliases: ['Stratix 10', 'Stratix10'] },
  { name: 'Intel Agilex', kind: 'FPGA', aliases: ['Agilex', 'Agilex 7'] },
  { name: 'Intel Arria 10', kind: 'FPGA', aliases: ['Arria 10', 'Arria10'] },
  { name: 'Lattice iCE40 UP5K', kind: 'FPGA', aliases: ['iCE40UP5K', 'iCE40 UP5K', 'iCE40'] },
  { name: 'Intel Xeon', kind: 'CPU', aliases: ['Xeon', 'Intel Xeon', 'Sapphire Rapids', 'Xeon Platinum', 'Xeon Gold'] },
  { name: 'AMD EPYC', kind: 'CPU', aliases: ['EPYC', 'AMD EPYC'] },
  { name: 'Intel Core', kind: 'CPU', aliases: ['Core i7', 'Core i9', 'Core i5'] },
  { name: 'Apple M-series', kind: 'SoC', aliases: ['Apple M1', 'Apple M2', 'Apple M3', 'Apple M4', 'M1 Max', 'M2 Ultra'] },
  { name: 'Qualcomm Snapdragon', kind: 'SoC', aliases: ['Snapdragon'] },
  { name: 'Raspberry Pi', kind: 'embedded CPU', aliases: ['Raspberry Pi', 'Raspberry Pi 4', 'Raspberry Pi 5', 'Raspberry Pi Pico'] },
  { name: 'ESP32', kind: 'microcontroller', aliases: ['ESP32', 'ESP32-S3', 'ESP32 C6', 'ESP32-C6'] },
  { name: 'Nordic nRF5340', kind: 'microcontroller', aliases: ['nRF5340', 'nRF52840'] },
  { name: 'Arm Cortex-M', kind: 'microcontroller', aliases: ['Cortex-M4', 'Cortex-M7', 'Cortex-M33', 'Cortex-M55', 'Cortex-M0'] },
  { name: 'Arm Cortex-A', kind: 'CPU', aliases: ['Cortex-A53', 'Cortex-A72', 'Cortex-A76', 'Cortex-A78'] },
];

/** Device classes: used when an abstract names no model ("on an FPGA"). */
export const HARDWARE_CLASSES: EntityEntry[] = [
  { name: 'GPU', kind: 'class', aliases: ['GPU', 'GPUs', 'graphics processing unit', 'graphics processing units'] },
  { name: 'CPU', kind: 'class', aliases: ['CPU', 'CPUs', 'multicore CPU', 'multi-core CPU'] },
  { name: 'FPGA', kind: 'class', aliases: ['FPGA', 'FPGAs', 'field-programmable gate array', 'field-programmable gate arrays'] },
  { name: 'ASIC', kind: 'class', aliases: ['ASIC', 'ASICs'] },
];
