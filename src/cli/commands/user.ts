import type { Command } from 'commander';
import { AccountsService } from '../../accounts/service.ts';
import { newSecret } from '../../accounts/secrets.ts';
import { ROLES, type Role } from '../../accounts/types.ts';
import { loadConfig } from '../../config.ts';
import type { Store } from '../../db/store.ts';
import { invalidArgument } from '../../errors.ts';
import { openMailer } from '../../mail/open-mailer.ts';
import { withStore, type GlobalOptions } from '../context.ts';

function service(store: Store): AccountsService {
  const config = loadConfig();
  const mailer = openMailer(config);
  return new AccountsService({
    repo: store.accounts, mailer: () => mailer, now: () => new Date(),
    baseUrl: () => (config.PAPERBOY_BASE_URL ?? `http://localhost:${config.PAPERBOY_PORT}`).replace(/\/+$/, ''),
  });
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  // One trailing newline is what `echo` and here-strings add; the password is the line before it.
  return text.replace(/\r?\n$/, '');
}

/** `user create`, `user role`, `user ban`/`unban` and `token create`: scripting accounts from the terminal. */
export function registerUser(program: Command, globals: () => GlobalOptions): void {
  const user = program.command('user').description('manage accounts');
  user.command('create')
    .description('create a verified account (a random password is printed unless --password-stdin)')
    .argument('<email>', 'the account\'s email address')
    .option('--admin', 'give the account the admin role')
    .option('--moderator', 'give the account the moderator role')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (email: string, o: { admin?: boolean; moderator?: boolean; passwordStdin?: boolean }) => {
      const password = o.passwordStdin ? await readStdin() : newSecret().slice(0, 20);
      const role: Role = o.admin ? 'admin' : o.moderator ? 'moderator' : 'member';
      await withStore(globals(), async (store) => {
        const u = await service(store).createUser({ email, password, role });
        console.log(`created ${u.role} ${u.email} (id ${u.id})`);
        if (!o.passwordStdin) console.log(`password: ${password}`);
      });
    });
  user.command('role')
    .description('set an account\'s role')
    .argument('<email>', 'the account\'s email address')
    .argument('<role>', ROLES.join(', '))
    .action(async (email: string, role: string) => {
      if (!(ROLES as readonly string[]).includes(role)) throw invalidArgument('role', `role: expected one of ${ROLES.join(', ')}, got "${role}"`);
      await withStore(globals(), async (store) => {
        const s = service(store);
        const u = await s.userByEmail(email);
        await s.setRole(u.id, role as Role);
        console.log(`${u.email} is now ${role}`);
      });
    });

  for (const [name, banned] of [['ban', true], ['unban', false]] as const) {
    user.command(name)
      .description(banned ? 'ban an account: it cannot log in, and its sessions and tokens stop working' : 'lift a ban')
      .argument('<email>', 'the account\'s email address')
      .action(async (email: string) => {
        await withStore(globals(), async (store) => {
          const s = service(store);
          const u = await s.userByEmail(email);
          await s.operatorBan(u.id, banned);
          console.log(`${u.email} is ${banned ? 'banned' : 'no longer banned'}`);
        });
      });
  }

  const token = program.command('token').description('manage personal access tokens');
  token.command('create')
    .description('create a personal access token for an account and print it (shown only this once)')
    .argument('<email>', 'the account\'s email address')
    .option('--name <name>', 'a name to recognise the token by', 'cli')
    .action(async (email: string, o: { name: string }) => {
      await withStore(globals(), async (store) => {
        const s = service(store);
        const u = await s.userByEmail(email);
        const t = await s.createApiToken(u.id, o.name);
        console.log(t.token);
      });
    });
}
