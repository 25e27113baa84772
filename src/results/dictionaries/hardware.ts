/**
 * The hardware dictionary: canonical names and the ways abstracts write them. Data, not code:
 * operators add devices with a JSON file (PAPERBOY_RESULTS_DICTIONARY, see docs/RESULTS.md).
 * Aliases match whole words, case-insensitively; `kind` groups devices on the hardware pages.
 */
export interface EntityEntry {
  name: string;
  kind: string;
  aliases: string[];
  /** The family entry this device belongs to ("AMD Alveo" for an Alveo board), when the dictionary has one. */
  family?: string;
}

// The architecture generation a data-center GPU belongs to ("on Hopper GPUs"): a family entry below.
const GENERATION: Record<string, string> = {
  H100: 'NVIDIA Hopper', H200: 'NVIDIA Hopper', H800: 'NVIDIA Hopper', H20: 'NVIDIA Hopper', GH200: 'NVIDIA Hopper',
  B200: 'NVIDIA Blackwell', B100: 'NVIDIA Blackwell', GB200: 'NVIDIA Blackwell', B300: 'NVIDIA Blackwell', GB300: 'NVIDIA Blackwell',
};

const nvidia = (model: string, extra: string[] = []): EntityEntry => ({
  name: `NVIDIA ${model}`, kind: 'GPU', aliases: [model, `NVIDIA ${model}`, `Nvidia ${model}`, ...extra],
  ...(GENERATION[model] ? { family: GENERATION[model] } : {}),
});

export const HARDWARE: EntityEntry[] = [
  nvidia('H100', ['H100 SXM', 'H100 PCIe']), nvidia('H200'), nvidia('H800'), nvidia('H20'), nvidia('GH200', ['Grace Hopper', 'GH200 Grace Hopper']),
  nvidia('B200'), nvidia('B100'), nvidia('GB200'), nvidia('A100', ['A100 GPU']), nvidia('A800'), nvidia('A6000', ['RTX A6000']),
  nvidia('A40'), nvidia('A10G'), nvidia('A10'), nvidia('L40S'), nvidia('L40'), nvidia('L4'), nvidia('T4'), nvidia('V100'), nvidia('P100'),
  nvidia('K80'), nvidia('TITAN V'), nvidia('TITAN RTX'), nvidia('TITAN Xp'), nvidia('A30'), nvidia('A5000', ['RTX A5000']),
  nvidia('A4000', ['RTX A4000']), nvidia('RTX 6000 Ada', ['RTX 6000']), nvidia('L20'), nvidia('B300'), nvidia('GB300'), nvidia('DGX Spark', ['GB10']),
  ...['1080', '1080 Ti', '2080 Super', '3080 Ti', '3090 Ti', '4060', '4060 Ti', '4070 Ti', '4090D', '5080'].map((n) => ({
    name: `NVIDIA GeForce ${n.startsWith('10') ? 'GTX' : 'RTX'} ${n}`, kind: 'GPU',
    aliases: n.startsWith('10') ? [`GTX ${n}`, `GTX${n}`, `GeForce GTX ${n}`] : [`RTX ${n}`, `GeForce RTX ${n}`],
  })),
  ...['2060', '2070', '2080', '2080 Ti', '3060', '3070', '3080', '3090', '4070', '4080', '4090', '5090'].map((n) => ({
    name: `NVIDIA GeForce RTX ${n}`, kind: 'GPU', aliases: [`RTX ${n}`, `RTX${n}`, `GeForce RTX ${n}`, `NVIDIA ${n}`, `Nvidia ${n}`],
  })),
  { name: 'NVIDIA Hopper', kind: 'GPU family', aliases: ['Hopper', 'NVIDIA Hopper', 'Hopper GPU', 'Hopper GPUs'] },
  { name: 'NVIDIA Blackwell', kind: 'GPU family', aliases: ['Blackwell', 'NVIDIA Blackwell', 'Blackwell GPU', 'Blackwell GPUs'] },
  { name: 'NVIDIA Rubin', kind: 'GPU', aliases: ['NVIDIA Rubin', 'Vera Rubin', 'Rubin GPU', 'Rubin R200', 'R200'] },
  { name: 'NVIDIA Jetson', kind: 'embedded GPU family', aliases: ['Jetson', 'NVIDIA Jetson', 'Jetson AGX'] },
  { name: 'NVIDIA Jetson Orin', kind: 'embedded GPU family', aliases: ['Jetson Orin', 'NVIDIA Orin'] },
  { name: 'NVIDIA Jetson AGX Orin', kind: 'embedded GPU', family: 'NVIDIA Jetson Orin', aliases: ['Jetson AGX Orin', 'AGX Orin'] },
  { name: 'NVIDIA Jetson Orin Nano', kind: 'embedded GPU', family: 'NVIDIA Jetson Orin', aliases: ['Orin Nano', 'Jetson Orin Nano'] },
  { name: 'NVIDIA Jetson Orin NX', kind: 'embedded GPU', family: 'NVIDIA Jetson Orin', aliases: ['Orin NX', 'Jetson Orin NX'] },
  { name: 'NVIDIA Jetson Xavier', kind: 'embedded GPU', aliases: ['Jetson Xavier', 'Xavier NX', 'AGX Xavier', 'Jetson AGX Xavier'] },
  { name: 'NVIDIA Jetson Nano', kind: 'embedded GPU', aliases: ['Jetson Nano'] },
  { name: 'NVIDIA Jetson TX2', kind: 'embedded GPU', aliases: ['Jetson TX2', 'TX2'] },
  { name: 'NVIDIA Jetson Thor', kind: 'embedded GPU', aliases: ['Jetson Thor', 'Jetson AGX Thor'] },
  { name: 'AMD Instinct MI355X', kind: 'GPU', aliases: ['MI355X', 'MI350X', 'MI350', 'Instinct MI355X', 'Instinct MI350X'] },
  { name: 'AMD Instinct MI325X', kind: 'GPU', aliases: ['MI325X', 'Instinct MI325X'] },
  { name: 'AMD Instinct MI300X', kind: 'GPU', aliases: ['MI300X', 'MI300', 'MI300A', 'MI308X', 'Instinct MI300X', 'AMD MI300X'] },
  { name: 'AMD Instinct MI250X', kind: 'GPU', aliases: ['MI250X', 'MI250'] },
  { name: 'AMD Instinct MI210', kind: 'GPU', aliases: ['MI210'] },
  { name: 'AMD Instinct MI100', kind: 'GPU', aliases: ['MI100'] },
  { name: 'AMD Radeon RX 7900 XTX', kind: 'GPU', aliases: ['RX 7900 XTX', 'RX 7900'] },
  { name: 'AMD Radeon RX 6900 XT', kind: 'GPU', aliases: ['RX 6900 XT', 'RX 6800 XT'] },
  { name: 'Intel Data Center GPU Max', kind: 'GPU', aliases: ['Ponte Vecchio', 'GPU Max 1550', 'Max 1550', 'Data Center GPU Max'] },
  { name: 'Intel Arc', kind: 'GPU', aliases: ['Intel Arc', 'Arc A770', 'Arc B580'] },
  { name: 'Huawei Ascend 910', kind: 'NPU', aliases: ['Ascend 910', 'Ascend 910B', 'Ascend 910C', 'Ascend910B', 'Ascend 910B2', 'Ascend 910B3', 'Ascend 910B4'] },
  { name: 'Huawei Ascend 950', kind: 'NPU', aliases: ['Ascend 950', 'Ascend 950PR', 'Ascend 950DT'] },
  { name: 'Huawei Ascend 310', kind: 'NPU', aliases: ['Ascend 310', 'Ascend 310P', 'Ascend 310B'] },
  { name: 'Cambricon MLU', kind: 'NPU', aliases: ['Cambricon MLU', 'MLU370', 'MLU290', 'MLU590', 'Cambricon'] },
  { name: 'Kunlunxin XPU', kind: 'NPU', aliases: ['Kunlunxin', 'Kunlun XPU', 'Kunlun P800'] },
  { name: 'Google Edge TPU', kind: 'NPU', aliases: ['Edge TPU', 'Coral Edge TPU', 'Coral TPU'] },
  { name: 'Hailo-8', kind: 'NPU', aliases: ['Hailo-8', 'Hailo-8L', 'Hailo8'] },
  { name: 'Qualcomm Hexagon NPU', kind: 'NPU', aliases: ['Hexagon NPU', 'Hexagon DSP', 'Qualcomm Hexagon'] },
  { name: 'Qualcomm Cloud AI 100', kind: 'accelerator', aliases: ['Cloud AI 100'] },
  { name: 'Intel Core Ultra NPU', kind: 'NPU', aliases: ['Core Ultra', 'Meteor Lake', 'Lunar Lake'] },
  { name: 'Rockchip RK3588', kind: 'SoC', aliases: ['RK3588', 'Rockchip RK3588'] },
  { name: 'Tenstorrent Wormhole', kind: 'accelerator', aliases: ['Wormhole n150', 'Wormhole n300', 'Tenstorrent Wormhole', 'Tenstorrent'] },
  { name: 'SambaNova SN40L', kind: 'accelerator', aliases: ['SN40L', 'SambaNova'] },
  { name: 'Google TPU v2', kind: 'TPU', aliases: ['TPU v2', 'TPUv2'] },
  { name: 'Google TPU v3', kind: 'TPU', aliases: ['TPU v3', 'TPUv3'] },
  { name: 'Google TPU v4', kind: 'TPU', aliases: ['TPU v4', 'TPUv4', 'TPU-v4', 'TPU v4i', 'TPUv4i'] },
  { name: 'Google TPU v5e', kind: 'TPU', aliases: ['TPU v5e', 'TPUv5e', 'TPU v5p', 'TPUv5p'] },
  { name: 'Google TPU v6e', kind: 'TPU', aliases: ['TPU v6e', 'TPUv6e', 'Trillium'] },
  { name: 'Google TPU v7', kind: 'TPU', aliases: ['TPU v7', 'TPUv7', 'Ironwood'] },
  { name: 'AWS Trainium', kind: 'accelerator', aliases: ['Trainium', 'Trainium2'] },
  { name: 'AWS Inferentia', kind: 'accelerator', aliases: ['Inferentia', 'Inferentia2'] },
  { name: 'Intel Gaudi', kind: 'accelerator', aliases: ['Gaudi', 'Gaudi2', 'Gaudi 2', 'Gaudi-2', 'Gaudi-v2', 'Gaudi3', 'Gaudi 3', 'Gaudi-3', 'Habana Gaudi'] },
  { name: 'Graphcore IPU', kind: 'accelerator', aliases: ['Graphcore IPU', 'IPU-M2000'] },
  { name: 'Cerebras WSE', kind: 'accelerator', aliases: ['Cerebras WSE', 'WSE-2', 'WSE-3', 'Cerebras CS-2', 'Cerebras CS-3'] },
  { name: 'NVIDIA BlueField', kind: 'accelerator', aliases: ['BlueField', 'BlueField-2', 'BlueField-3', 'BlueField DPU'] },
  { name: 'Intel Movidius Myriad', kind: 'accelerator', aliases: ['Myriad X', 'Myriad 2', 'Movidius', 'Neural Compute Stick 2'] },
  { name: 'Intel Loihi', kind: 'neuromorphic accelerator', aliases: ['Loihi', 'Loihi 2', 'Loihi2'] },
  { name: 'SpiNNaker', kind: 'neuromorphic accelerator', aliases: ['SpiNNaker', 'SpiNNaker 2', 'SpiNNaker2'] },
  { name: 'IBM TrueNorth', kind: 'neuromorphic accelerator', aliases: ['TrueNorth'] },
  { name: 'BrainChip Akida', kind: 'neuromorphic accelerator', aliases: ['Akida', 'BrainChip Akida'] },
  { name: 'Groq LPU', kind: 'accelerator', aliases: ['Groq LPU', 'Groq'] },
  { name: 'Gemmini', kind: 'accelerator', aliases: ['Gemmini'] },
  // Research accelerators that later papers run on or compare with (published designs, simulated).
  { name: 'AttAcc', kind: 'research accelerator', aliases: ['AttAcc'] },
  { name: 'NeuPIMs', kind: 'research accelerator', aliases: ['NeuPIMs'] },
  { name: 'Eyeriss', kind: 'research accelerator', aliases: ['Eyeriss', 'Eyeriss v2'] },
  { name: 'SK hynix AiM', kind: 'PIM', aliases: ['GDDR6-AiM', 'SK hynix AiM'] },
  { name: 'Samsung HBM-PIM', kind: 'PIM', aliases: ['HBM-PIM', 'Aquabolt-XL'] },
  { name: 'UPMEM PIM', kind: 'PIM', aliases: ['UPMEM'] },
  { name: 'AMD Alveo U280', kind: 'FPGA', family: 'AMD Alveo', aliases: ['Alveo U280', 'Xilinx U280', 'U280'] },
  { name: 'AMD Alveo U250', kind: 'FPGA', family: 'AMD Alveo', aliases: ['Alveo U250', 'U250'] },
  { name: 'AMD Alveo U200', kind: 'FPGA', family: 'AMD Alveo', aliases: ['Alveo U200', 'U200'] },
  { name: 'AMD Alveo U55C', kind: 'FPGA', family: 'AMD Alveo', aliases: ['Alveo U55C', 'U55C'] },
  { name: 'AMD Alveo U50', kind: 'FPGA', family: 'AMD Alveo', aliases: ['Alveo U50', 'U50'] },
  { name: 'AMD Alveo V80', kind: 'FPGA', family: 'AMD Alveo', aliases: ['Alveo V80', 'V80'] },
  // Families without a board: a board named next to its family word wins (entities.ts).
  { name: 'AMD Alveo', kind: 'FPGA family', aliases: ['Alveo'] },
  { name: 'AMD Versal', kind: 'FPGA family', aliases: ['Versal', 'Versal ACAP', 'Versal AI Engine'] },
  { name: 'AMD Zynq', kind: 'FPGA family', aliases: ['Zynq'] },
  { name: 'AMD Versal VCK190', kind: 'FPGA', family: 'AMD Versal', aliases: ['VCK190', 'Versal VCK190'] },
  { name: 'AMD Versal VCK5000', kind: 'FPGA', family: 'AMD Versal', aliases: ['VCK5000', 'Versal VCK5000'] },
  { name: 'AMD Versal VEK280', kind: 'FPGA', family: 'AMD Versal', aliases: ['VEK280'] },
  { name: 'AMD Versal VPK180', kind: 'FPGA', family: 'AMD Versal', aliases: ['VPK180', 'VPK120'] },
  { name: 'AMD Zynq RFSoC ZCU111', kind: 'FPGA', family: 'AMD Zynq', aliases: ['ZCU111', 'ZCU216', 'RFSoC'] },
  { name: 'Avnet Ultra96', kind: 'FPGA', aliases: ['Ultra96', 'Ultra96-V2'] },
  { name: 'Digilent Nexys', kind: 'FPGA', aliases: ['Nexys A7', 'Nexys 4', 'Nexys4 DDR', 'Basys 3', 'Arty A7', 'Arty Z7'] },
  { name: 'Intel Cyclone V', kind: 'FPGA', aliases: ['Cyclone V', 'Cyclone 10', 'DE10-Nano', 'DE1-SoC'] },
  { name: 'Intel Stratix V', kind: 'FPGA', aliases: ['Stratix V'] },
  { name: 'Microchip PolarFire', kind: 'FPGA', aliases: ['PolarFire'] },
  { name: 'AMD Zynq ZCU102', kind: 'FPGA', family: 'AMD Zynq', aliases: ['ZCU102'] },
  { name: 'AMD Zynq ZCU104', kind: 'FPGA', family: 'AMD Zynq', aliases: ['ZCU104'] },
  { name: 'AMD Zynq ZCU106', kind: 'FPGA', family: 'AMD Zynq', aliases: ['ZCU106'] },
  { name: 'AMD Kria', kind: 'FPGA family', aliases: ['Kria', 'AMD Kria', 'Xilinx Kria', 'Kria SOM'] },
  { name: 'AMD Kria KV260', kind: 'FPGA', family: 'AMD Kria', aliases: ['KV260', 'Kria KV260'] },
  { name: 'AMD Kria KR260', kind: 'FPGA', family: 'AMD Kria', aliases: ['KR260', 'Kria KR260'] },
  { name: 'Digilent Cora Z7', kind: 'FPGA', aliases: ['Cora Z7', 'Cora Z7-07S', 'Cora Z7-10'] },
  { name: 'Digilent Zybo Z7', kind: 'FPGA', aliases: ['Zybo Z7', 'Zybo Z7-10', 'Zybo Z7-20', 'Zybo'] },
  { name: 'PYNQ-Z2', kind: 'FPGA', aliases: ['PYNQ-Z2', 'PynqZ2', 'Pynq Z2', 'PYNQ-Z1', 'PYNQ'] },
  { name: 'Xilinx Virtex-7', kind: 'FPGA', aliases: ['Virtex-7', 'Virtex 7', 'Virtex7'] },
  // Evaluation boards, named by their board code ("a Xilinx VC707 platform").
  ...['VC707', 'VC709', 'VCU108', 'VCU118', 'VCU128', 'VCU129', 'VCU1525', 'KC705', 'KCU105', 'KCU116', 'ZC702', 'ZC706', 'AC701'].map((b) => ({
    name: `Xilinx ${b}`, kind: 'FPGA', aliases: [b],
  })),
  { name: 'Xilinx Virtex UltraScale+', kind: 'FPGA', aliases: ['Virtex UltraScale+', 'VU9P', 'VU13P', 'VU19P'] },
  { name: 'Xilinx Zynq UltraScale+', kind: 'FPGA', family: 'AMD Zynq', aliases: ['Zynq UltraScale+', 'Zynq UltraScale+ MPSoC'] },
  { name: 'Xilinx Zynq-7000', kind: 'FPGA', family: 'AMD Zynq', aliases: ['Zynq-7000', 'Zynq 7000', 'Zynq-7020', 'ZedBoard', 'XC7Z020', 'XC7Z010', 'XC7Z045', 'XC7Z035'] },
  { name: 'Xilinx Kintex', kind: 'FPGA family', aliases: ['Kintex', 'Xilinx Kintex', 'AMD Kintex'] },
  { name: 'Xilinx Kintex-7', kind: 'FPGA', family: 'Xilinx Kintex', aliases: ['Kintex-7', 'Kintex 7'] },
  { name: 'Xilinx Kintex UltraScale', kind: 'FPGA', family: 'Xilinx Kintex', aliases: ['Kintex UltraScale', 'Kintex UltraScale+', 'KCU1500'] },
  { name: 'Xilinx Spartan-7', kind: 'FPGA', aliases: ['Spartan-7', 'Spartan 7', 'Spartan-6', 'Spartan 6'] },
  { name: 'Xilinx Artix-7', kind: 'FPGA', aliases: ['Artix-7', 'Artix 7'] },
  { name: 'Intel Stratix 10', kind: 'FPGA', aliases: ['Stratix 10', 'Stratix10'] },
  { name: 'Intel Agilex', kind: 'FPGA', aliases: ['Agilex', 'Agilex 7', 'Agilex-7', 'Agilex 5', 'Agilex-5'] },
  { name: 'Intel Arria 10', kind: 'FPGA', aliases: ['Arria 10', 'Arria10'] },
  { name: 'Lattice iCE40 UP5K', kind: 'FPGA', aliases: ['iCE40UP5K', 'iCE40 UP5K', 'iCE40'] },
  { name: 'Intel Xeon', kind: 'CPU', aliases: ['Xeon', 'Intel Xeon', 'Sapphire Rapids', 'Xeon Platinum', 'Xeon Gold'] },
  { name: 'AMD EPYC', kind: 'CPU', aliases: ['EPYC', 'AMD EPYC'] },
  { name: 'AMD Ryzen', kind: 'CPU', aliases: ['Ryzen', 'AMD Ryzen', 'Threadripper'] },
  { name: 'Huawei Kunpeng', kind: 'CPU', aliases: ['Kunpeng', 'Kunpeng 920'] },
  { name: 'Arm Neoverse', kind: 'CPU', aliases: ['Neoverse', 'Neoverse V2', 'Neoverse N2', 'Neoverse V1', 'Neoverse N1'] },
  { name: 'AWS Graviton', kind: 'CPU', aliases: ['Graviton', 'Graviton2', 'Graviton3', 'Graviton4'] },
  { name: 'Ampere Altra', kind: 'CPU', aliases: ['Ampere Altra', 'AmpereOne'] },
  { name: 'NVIDIA Grace', kind: 'CPU', aliases: ['Grace CPU', 'NVIDIA Grace'] },
  { name: 'Intel Core', kind: 'CPU', aliases: ['Core i7', 'Core i9', 'Core i5'] },
  // A bare "M2" names models and theorems as often as chips: only "Apple M2" or a tier ("M2 Max").
  { name: 'Apple silicon', kind: 'SoC family', aliases: ['Apple Silicon', 'Apple M-series'] },
  ...[1, 2, 3, 4, 5].flatMap((g) => ['', ' Pro', ' Max', ' Ultra'].map((tier) => ({
    name: `Apple M${g}${tier}`, kind: 'SoC', family: 'Apple silicon', aliases: [`Apple M${g}${tier}`, ...(tier ? [`M${g}${tier}`] : [])],
  }))),
  { name: 'Apple A-series', kind: 'SoC', aliases: ['A17 Pro', 'A18 Pro', 'Apple Neural Engine'] },
  { name: 'Qualcomm Snapdragon', kind: 'SoC family', aliases: ['Snapdragon', 'Qualcomm Snapdragon'] },
  ...['X Elite', 'X Plus', '8 Elite', '8 Gen 3', '8 Gen 2', '8 Gen 1', '888', '865', '855'].map((m) => ({
    name: `Qualcomm Snapdragon ${m}`, kind: 'SoC', family: 'Qualcomm Snapdragon', aliases: [`Snapdragon ${m}`],
  })),
  { name: 'Arm Mali', kind: 'mobile GPU', aliases: ['Mali', 'Mali-G710', 'Mali-G78', 'Mali-G77', 'Mali-G76', 'Mali-G720', 'Immortalis-G720'] },
  { name: 'Qualcomm Adreno', kind: 'mobile GPU', aliases: ['Adreno', 'Adreno 740', 'Adreno 750'] },
  { name: 'MediaTek Dimensity', kind: 'SoC', aliases: ['Dimensity'] },
  { name: 'Google Tensor', kind: 'SoC', aliases: ['Google Tensor', 'Tensor G3', 'Tensor G4'] },
  // Phones an abstract names as where a model ran ("~3s per image on an iPhone", "in 1.7 seconds on a Xiaomi-14 Pro").
  // (A bare "Pixel" or "Galaxy" is a word or a dataset as often: only with a model number.)
  { name: 'Apple iPhone', kind: 'smartphone family', aliases: ['iPhone', 'Apple iPhone'] },
  ...['12', '13', '14', '15', '16', '17'].flatMap((g) => ['', ' Pro', ' Pro Max'].map((tier) => ({
    name: `Apple iPhone ${g}${tier}`, kind: 'smartphone', family: 'Apple iPhone', aliases: [`iPhone ${g}${tier}`, `iPhone${g}${tier}`],
  }))),
  ...['13', '14', '15', '17'].flatMap((g) => ['', ' Pro', ' Ultra'].map((tier) => ({
    name: `Xiaomi ${g}${tier}`, kind: 'smartphone', aliases: [`Xiaomi ${g}${tier}`, `Xiaomi-${g}${tier}`, `Xiaomi${g}${tier}`, `Xiaomi Mi ${g}${tier}`],
  }))),
  ...['S22', 'S23', 'S24', 'S25'].flatMap((g) => ['', ' Ultra', '+'].map((tier) => ({
    name: `Samsung Galaxy ${g}${tier}`, kind: 'smartphone', aliases: [`Galaxy ${g}${tier}`, `Samsung Galaxy ${g}${tier}`],
  }))),
  ...['6', '7', '8', '9', '10'].flatMap((g) => ['', ' Pro'].map((tier) => ({
    name: `Google Pixel ${g}${tier}`, kind: 'smartphone', aliases: [`Pixel ${g}${tier}`, `Google Pixel ${g}${tier}`],
  }))),
  { name: 'Raspberry Pi', kind: 'embedded CPU', aliases: ['Raspberry Pi', 'Raspberry Pi 4', 'Raspberry Pi 4B', 'Raspberry Pi4', 'Raspberry Pi4b', 'Raspberry Pi 3', 'Raspberry Pi 3B+', 'Raspberry Pi 5', 'Raspberry Pi Pico'] },
  { name: 'Rockchip RK3588', kind: 'embedded CPU', aliases: ['RK3588', 'RK3588S', 'Orange Pi 5'] },
  { name: 'Intel NUC', kind: 'CPU', aliases: ['Intel NUC'] },
  { name: 'ESP32', kind: 'microcontroller', aliases: ['ESP32', 'ESP32-S3', 'ESP32 C6', 'ESP32-C6', 'ESP32-CAM'] },
  { name: 'STM32', kind: 'microcontroller', aliases: ['STM32', 'STM32H7', 'STM32H743', 'STM32H747', 'STM32F4', 'STM32F7', 'STM32L4', 'STM32U5', 'STM32N6'] },
  { name: 'GreenWaves GAP9', kind: 'microcontroller', aliases: ['GAP9', 'GAP8'] },
  { name: 'TI MSP430', kind: 'microcontroller', aliases: ['MSP430', 'MSP430FR5994', 'MSP430FR2355'] },
  { name: 'Arduino', kind: 'microcontroller', aliases: ['Arduino', 'Arduino Uno', 'Arduino Nano', 'Arduino Nano 33 BLE', 'Arduino Portenta'] },
  { name: 'NXP eIQ Neutron', kind: 'NPU', aliases: ['eIQ Neutron', 'Neutron NPU', 'NXP Neutron'] },
  { name: 'NXP i.MX', kind: 'embedded CPU', aliases: ['i.MX 8M Plus', 'i.MX8M Plus', 'i.MX 93', 'i.MX93', 'i.MX 95', 'i.MX95', 'i.MX RT1170'] },
  { name: 'Analog Devices MAX78000', kind: 'microcontroller', aliases: ['MAX78000', 'MAX78002'] },
  { name: 'Nordic nRF5340', kind: 'microcontroller', aliases: ['nRF5340', 'nRF52840'] },
  { name: 'Arm Cortex-M', kind: 'microcontroller', aliases: ['Cortex-M4', 'Cortex-M7', 'Cortex-M33', 'Cortex-M55', 'Cortex-M0'] },
  // "on the Sophon SG2042, the first commercially available many-core RISC-V CPU".
  { name: 'Sophon SG2042', kind: 'CPU', aliases: ['SG2042', 'Sophon SG2042', 'SG2044'] },
  { name: 'Arm Cortex-A', kind: 'CPU', aliases: ['Cortex-A53', 'Cortex-A72', 'Cortex-A76', 'Cortex-A78'] },
];

/** Device classes: used when an abstract names no model ("on an FPGA"). */
export const HARDWARE_CLASSES: EntityEntry[] = [
  { name: 'GPU', kind: 'class', aliases: ['GPU', 'GPUs', 'graphics processing unit', 'graphics processing units'] },
  { name: 'CPU', kind: 'class', aliases: ['CPU', 'CPUs', 'multicore CPU', 'multi-core CPU'] },
  { name: 'FPGA', kind: 'class', aliases: ['FPGA', 'FPGAs', 'field-programmable gate array', 'field-programmable gate arrays'] },
  { name: 'ASIC', kind: 'class', aliases: ['ASIC', 'ASICs'] },
  { name: 'TPU', kind: 'class', aliases: ['TPU', 'TPUs', 'tensor processing unit', 'tensor processing units'] },
  { name: 'NPU', kind: 'class', aliases: ['NPU', 'NPUs', 'neural processing unit', 'neural processing units'] },
  // ("11 tokens per second on mobile phones", "1.4 seconds on a mobile device": a phone not named by model.)
  { name: 'smartphone', kind: 'class', aliases: ['smartphone', 'smartphones', 'mobile phone', 'mobile phones', 'mobile device', 'mobile devices'] },
];
