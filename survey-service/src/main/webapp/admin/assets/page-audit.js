// The page audit.html (moved out of the page: the Content-Security-Policy allows no inline script).
(function () {
  var c = PX.qs('c');
  var page = 0;
  var el = PX.el;
  function load() {
    return PX.api('api/audit?size=100&page=' + page + (c ? '&campaign=' + c : '')).then(function (p) {
      var body = document.querySelector('#audit tbody');
      p.items.forEach(function (e) {
        body.appendChild(el('tr', { 'data-action': e.action }, [el('td', { 'data-label': 'Lúc', text: PX.date(e.at) }),
          el('td', { 'data-label': 'Người', text: e.actor }), el('td', { 'data-label': 'Thao tác', text: e.actionLabel }),
          el('td', { 'data-label': 'Đối tượng', text: e.target || '' }), el('td', { 'data-label': 'Chi tiết', text: e.detail || '' })]));
      });
      document.getElementById('more').hidden = (page + 1) * p.size >= p.total;
    });
  }
  PX.header('audit.html').then(function () {
    document.getElementById('more').onclick = function () { page++; load(); };
    return load();
  }).catch(function (e) { PX.showError(document.getElementById('message'), e); });
})();
