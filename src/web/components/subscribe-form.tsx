import { MAX_TOPICS } from '../../digests/topics.ts';

/** What the full form shows again after a refused submission. */
export interface SubscribeFormValues {
  email?: string;
  frequency?: string;
  topics?: string;
}

/**
 * The subscribe form of every page's footer: an address and daily or weekly. Topics are on the
 * /subscribe page. It posts to /subscribe, which checks that the post came from this site.
 */
export function FooterSubscribe() {
  return (
    <form class="footer-subscribe" action="/subscribe" method="post" aria-label="Subscribe to the digest">
      <label for="footer-email">Get trending papers in your inbox</label>
      <div class="inline-form">
        <input id="footer-email" type="email" name="email" required maxlength={254} placeholder="you@example.org" autocomplete="email" />
        <select name="frequency" aria-label="How often">
          <option value="daily">Daily</option>
          <option value="weekly">Weekly</option>
        </select>
        <button type="submit" class="button button-primary">Subscribe</button>
      </div>
      <p class="muted"><a href="/subscribe">Pick topics</a> · we mail once to confirm; no account needed.</p>
    </form>
  );
}

/** The full form of /subscribe: address, frequency and topics. */
export function SubscribeForm({ values = {}, error }: { values?: SubscribeFormValues; error?: string }) {
  const weekly = values.frequency === 'weekly';
  return (
    <form class="subscribe-form" action="/subscribe" method="post">
      {error ? <p class="form-error" role="alert">{error}</p> : null}
      <p>
        <label for="subscribe-email">Email address</label>
        <input id="subscribe-email" type="email" name="email" required maxlength={254} value={values.email ?? ''} autocomplete="email" />
      </p>
      <fieldset>
        <legend>How often</legend>
        <label><input type="radio" name="frequency" value="daily" checked={!weekly} /> Daily: yesterday's trending papers</label>
        <label><input type="radio" name="frequency" value="weekly" checked={weekly} /> Weekly: last week's, on one morning</label>
      </fieldset>
      <p>
        <label for="subscribe-topics">Topics (optional, one per line, up to {MAX_TOPICS})</label>
        <textarea id="subscribe-topics" name="topics" rows={4} maxlength={2500} placeholder={'diffusion models\ncategory:cs.LG\nauthor:Ada Lovelace'}>{values.topics ?? ''}</textarea>
        <span class="muted">Words search titles and abstracts like the search box; <code>category:cs.CL</code> follows a category; <code>author:Name</code> an author.</span>
      </p>
      <button type="submit" class="button button-primary">Subscribe</button>
    </form>
  );
}
