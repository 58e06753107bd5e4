// Suggestions as you type in the search box: completions of titles, organisations and tags
// from /api/v1/suggest, offered through the box's <datalist>. Without script the box works as is.
(function () {
  var box = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!box || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var last = '';
  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var prefix = box.value.trim();
      if (prefix.length < 2 || prefix === last) {
        return;
      }
      last = prefix;
      fetch('/api/v1/suggest?prefix=' + encodeURIComponent(prefix), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (completions) {
          while (list.firstChild) {
            list.removeChild(list.firstChild);
          }
          completions.forEach(function (text) {
            var option = document.createElement('option');
            option.value = text;
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are a convenience: say nothing */ });
    }, 150);
  });
})();
