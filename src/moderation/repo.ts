/** A paper a moderator hid. */
export interface HiddenPaper { rowid: number; id: string; title: string; hiddenAt: string }

/** Moderation storage beyond comments and reports: hiding papers. */
export interface ModerationRepo {
  /** Hides (at) or shows again (null) a paper by rowid. */
  setPaperHidden(rowid: number, at: string | null): Promise<void>;
  hiddenPapers(limit: number): Promise<HiddenPaper[]>;
}
