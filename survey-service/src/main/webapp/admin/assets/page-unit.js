// The page unit.html (moved out of the page: the Content-Security-Policy allows no inline script).
(function () {
  var c = PX.qs('c'), u = PX.qs('u'), v = PX.qs('v');
  var el = PX.el;
  var path = 'api/campaigns/' + c + (v ? '/publications/' + v : '/results') + '/units/' + encodeURIComponent(u) + '/explanation';
  document.getElementById('back').href = 'results.html?c=' + c + (v ? '&v=' + v : '');
  PX.header('results.html').then(function () {
    return PX.api(path);
  }).then(function (e) {
    var unit = e.unit;
    document.getElementById('explanation-title').textContent = 'Giải trình kết quả — ' + unit.name + (v ? ' (phiên bản ' + v + ')' : ' (chưa công bố)');
    var head = document.getElementById('headline');
    [['Chỉ số', PX.fmt(unit.index, 2), 'index'], ['Xếp hạng', unit.rank + '/' + unit.rankedAmong, 'rank'],
      ['Xếp loại', unit.band ? unit.band.name : '–', 'band'], ['Điểm đạt / tối đa', PX.fmt(unit.total, 2) + ' / ' + PX.fmt(unit.maxPoints), 'total'],
      ['Điểm bị mất', PX.fmt(e.pointsLost, 2), 'lost']].forEach(function (x) {
      head.appendChild(el('div', { 'class': 'card' }, [el('div', { 'class': 'muted', text: x[0] }), el('div', { 'class': 'big', id: 'headline-' + x[2], text: x[1] })]));
    });
    var body = document.querySelector('#losses tbody');
    e.leafLosses.slice(0, 20).forEach(function (l) {
      body.appendChild(el('tr', {}, [el('td', { text: l.code }), el('td', { text: l.name }), el('td', { 'class': 'num', text: PX.fmt(l.pointsLost, 2) }),
        el('td', { 'class': 'num', text: PX.fmt(l.points, 2) + '/' + PX.fmt(l.maxPoints) }), el('td', { 'class': 'num', text: '−' + PX.fmt(l.indexPoints, 2) }),
        el('td', { text: l.reason })]));
    });
    if (!e.leafLosses.length) { body.appendChild(el('tr', {}, [el('td', { colspan: 6, text: 'Không mất điểm nào.' })])); }
    PX.bars(document.getElementById('area-chart'), e.areas.map(function (a) {
      return { label: a.code + '. ' + a.name, value: Number(a.points), max: Number(a.maxPoints),
        note: PX.fmt(a.points, 2) + '/' + PX.fmt(a.maxPoints) };
    }), { title: 'Điểm đạt so với tối đa theo lĩnh vực', left: 320 });
    return PX.api(path + '?format=text', { accept: 'text/plain' });
  }).then(function (text) {
    document.getElementById('text').textContent = text;
  }).catch(function (err) { PX.showError(document.getElementById('message'), err); });
})();
