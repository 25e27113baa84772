import { PaperboyError } from '../../errors.ts';

/**
 * A repository the PostgreSQL store does not implement yet: every call fails with a clear
 * `not_supported` error naming the capability, instead of a crash deep inside a route; pages
 * leave such sections out (src/web/optional-capability.ts). Every capability of issue 7 is on
 * PostgreSQL now; this stays for a capability that lands on SQLite first.
 */
export function notYetOnPostgres<T extends object>(capability: string): T {
  return new Proxy({} as T, {
    get(_target, method) {
      if (method === 'then') return undefined; // not a thenable
      return async () => {
        throw new PaperboyError('not_supported', `${capability} are not available on PostgreSQL yet; run Paperboy on SQLite for ${capability} (see docs/DEPLOY.md)`);
      };
    },
  });
}
