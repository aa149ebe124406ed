// The page index.html (moved out of the page: the Content-Security-Policy allows no inline script).
PX.header('index.html').then(function () {
  return PX.api('api/campaigns?size=200');
}).then(function (page) {
  var body = document.querySelector('#campaigns tbody');
  page.items.forEach(function (c) {
    var links = PX.el('span', { 'class': 'row' }, [
      PX.el('a', { href: 'dashboard.html?c=' + c.id, 'class': 'open-dashboard' }, ['Theo dõi']),
      PX.el('a', { href: 'scores.html?c=' + c.id }, ['Điểm']),
      PX.el('a', { href: 'results.html?c=' + c.id }, ['Kết quả'])]);
    body.appendChild(PX.el('tr', { 'data-id': c.id }, [PX.el('td', { 'data-label': 'Đợt đánh giá', text: c.name }),
      PX.el('td', { 'data-label': 'Năm', text: String(c.year) }), PX.el('td', { 'data-label': 'Tỉnh', text: c.province }),
      PX.el('td', { 'data-label': 'Trạng thái', text: c.statusLabel || c.status }), PX.el('td', { 'data-label': 'Trang' }, [links])]));
  });
  if (!page.items.length) { document.getElementById('message').textContent = 'Chưa có đợt đánh giá nào.'; }
}).catch(function (e) { PX.showError(document.getElementById('message'), e); });
