// Realistic, deterministic HPC clusters for the store's seed state: ids shaped like Alibaba's
// (`hpc-` + a 3-character region code + 17 lowercase alphanumerics), names and descriptions an
// engineering team would plausibly write. Everything is drawn from the Random it is given.
import { createRandom, type Random } from "./random.ts";

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** The 3-character prefix Alibaba puts in resource ids of a few well-known regions. */
const REGION_ID_CODES: Readonly<Record<string, string>> = {
  "cn-hangzhou": "bp1",
  "cn-shanghai": "uf6",
  "cn-beijing": "2ze",
  "cn-shenzhen": "wz9",
  "cn-qingdao": "m5e",
  "cn-zhangjiakou": "8vb",
  "cn-huhehaote": "hp3",
  "cn-hongkong": "j6c",
  "ap-southeast-1": "t4n",
  "ap-northeast-1": "6we",
  "us-west-1": "rj9",
  "us-east-1": "0xi",
  "eu-central-1": "gw8",
  "eu-west-1": "d7o",
};

function regionCode(regionId: string): string {
  const known = REGION_ID_CODES[regionId];
  if (known) return known;
  // Any other region gets a stable code derived from its name.
  return createRandom(`region-code/${regionId}`).chars(3, ID_ALPHABET);
}

/** A new cluster id for a region: `hpc-bp1` + 17 lowercase alphanumerics. */
export function generateClusterId(regionId: string, random: Random): string {
  return `hpc-${regionCode(regionId)}${random.chars(17, ID_ALPHABET)}`;
}

const WORKLOADS = [
  { slug: "cfd", what: "CFD solver runs for the aerodynamics team" },
  { slug: "genomics", what: "genome assembly and variant calling pipelines" },
  { slug: "render", what: "batch rendering of animation frames" },
  { slug: "weather", what: "regional weather model ensembles" },
  { slug: "mltrain", what: "distributed training of recommendation models" },
  { slug: "seismic", what: "seismic imaging and reverse time migration" },
  { slug: "crashsim", what: "vehicle crash simulation with LS-DYNA" },
  { slug: "moldyn", what: "molecular dynamics with GROMACS" },
  { slug: "risk", what: "overnight Monte Carlo risk valuation" },
  { slug: "cae", what: "structural analysis and meshing jobs" },
  { slug: "eda", what: "chip design verification and timing analysis" },
  { slug: "qchem", what: "quantum chemistry calculations" },
] as const;

const STAGES = ["prod", "dev", "test", "staging", "batch", "research"] as const;
const NETWORKS = ["RDMA", "eRDMA", "25G VPC"] as const;

export interface GeneratedCluster {
  readonly HpcClusterId: string;
  readonly Name: string;
  readonly Description: string;
  readonly RegionId: string;
}

/** One realistic cluster in `regionId`; `index` keeps names distinct within a seed. */
export function generateCluster(regionId: string, index: number, random: Random): GeneratedCluster {
  const workload = random.pick(WORKLOADS);
  const stage = random.pick(STAGES);
  const name = `${workload.slug}-${stage}-${String(index + 1).padStart(2, "0")}`;
  // About one cluster in eight has no description, as in real accounts.
  const description =
    random.next() < 0.125
      ? ""
      : `${capitalise(stage)} cluster for ${workload.what} (${random.pick(NETWORKS)}, ${random.int(2, 64)} nodes)`;
  return {
    HpcClusterId: generateClusterId(regionId, random),
    Name: name,
    Description: description,
    RegionId: regionId,
  };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
