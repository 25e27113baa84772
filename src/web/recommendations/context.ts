import { RecommendationsService } from '../../recommendations/service.ts';
import type { AppDeps } from '../deps.ts';

const services = new WeakMap<AppDeps, RecommendationsService>();

/**
 * The recommendations service of one app: over its store and clock, sharing the corpus model the
 * app's search index has loaded, with similar papers from its search service for example picks.
 */
export function recommendationsFor(deps: AppDeps): RecommendationsService {
  let s = services.get(deps);
  if (!s) {
    s = new RecommendationsService(deps.store, {
      now: () => deps.now(),
      similar: async (id) => (await deps.search.similar(id, { limit: 10, sort: 'similarity' })).items.map((i) => i.paper),
      loadedCorpus: () => {
        const m = deps.semantic?.current() ?? null;
        return m ? { modelId: m.modelId, corpus: m.corpus } : null;
      },
    });
    services.set(deps, s);
  }
  return s;
}
