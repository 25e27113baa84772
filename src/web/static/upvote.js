// Upvotes without a page reload: the upvote form (which works on its own by posting and coming
// back) is sent to the API with fetch instead, and the count and pressed state update in place.
(function () {
  'use strict';
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form || !form.matches || !form.matches('form[data-upvote]') || !window.fetch) return;
    e.preventDefault();
    var id = form.getAttribute('data-upvote');
    var action = form.querySelector('input[name=action]');
    var csrf = form.querySelector('input[name=_csrf]');
    var button = form.querySelector('button');
    var on = action.value === 'add';
    button.disabled = true;
    fetch('/api/papers/' + encodeURIComponent(id).replace(/%2F/g, '/') + '/upvote', {
      method: on ? 'POST' : 'DELETE',
      headers: { 'X-CSRF-Token': csrf.value, 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(function (res) {
      if (!res.ok) throw new Error('status ' + res.status);
      return res.json();
    }).then(function (state) {
      var shown = String(state.upvotes);
      document.querySelectorAll('[data-upvote-count]').forEach(function (el) {
        if (el.getAttribute('data-upvote-count') === id) el.textContent = shown;
      });
      document.querySelectorAll('form[data-upvote]').forEach(function (f) {
        if (f.getAttribute('data-upvote') !== id) return;
        f.querySelector('input[name=action]').value = state.upvoted ? 'remove' : 'add';
        var b = f.querySelector('button');
        b.setAttribute('aria-pressed', state.upvoted ? 'true' : 'false');
        b.title = state.upvoted ? 'Remove your upvote' : 'Upvote';
        var label = f.querySelector('[data-upvote-label]');
        if (label) label.textContent = state.upvoted ? 'Upvoted' : 'Upvote';
      });
    }).catch(function () {
      // The API refused or the network failed: fall back to the plain form post.
      form.submit();
    }).then(function () { button.disabled = false; });
  });
})();
