// Paperboy's progressive enhancement: keyboard shortcuts. Every page works without it.
// j / k      move to the next / previous paper card (and focus its title link)
// o, Enter   open the current card (Enter works natively on the focused link)
// h / l      previous / next day, week or month on the daily views
// /          focus the search box
(function () {
  'use strict';
  var current = -1;

  function cards() {
    return Array.prototype.slice.call(document.querySelectorAll('[data-card]'));
  }

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return el.isContentEditable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
  }

  function select(list, index) {
    if (!list.length) return;
    index = Math.max(0, Math.min(list.length - 1, index));
    if (list[current]) list[current].classList.remove('is-current');
    current = index;
    var card = list[current];
    card.classList.add('is-current');
    var link = card.querySelector('[data-card-link]');
    if (link) link.focus({ preventScroll: true });
    card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  // Clicking or tabbing into a card makes it the current one, so j/k continue from there.
  document.addEventListener('focusin', function (e) {
    var card = e.target && e.target.closest ? e.target.closest('[data-card]') : null;
    if (!card) return;
    var list = cards();
    var i = list.indexOf(card);
    if (i === current) return;
    if (list[current]) list[current].classList.remove('is-current');
    current = i;
    card.classList.add('is-current');
  });

  document.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
    var list;
    switch (e.key) {
      case 'j':
        list = cards();
        select(list, current + 1);
        break;
      case 'k':
        list = cards();
        select(list, current < 0 ? 0 : current - 1);
        break;
      case 'o':
        list = cards();
        var link = list[current] && list[current].querySelector('[data-card-link]');
        if (!link) return;
        window.location.href = link.href;
        break;
      case 'h':
      case 'l':
        var step = document.querySelector('[data-step="' + (e.key === 'h' ? 'prev' : 'next') + '"]');
        if (!step) return;
        window.location.href = step.href;
        break;
      case '/':
        var box = document.getElementById('site-search');
        if (!box) return;
        box.focus();
        box.select();
        break;
      default:
        return;
    }
    e.preventDefault();
  });
})();
