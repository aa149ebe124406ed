// The page audit.html (moved out of the page: the Content-Security-Policy allows no inline script).
(function () {
  var c = PX.qs('c');
  var page = 0;
  var el = PX.el;
  function load() {
    return PX.api('api/audit?size=100&page=' + page + (c ? '&campaign=' + c : '')).then(function (p) {
      var body = document.querySelector('#audit tbody');
      p.items.forEach(function (e) {
        body.appendChild(el('tr', { 'data-action': e.action }, [el('td', { text: PX.date(e.at) }), el('td', { text: e.actor }),
          el('td', { text: e.actionLabel }), el('td', { text: e.target || '' }), el('td', { text: e.detail || '' })]));
      });
      document.getElementById('more').hidden = (page + 1) * p.size >= p.total;
    });
  }
  PX.header('audit.html').then(function () {
    document.getElementById('more').onclick = function () { page++; load(); };
    return load();
  }).catch(function (e) { PX.showError(document.getElementById('message'), e); });
})();
