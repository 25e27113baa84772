/**
 * Trending score: a time-decayed vote count in the style of Hacker News' gravity ranking.
 *
 *   score = (upvotes + COMMENT_WEIGHT * comments + 1) / (ageHours + AGE_OFFSET_HOURS) ^ GRAVITY
 *
 * - The +1 lets a fresh paper with no votes still order by age, newest first.
 * - AGE_OFFSET_HOURS keeps a just-submitted paper from dividing by ~0.
 * - GRAVITY 1.5 halves a paper's score between roughly day 1 and day 2, so a day-old paper needs
 *   about 3x the votes of a new one to rank beside it; week-old papers fade unless heavily voted.
 * - Comments weigh a fraction of a vote: they signal discussion, but are cheaper to inflate.
 * Age is counted from the day the paper entered the daily feed (noon UTC, since feeds are per day).
 */
export const TRENDING = {
  COMMENT_WEIGHT: 0.5,
  AGE_OFFSET_HOURS: 2,
  GRAVITY: 1.5,
  /** Papers older than this never trend. */
  WINDOW_DAYS: 14,
} as const;

export interface TrendingInput {
  upvotes: number;
  numComments: number;
  /** YYYY-MM-DD the paper entered the daily feed. */
  dailyDate: string;
}

export interface TrendingScore {
  score: number;
  ageHours: number;
  points: number;
  /** A sentence a reader can check by hand. */
  explanation: string;
}

/** The trending score of one paper at time `now`. Pure: numbers in, numbers out. */
export function trendingScore(p: TrendingInput, now: Date): TrendingScore {
  const entered = Date.parse(`${p.dailyDate}T12:00:00Z`);
  const ageHours = Math.max(0, (now.getTime() - entered) / 3_600_000);
  const points = p.upvotes + TRENDING.COMMENT_WEIGHT * p.numComments + 1;
  const score = points / Math.pow(ageHours + TRENDING.AGE_OFFSET_HOURS, TRENDING.GRAVITY);
  const rounded = Math.round(score * 1e6) / 1e6;
  const explanation = `(${p.upvotes} upvotes + ${TRENDING.COMMENT_WEIGHT} x ${p.numComments} comments + 1) / ` +
    `(${ageHours.toFixed(1)} h + ${TRENDING.AGE_OFFSET_HOURS})^${TRENDING.GRAVITY} = ${rounded}`;
  return { score, ageHours, points, explanation };
}

/** Orders papers by trending score (highest first); ties go to more upvotes, then to the id. */
export function rankTrending<T extends TrendingInput & { id: string }>(papers: T[], now: Date): Array<T & { trending: TrendingScore }> {
  return papers
    .map((p) => ({ ...p, trending: trendingScore(p, now) }))
    .sort((a, b) => b.trending.score - a.trending.score || b.upvotes - a.upvotes || a.id.localeCompare(b.id));
}
