// Keyboard use of staff's evidence queue: j and k move between entries, v verifies the current
// one, r rejects it (asking for the note first). Without script each entry's form works as is.
(function () {
  var queue = document.querySelector('[data-evidence-queue]');
  if (!queue) {
    return;
  }
  var entries = Array.prototype.slice.call(queue.querySelectorAll('[data-entry]'));
  var current = -1;
  function focusEntry(index) {
    current = Math.max(0, Math.min(entries.length - 1, index));
    entries.forEach(function (entry) { entry.classList.remove('current'); });
    entries[current].classList.add('current');
    entries[current].focus();
  }
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName)) {
      return;
    }
    var key = event.key;
    if (key === 'j' || key === 'k') {
      focusEntry(current + (key === 'j' ? 1 : -1));
      event.preventDefault();
    } else if ((key === 'v' || key === 'r') && current >= 0) {
      var entry = entries[current];
      var note = entry.querySelector('textarea[name="note"]');
      event.preventDefault();
      if (key === 'r' && !note.value.trim()) {
        note.focus();
        return;
      }
      entry.querySelector('button[data-key="' + key + '"]').click();
    }
  });
})();
