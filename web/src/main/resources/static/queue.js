// Keyboard use of the curation queue: j and k move between matches, x ticks the current one,
// a, r and i approve, reject or introduce the ticked ones; "select all" ticks the whole page.
// Without script the queue works as is: tick the boxes and press a button.
(function () {
  var form = document.querySelector('form[data-queue]');
  if (!form) {
    return;
  }
  var cards = Array.prototype.slice.call(form.querySelectorAll('[data-match]'));
  var boxes = function () { return Array.prototype.slice.call(form.querySelectorAll('input[name="matchIds"]')); };
  var current = -1;
  var all = document.querySelector('[data-select-all]');
  if (all) {
    all.addEventListener('change', function () {
      boxes().forEach(function (box) { box.checked = all.checked; });
    });
  }
  function focusCard(index) {
    if (cards.length === 0) {
      return;
    }
    current = Math.max(0, Math.min(cards.length - 1, index));
    cards.forEach(function (card) { card.classList.remove('current'); });
    cards[current].classList.add('current');
    cards[current].focus();
  }
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName) && target.type !== 'checkbox') {
      return;
    }
    var key = event.key;
    if (key === 'j' || key === 'k') {
      focusCard(current + (key === 'j' ? 1 : -1));
      event.preventDefault();
    } else if (key === 'x' && current >= 0) {
      var box = cards[current].querySelector('input[name="matchIds"]');
      box.checked = !box.checked;
      event.preventDefault();
    } else if (key === 'o' && current >= 0) {
      cards[current].querySelector('h2 a').click();
    } else if ((key === 'a' || key === 'r' || key === 'i') && boxes().some(function (b) { return b.checked; })) {
      var button = form.querySelector('button[data-key="' + key + '"]');
      if (key === 'r' && !form.querySelector('#note').value.trim()) {
        form.querySelector('#note').focus();
        event.preventDefault();
        return;
      }
      event.preventDefault();
      button.click();
    }
  });
})();
