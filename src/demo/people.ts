/**
 * Synthetic people and organizations for the demo corpus. Names are diverse on purpose (accents,
 * CJK, Cyrillic, Greek, Vietnamese) so that search, sorting and rendering see real-world text.
 * The pool is built from a fixed seed, so it is the same whatever options the corpus gets.
 */
import { createRng } from './rng.ts';

const FIRST = [
  'José', 'Zoë', 'Søren', 'Łukasz', 'Ngozi', 'Aarav', 'Chiara', 'Björn', 'Mateo', 'Yuki', 'Oğuz', 'Émilie',
  'Amara', 'Wei', 'Priya', 'Kwame', 'Ingrid', 'Tomás', 'Anaïs', 'Dmitri', 'Fatima', 'Hiroshi', 'Leila', 'Mikael',
  'Nadia', 'Olumide', 'Pablo', 'Qian', 'Rafael', 'Sakura', 'Thiago', 'Uma', 'Viktor', 'Xin', 'Yara', 'Zeynep',
  'Aiko', 'Bogdan', 'Carmen', 'Darius', 'Elif', 'Farid', 'Greta', 'Hana', 'Ishaan', 'Jonas', 'Kateřina', 'Lucía',
  'Malik', 'Noemí', 'Orla', 'Pedro', 'Rania', 'Sanjay', 'Tereza', 'Ulrich', 'Valentina', 'Wen', 'Ximena', 'Yusuf',
  'Zhen', 'Aleksander', 'Beatriz', 'Chidi', 'Daniela', 'Emeka', 'Freya', 'Gaurav', 'Hyun-woo', 'Irene', 'Jae-won',
  'Kofi', 'Lars', 'Mei', 'Nikolai', 'Océane', 'Pilar', 'Rohan', 'Siddharth', 'Théo', 'Ayşe', 'Hye-jin', 'Minh',
  'Ravi', 'Sofía', 'Jürgen', 'Magnús', 'Ewa', 'Jiří', 'Anna',
];

const LAST = [
  'Müller', 'Ødegaard', 'García', 'Kowalczyk', 'Nakamura', 'Okafor', 'Chen', 'Srinivasan', 'Dubois', 'Novák',
  'Yılmaz', 'Rossi', 'Andersson', 'Haddad', 'Ivanova', 'Kim', 'Lefèvre', 'Mensah', 'Nguyen', "O'Brien",
  'Petrović', 'Quispe', 'Rahman', 'Schäfer', 'Tanaka', 'Uddin', 'Varga', 'Wójcik', 'Xu', 'Yamamoto', 'Zhang',
  'Abebe', 'Bianchi', 'Castillo', 'Dąbrowski', 'Eriksen', 'Fernández', 'Gonçalves', 'Horváth', 'Iyer', 'Jensen',
  'Kaur', 'Lindqvist', 'Moreau', 'Nowak', 'Oliveira', 'Park', 'Ramírez', 'Sato', 'Takahashi', 'van den Berg',
  'Wang', 'Zhou', 'Adeyemi', 'Bergström', 'Cruz', 'Demir', 'Esposito', 'Fischer', 'Gupta', 'Hoffmann',
  'Jovanović', 'Kuznetsov', 'Li', 'Mahmoud', 'Nielsen', 'Ortiz', 'Popescu', 'Reyes', 'Singh', 'Tran', 'Weiß',
  'Yang', 'Zapata', 'Björklund', 'Çelik', 'Şahin', 'Đorđević', 'Núñez', 'Kovačić', 'Hernández', 'Lund', 'Asante',
  'Mwangi', 'Huang', 'Liu', 'Sun', 'Ahmadi', 'Karimi', 'de la Cruz',
];

/** Names written in their own scripts (family name first where that is the custom). */
const NATIVE = [
  '李明', '王芳', '张伟', '陈静', '刘洋', '杨帆', '黄磊', '赵雪', '周婷', '吴昊', '孙悦', '徐晨', '林嘉怡', '郭子轩',
  '何欣然', '김민준', '이서연', '박지훈', '최유진', '정하늘', '田中 健太', '佐藤 美咲', '鈴木 翔', '高橋 結衣',
  '伊藤 蓮', 'Алексей Смирнов', 'Мария Петрова', 'Γιώργος Παπαδόπουλος', 'Nguyễn Văn An', 'Phạm Minh Đức',
];

/** Size of the author pool. */
export const AUTHOR_POOL_SIZE = 600;

/** The fixed pool of ~600 author names (built once, always the same order). */
export const AUTHORS: readonly string[] = buildAuthorPool();

function buildAuthorPool(): string[] {
  const rng = createRng(0x0a17b0e5);
  const seen = new Set<string>(NATIVE);
  const out = [...NATIVE];
  while (out.length < AUTHOR_POOL_SIZE) {
    const name = `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    if (!seen.has(name)) {
      seen.add(name);
      out.push(name);
    }
  }
  // Interleave native-script names through the pool instead of leaving them all at the front.
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Invented labs and companies; any likeness to a real organization is accidental. */
export const ORGANIZATIONS: readonly string[] = [
  'Northwind AI Lab', 'Cobalt Systems Research', 'Halcyon Institute of Technology', 'Larkspur University',
  'Emberline Research', 'Quillfeather Labs', 'Saltmarsh Computing Group', 'Tidewater Machine Learning Group',
  'Granite Peak University', 'Polaris Ridge Institute', 'Mistvale College of Engineering', 'Kestrel Dynamics Lab',
  'Oakhollow Research Center', 'Silverpine AI', 'Brightwater Robotics Lab', 'Copperleaf Computing',
  'Meridian Vale University', 'Driftwood Systems', 'Thistledown Institute', 'Starling Bay Research',
  'Ironbark Labs', 'Lumenfield University', 'Harrowgate Institute of Science', 'Cinderfall AI Research',
  'Westmarch Technical University', 'Fernbrook Lab for Intelligent Systems', 'Cerulean Point Research',
  'Stonebridge Compute Collective', 'Ravenmoor University', 'Glasswing Labs', 'Redcliff Institute for Data Science',
  'Hollowbrook AI', 'Sunspire Research', 'Eastmere University', 'Willowmere Systems Lab',
  'Foxglove Computing Institute', 'Technische Hochschule Eisenwald', 'Université de Valcastel',
  'Instituto Tecnológico de Sierra Clara', 'Donghu Institute of Intelligent Computing',
];

/** How many pool authors "belong" to each organization, so its papers share co-authors. */
const TEAM_SIZE = 24;

/** The co-author team of organization `orgIndex`: a fixed, overlapping slice of the pool. */
export function teamOf(orgIndex: number): readonly string[] {
  const start = (orgIndex * 15) % AUTHORS.length;
  const team = AUTHORS.slice(start, start + TEAM_SIZE);
  return team.length === TEAM_SIZE ? team : team.concat(AUTHORS.slice(0, TEAM_SIZE - team.length));
}

/**
 * An ASCII handle for URLs and user names: accents folded, other letters dropped
 * ("José Müller" -> "josemuller"); names with no Latin letters get a numbered fallback.
 */
export function asciiHandle(name: string, fallback: number): string {
  const s = name.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ø/gi, 'o').replace(/ł/gi, 'l').replace(/đ/gi, 'd')
    .replace(/ß/g, 'ss').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z0-9]+/g, '');
  return s.length >= 3 ? s : `researcher${fallback}`;
}

let handles: Map<string, string> | undefined;

/** The ASCII handle of a pool author, stable across papers (names without Latin letters get "researcher<index>"). */
export function authorHandle(name: string): string {
  handles ??= new Map(AUTHORS.map((a, i) => [a, asciiHandle(a, i)]));
  return handles.get(name) ?? asciiHandle(name, 0);
}

/** Daily-feed curators who submit papers they did not write. */
export const CURATORS: readonly string[] = [
  'paperboy-curator', 'daily-reader', 'tensor_tom', 'gradient_gale', 'kernel_kat', 'latent_lena', 'sparse_sam', 'quant_quinn',
];

const slugs = new Map<string, string>();

/** A URL slug for an organization ("Northwind AI Lab" -> "northwind-ai-lab"); memoized, the list is short. */
export function orgSlug(org: string): string {
  let slug = slugs.get(org);
  if (slug === undefined) {
    slug = org.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    slugs.set(org, slug);
  }
  return slug;
}
