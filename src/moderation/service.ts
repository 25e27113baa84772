import type { AccountsService } from '../accounts/service.ts';
import { hasRole, type User } from '../accounts/types.ts';
import type { CommentsService } from '../comments/service.ts';
import type { ReportRecord } from '../comments/repo.ts';
import type { Store } from '../db/store.ts';
import { PaperboyError } from '../errors.ts';
import type { HiddenPaper } from './repo.ts';

function need(user: User, role: 'moderator' | 'admin'): void {
  if (!hasRole(user.role, role)) throw new PaperboyError('forbidden', `This needs the ${role} role.`);
}

/**
 * What moderators and admins do: moderators handle reports (hide the comment or dismiss the report)
 * and hide papers; admins also ban users and change roles. Each method checks the role itself,
 * so no route can forget to.
 */
export class ModerationService {
  constructor(
    private readonly store: Store,
    private readonly accounts: AccountsService,
    private readonly comments: CommentsService,
    private readonly now: () => Date,
  ) {}

  async openReports(actor: User): Promise<ReportRecord[]> {
    need(actor, 'moderator');
    return this.store.comments.openReports(200);
  }

  /** Hides the reported comment (if any, and still visible) and closes the report. */
  async hideReported(actor: User, reportId: number): Promise<void> {
    need(actor, 'moderator');
    const report = (await this.store.comments.openReports(1000)).find((r) => r.id === reportId);
    if (!report) throw new PaperboyError('not_found', `no open report ${reportId}`);
    if (report.commentId !== null) await this.store.comments.remove(report.commentId, 'hidden', this.now().toISOString());
    await this.store.comments.resolveReport(reportId, actor.id, this.now().toISOString());
  }

  async dismissReport(actor: User, reportId: number): Promise<void> {
    need(actor, 'moderator');
    if (!(await this.store.comments.resolveReport(reportId, actor.id, this.now().toISOString()))) throw new PaperboyError('not_found', `no open report ${reportId}`);
  }

  async hideComment(actor: User, commentId: number): Promise<void> { await this.comments.hide(actor, commentId); }

  /** Hides a paper from every page, feed, search and the API (or shows it again). */
  async setPaperHidden(actor: User, paperId: string, hidden: boolean): Promise<void> {
    need(actor, 'moderator');
    const rowid = await this.store.paperRowid(paperId);
    if (rowid === null) throw new PaperboyError('paper_not_found', `no paper with id "${paperId}"`);
    await this.store.moderation.setPaperHidden(rowid, hidden ? this.now().toISOString() : null);
  }

  async hiddenPapers(actor: User): Promise<HiddenPaper[]> {
    need(actor, 'moderator');
    return this.store.moderation.hiddenPapers(200);
  }

  async setBanned(actor: User, userId: number, banned: boolean): Promise<void> {
    need(actor, 'admin');
    await this.accounts.setBanned(actor, userId, banned);
  }

  async listUsers(actor: User): Promise<User[]> {
    need(actor, 'admin');
    return this.accounts.listUsers(500, 0);
  }
}
