// The page unit.html (moved out of the page: the Content-Security-Policy allows no inline script).
// Everything shown comes from the explanation's page form (?format=page): Vietnamese only, decimal comma.
(function () {
  var c = PX.qs('c'), u = PX.qs('u'), v = PX.qs('v');
  var el = PX.el;
  var path = 'api/campaigns/' + c + (v ? '/publications/' + v : '/results') + '/units/' + encodeURIComponent(u) + '/explanation';
  document.getElementById('back').href = 'results.html?c=' + c + (v ? '&v=' + v : '');
  /** A cell that names its column, for the stacked layout of narrow screens. */
  function td(label, text, cls) { return el('td', { 'data-label': label, 'class': cls, text: text }); }
  PX.header('results.html').then(function () {
    return PX.api(path + '?format=page');
  }).then(function (e) {
    document.getElementById('explanation-title').textContent = 'Giải trình kết quả — ' + e.unitName + (v ? ' (phiên bản ' + v + ')' : ' (chưa công bố)');
    document.getElementById('framework').textContent = 'Bộ chỉ số ' + e.framework;
    var head = document.getElementById('headline');
    [['Chỉ số', e.index, 'index'], ['Xếp hạng', e.rank, 'rank'], ['Xếp loại', e.band, 'band'],
      ['Điểm đạt / tối đa', e.total, 'total'], ['Điểm bị mất', e.pointsLost, 'lost']].forEach(function (x) {
      head.appendChild(el('div', { 'class': 'card' }, [el('div', { 'class': 'muted', text: x[0] }), el('div', { 'class': 'big', id: 'headline-' + x[2], text: x[1] })]));
    });
    var body = document.querySelector('#losses tbody');
    e.losses.slice(0, 20).forEach(function (l) {
      body.appendChild(el('tr', { 'data-code': l.code }, [td('Tiêu chí', l.code + '. ' + l.name), td('Điểm mất', l.lost, 'num'),
        td('Đạt/Tối đa', l.points, 'num'), td('Chỉ số giảm', l.indexPoints, 'num'), td('Lý do', l.reason, 'reason')]));
    });
    if (!e.losses.length) { body.appendChild(el('tr', {}, [el('td', { colspan: 5, text: 'Không mất điểm nào.' })])); }
    PX.bars(document.getElementById('area-chart'), e.areas.map(function (a) {
      return { label: a.code + '. ' + a.name, value: Number(a.points), max: Number(a.maxPoints), note: a.text };
    }), { title: 'Điểm đạt so với tối đa theo lĩnh vực', left: 320 });
    var details = document.getElementById('details');
    e.areas.forEach(function (a) {
      var rows = a.items.map(function (i) {
        return el('tr', { 'data-code': i.code }, [td('Tiêu chí', i.code + '. ' + i.name), td('Cách chấm', i.method),
          td('Tối đa', i.max, 'num'), td('Tự chấm', i.self, 'num'), td('Thẩm định', i.appraised, 'num'),
          td('Điều tra', i.survey, 'num'), td('Được tính', i.points, 'num'), td('Tình trạng', i.status)]);
      });
      details.appendChild(el('details', {}, [el('summary', {}, ['Lĩnh vực ' + a.code + '. ' + a.name + ': ' + a.text + ' điểm']),
        el('div', { 'class': 'table-wrap' }, [el('table', { 'class': 'stack' }, [el('thead', {}, [el('tr', {}, ['Tiêu chí', 'Cách chấm',
          'Tối đa', 'Tự chấm', 'Thẩm định', 'Điều tra', 'Được tính', 'Tình trạng'].map(function (h, n) {
          return el('th', { 'class': n >= 2 && n <= 6 ? 'num' : null, text: h });
        }))]), el('tbody', {}, rows)])])]));
    });
  }).catch(function (err) { PX.showError(document.getElementById('message'), err); });
})();
