/**
 * Decision-making, structured-data and theory fields of the demo corpus: reinforcement learning,
 * robotics, graph learning and learning theory / algorithms.
 */
import type { Field } from './field.ts';

/** Reinforcement learning. */
export const RL: Field = {
  key: 'rl',
  weight: 0.8,
  primary: ['cs.LG', 'cs.AI'],
  cross: ['stat.ML', 'cs.RO', 'cs.MA', 'cs.AI'],
  nameChance: 0.5,
  namePrefixes: ['Policy', 'Q', 'Value', 'Reward', 'Explore', 'World', 'Dream', 'Offline', 'Meta', 'Multi', 'Safe', 'Return'],
  nameSuffixes: ['Learner', 'Gym', 'Agent', 'Critic', 'Plan', 'Zero', 'Flow', 'Nav', 'RL', 'Search', 'Opt', 'Model'],
  mathChance: 0.1,
  vocab: {
    task: ['offline reinforcement learning', 'exploration in sparse-reward environments', 'multi-agent coordination', 'safe reinforcement learning', 'model-based planning', 'reward learning from human feedback', 'continuous control', 'sample-efficient policy optimization', 'goal-conditioned learning', 'procedurally generated games'],
    method: ['actor-critic algorithm', 'world model', 'policy-gradient method', 'exploration bonus', 'conservative value estimator', 'hierarchical policy', 'diffusion policy', 'return-conditioned transformer'],
    mechanism: ['penalizes value estimates on out-of-distribution actions', 'plans in the latent space of a learned world model', 'rewards visits to states with high ensemble disagreement', 'decomposes long-horizon tasks into learned subgoals', 'constrains policy updates with a trust region on a learned cost', 'samples actions with a conditional diffusion model'],
    challenge: ['extrapolation error on unseen actions', 'sparse and delayed rewards', 'poor sample efficiency', 'non-stationarity introduced by other agents', 'reward hacking'],
    dataset: ['the D4RL benchmark', 'Atari 100k', 'the DeepMind Control Suite', 'MuJoCo locomotion tasks', 'NetHack', 'the StarCraft Multi-Agent Challenge', 'Procgen'],
    baseline: ['PPO', 'SAC', 'CQL', 'IQL', 'DreamerV3', 'MAPPO', 'behavior cloning'],
    property: ['training stability', 'safety constraints', 'sample efficiency', 'robustness to hyperparameters'],
    component: ['the conservatism penalty', 'the ensemble size', 'the subgoal horizon', 'the world-model rollout length', 'the trust-region radius'],
    technique: ['world models', 'conservative Q-learning', 'intrinsic motivation', 'diffusion policies', 'hierarchical planning', 'policy distillation', 'curriculum learning', 'trust regions'],
  },
  namedTitles: ['<Name>: <adjective> <task> with <technique>', '<Name>: <a:method> for <task>', '<Name>: Mastering <dataset> with <technique>'],
  plainTitles: ['<technique> for <task>', 'When Does <technique> Help <task>?', '<adjective> <task> via <technique>', 'A Closer Look at <technique> in <task>', 'Provably <adjective> <task>'],
  context: ['<task> promises agents that learn from experience, but practical algorithms remain brittle.', 'Many real-world problems are naturally framed as <task>, where data collection is costly.', 'Despite impressive results in games, <task> remains difficult in realistic settings.'],
  details: ['The algorithm adds a single hyperparameter, which we keep fixed across all domains.', 'We evaluate with the interquartile mean and stratified bootstrap confidence intervals.'],
  results: ['<Ref> achieves a normalized score of <#pct> on <dataset>, outperforming <baseline> on most tasks.', "It reaches <baseline>'s final return with <#x>x fewer environment steps.", 'Constraint violations drop by <#red>% while the return stays within <#pts>% of the unconstrained optimum.', 'On <dataset>, <Ref> improves the interquartile mean by <#pts> points.'],
  math: ['We prove a regret bound of $\\tilde{O}(\\sqrt{H^3 S A T})$ for the tabular case, matching the lower bound up to logarithmic factors.', "The critic minimizes $\\mathbb{E}[(Q(s,a) - r - \\gamma \\max_{a'} Q'(s',a'))^2] + \\alpha\\, \\mathbb{E}_{a \\sim \\mu}[Q(s,a)]$."],
};

/** Robotics. */
export const ROBOTICS: Field = {
  key: 'robotics',
  weight: 0.7,
  primary: ['cs.RO'],
  cross: ['cs.LG', 'cs.CV', 'cs.AI', 'eess.SY'],
  nameChance: 0.6,
  namePrefixes: ['Grasp', 'Manip', 'Loco', 'Nav', 'Dex', 'Tele', 'Mobi', 'Arm', 'Touch', 'Sim', 'Act', 'Hexa'],
  nameSuffixes: ['Bot', 'Policy', 'VLA', 'Nav', 'Grasp', 'Real', 'Skill', 'Mimic', 'Hand', 'Walk', 'Plan', 'Sense'],
  mathChance: 0.07,
  vocab: {
    task: ['dexterous in-hand manipulation', 'legged locomotion on rough terrain', 'vision-language-action control', 'sim-to-real transfer', 'mobile manipulation in homes', 'multi-robot exploration', 'deformable object manipulation', 'visual navigation', 'contact-rich assembly', 'humanoid whole-body control'],
    method: ['vision-language-action model', 'imitation learning framework', 'tactile-visual policy', 'motion planner', 'teleoperation system', 'reinforcement learning pipeline', 'foundation model for robot control', 'model-predictive controller'],
    mechanism: ['conditions a diffusion policy on tactile and visual observations', 'randomizes physical parameters during training to close the sim-to-real gap', 'grounds language instructions in a 3D scene graph', 'learns from a few dozen teleoperated demonstrations', 'replans at 50 Hz with a learned dynamics model', 'transfers skills across embodiments with a shared action space'],
    challenge: ['the sim-to-real gap', 'the cost of collecting demonstrations', 'partial observability', 'unstable contacts', 'generalization to unseen objects'],
    dataset: ['the LIBERO benchmark', 'real-world kitchen tasks', 'the Open X-Embodiment dataset', 'CALVIN', 'Habitat ObjectNav', 'a set of <#int> household objects'],
    baseline: ['Diffusion Policy', 'behavior cloning', 'OpenVLA', 'a classical MPC controller', 'RT-2', 'a vision-only policy'],
    property: ['safety', 'real-time control rates', 'robustness to disturbances', 'generalization'],
    component: ['the tactile encoder', 'domain randomization', 'the scene graph', 'the action chunk size', 'the replanning frequency'],
    technique: ['diffusion policies', 'domain randomization', 'tactile sensing', 'imitation learning', 'language grounding', 'model-predictive control', 'cross-embodiment transfer', 'world models'],
    hz: ['10', '20', '50', '100', '500'],
  },
  namedTitles: ['<Name>: <adjective> <task> with <technique>', '<Name>: <a:method> for <task>', '<Name>: Learning <task> from Few Demonstrations'],
  plainTitles: ['<technique> for <task>', 'Learning <task> with <technique>', '<adjective> <task> in the Real World', 'Bridging Simulation and Reality for <task>'],
  context: ['<task> remains one of the hardest open problems in robotics.', 'Robots deployed in homes and factories must handle <task> reliably and safely.', 'Learning-based approaches to <task> have advanced quickly, but they rarely transfer to new environments.'],
  details: ['All experiments run on commodity hardware with a single wrist camera.', 'We collect <#int> hours of teleoperated demonstrations with a low-cost interface.'],
  results: ['<Ref> succeeds in <#pct>% of real-world trials, a <#pts>-point gain over <baseline>.', 'The policy transfers zero-shot to hardware and runs at <hz> Hz on an onboard computer.', 'On <dataset>, it improves the average success rate by <#pts> points over <baseline>.', 'Training requires <#red>% fewer demonstrations than <baseline>.'],
  math: ['We formulate control as $\\min_{u_{0:T}} \\sum_{t=0}^{T} \\|x_t - x^{*}\\|_Q^2 + \\|u_t\\|_R^2$ subject to learned dynamics $x_{t+1} = f_\\theta(x_t, u_t)$.', 'Contact forces are constrained to the friction cone $\\|f_t\\| \\le \\mu f_n$.'],
};

/** Graph learning. */
export const GRAPHS: Field = {
  key: 'graphs',
  weight: 0.6,
  primary: ['cs.LG', 'cs.SI'],
  cross: ['stat.ML', 'cs.DB', 'cs.IR', 'cs.SI'],
  nameChance: 0.5,
  namePrefixes: ['Graph', 'Node', 'Edge', 'Hyper', 'Sub', 'Motif', 'Spectra', 'Link', 'Mol', 'Path', 'Geo', 'Hop'],
  nameSuffixes: ['GNN', 'Former', 'Walk', 'Prop', 'Net', 'Pool', 'Mix', 'Conv', 'Sage', 'Link', 'Hop', 'Rank'],
  mathChance: 0.12,
  vocab: {
    task: ['node classification on heterophilous graphs', 'link prediction', 'molecular property prediction', 'graph-level anomaly detection', 'knowledge graph completion', 'temporal graph forecasting', 'graph generation', 'recommendation with graph neural networks', 'scalable training on billion-edge graphs', 'combinatorial optimization on graphs'],
    method: ['graph transformer', 'message-passing network', 'positional encoding', 'graph sampling scheme', 'spectral filter', 'graph contrastive learning framework', 'subgraph-based model', 'graph foundation model'],
    mechanism: ['mixes low- and high-pass spectral filters adaptively per node', 'encodes structure with random-walk positional features', 'samples subgraphs with importance weights to bound memory', 'rewires the graph to relieve oversquashing', 'aligns graph and text embeddings for zero-shot transfer', 'aggregates messages along learned higher-order motifs'],
    challenge: ['oversmoothing in deep networks', 'oversquashing of long-range information', 'heterophily', 'the memory cost of neighborhood explosion', 'limited expressivity beyond the 1-WL test'],
    dataset: ['ogbn-arxiv', 'ogbn-products', 'ZINC', 'the Long Range Graph Benchmark', 'Cora and Citeseer', 'QM9', 'ogbl-citation2'],
    baseline: ['GCN', 'GraphSAGE', 'GAT', 'GPS', 'a graph transformer with Laplacian encodings', 'standard message passing'],
    property: ['scalability', 'expressivity', 'permutation invariance', 'interpretability'],
    component: ['the positional encoding', 'the rewiring step', 'the filter bank', 'the sampling budget', 'the readout function'],
    technique: ['graph rewiring', 'spectral filtering', 'random-walk encodings', 'subgraph sampling', 'graph contrastive learning', 'higher-order message passing', 'graph transformers', 'virtual nodes'],
  },
  namedTitles: ['<Name>: <adjective> <task> with <technique>', '<Name>: <a:method> for <task>', '<Name>: Beyond Message Passing for <task>'],
  plainTitles: ['<technique> for <task>', 'On the Expressivity of <technique>', '<adjective> <task> via <technique>', 'Rethinking <technique> for <task>'],
  context: ['Graph neural networks are the default tool for <task>, yet their design is still poorly understood.', '<task> arises in chemistry, social networks and recommendation alike.', 'Scaling <task> to real-world graphs exposes both statistical and computational bottlenecks.'],
  details: ['The model has the same asymptotic cost as message passing and needs no precomputed eigenvectors.', 'We also provide a theoretical characterization of when rewiring provably helps.'],
  results: ['<Ref> achieves <#pct>% accuracy on <dataset>, improving over <baseline> by <#pts> points.', 'On <dataset>, it reduces MAE by <#red>% relative to <baseline>.', 'Training scales to graphs with <#int> billion edges on a single GPU with <#x>x lower memory than <baseline>.', 'It sets a new state of the art on <#k> of the graph benchmarks we consider.'],
  math: ['We prove that the model is strictly more expressive than the $k$-WL test for $k = 2$ and can count cycles of length up to $6$.', 'The filter is $g_\\theta(L) = \\sum_{k=0}^{K} \\theta_k T_k(\\tilde{L})$ with Chebyshev polynomials $T_k$, computed in $O(K|E|)$ time.'],
};

/** Learning theory and algorithms. Few coined names, much more LaTeX. */
export const THEORY: Field = {
  key: 'theory',
  weight: 0.5,
  primary: ['cs.DS', 'stat.ML', 'cs.LG', 'cs.CC'],
  cross: ['math.OC', 'cs.IT', 'math.ST', 'stat.ML'],
  nameChance: 0.05,
  namePrefixes: ['Sketch', 'Sample', 'Mirror', 'Chain'],
  nameSuffixes: ['Bound', 'Opt', 'Est', 'Walk'],
  mathChance: 0.6,
  vocab: {
    task: ['online convex optimization', 'learning halfspaces with noise', 'sparse recovery', 'differentially private mean estimation', 'graph sketching in the streaming model', 'sampling from log-concave distributions', 'generalization in overparameterized networks', 'in-context learning in transformers', 'matrix completion', 'bandit optimization'],
    method: ['algorithm', 'lower-bound technique', 'sketching scheme', 'refined analysis', 'sampler', 'estimator', 'reduction', 'framework'],
    mechanism: ['achieves near-optimal rates using a simple adaptive step size', 'reduces the problem to a sequence of well-conditioned linear systems', 'maintains a sketch of size polylogarithmic in the stream length', 'adds calibrated noise only to a low-sensitivity summary', 'couples two Markov chains to bound the mixing time', 'exploits a hidden low-rank structure in the loss landscape'],
    challenge: ['an exponential dependence on the dimension', 'the gap between known upper and lower bounds', 'heavy-tailed noise', 'adversarial corruptions', 'non-convexity'],
    dataset: ['synthetic instances', 'standard benchmark instances', 'simulated data'],
    baseline: ['the previous best algorithm', 'gradient descent', 'the classical estimator', 'existing analyses'],
    property: ['optimal sample complexity', 'privacy', 'computational efficiency', 'robustness'],
    component: ['the potential function', 'the step-size schedule', 'the sketch dimension', 'the coupling argument', 'the noise calibration'],
    technique: ['sketching', 'mirror descent', 'spectral methods', 'coupling arguments', 'sum-of-squares', 'Langevin dynamics', 'chaining', 'online learning'],
    condition: ['Heavy-Tailed Noise', 'Adversarial Corruptions', 'Bounded Memory', 'Local Differential Privacy', 'Distribution Shift'],
  },
  namedTitles: ['<Name>: <adjective> <task> via <technique>'],
  plainTitles: ['Near-Optimal Algorithms for <task>', 'Tight Bounds for <task>', 'On the Complexity of <task>', '<technique> for <task>: Algorithms and Lower Bounds', 'A Note on <task>', '<task> via <technique>', 'Sharp Rates for <task> Under <condition>', 'Provably <adjective> <task>'],
  context: ['<task> is a fundamental problem in machine learning and statistics.', 'Despite decades of work, the optimal complexity of <task> remains poorly understood.', 'Classical approaches to <task> come with guarantees that are far from what is observed in practice.'],
  details: ['Our analysis is simple and self-contained, relying only on elementary concentration inequalities.', 'The algorithm is parameter-free and does not need to know the noise level in advance.'],
  results: ['We show that <Ref> attains the optimal rate up to logarithmic factors, improving on <baseline>.', 'Experiments on <dataset> confirm the predicted <#x>x reduction in sample complexity.', 'We complement the upper bound with a matching lower bound, settling an open question.', 'Numerical simulations on <dataset> show a <#red>% reduction in error relative to <baseline>.'],
  math: ['Our estimator achieves error $\\varepsilon$ with $\\tilde{O}(d/\\varepsilon^2)$ samples, improving the previous $O(d^2/\\varepsilon^2)$ bound.', 'We prove a lower bound of $\\Omega(\\sqrt{dT})$ on the regret of any algorithm, which our method matches up to $\\log T$ factors.', 'The algorithm runs in $O(n \\log n)$ time and uses $O(\\log^2 n)$ bits of memory per element, measured in $\\ell_2$ norm.'],
};
