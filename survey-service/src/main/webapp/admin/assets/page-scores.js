// The page scores.html (moved out of the page: the Content-Security-Policy allows no inline script).
(function () {
  var c = PX.qs('c');
  var el = PX.el;
  /** The scores file's columns in Vietnamese: the file keeps scoring-lib's names, people read these. */
  var COLUMNS = { unit: 'Mã đơn vị', unit_name: 'Tên đơn vị', item: 'Mã tiêu chí', self_score: 'Điểm tự đánh giá',
    self_figure: 'Số liệu hoặc mức tự đánh giá', appraised_score: 'Điểm thẩm định',
    appraised_figure: 'Số liệu hoặc mức thẩm định', not_applicable: 'Không áp dụng (có/không)',
    evidence: 'Tài liệu kiểm chứng', explanation: 'Giải trình', file: 'Tệp' };

  function coverage() {
    return PX.api('api/campaigns/' + c + '/scores/coverage').then(function (list) {
      var body = PX.clear(document.querySelector('#counts tbody'));
      var missing = PX.clear(document.getElementById('missing'));
      var byLevel = {}, levels = [];
      list.forEach(function (u) {
        var name = u.rows ? el('a', { href: 'unit.html?c=' + c + '&u=' + encodeURIComponent(u.unit) }, [u.name]) : u.name;
        body.appendChild(el('tr', { 'data-unit': u.unit }, [el('td', { 'data-label': 'Cấp', text: u.levelName }),
          el('td', { 'data-label': 'Đơn vị' }, [name]), el('td', { 'class': 'num', 'data-label': 'Số dòng điểm', text: String(u.rows) })]));
        if (!u.rows) {
          if (!byLevel[u.level]) { byLevel[u.level] = []; levels.push(u); }
          byLevel[u.level].push(el('li', { 'data-unit': u.unit }, [u.name]));
        }
      });
      levels.forEach(function (l) {
        missing.appendChild(el('h3', { text: l.levelName + ': ' + byLevel[l.level].length + ' đơn vị' }));
        missing.appendChild(el('ul', { 'data-level': l.level }, byLevel[l.level]));
      });
      if (!list.length) { body.appendChild(el('tr', {}, [el('td', { colspan: 3, text: 'Đợt đánh giá chưa có đơn vị nào.' })])); }
      if (!levels.length) { missing.appendChild(el('p', { 'class': 'ok', text: 'Mọi đơn vị đã có điểm.' })); }
    });
  }

  PX.header('scores.html').then(function () {
    document.getElementById('export').onclick = function () { PX.download('api/campaigns/' + c + '/scores/csv'); };
    var form = document.getElementById('import-form');
    if (form) {
      var columns = document.getElementById('column-list');
      Object.keys(COLUMNS).filter(function (k) { return k !== 'file'; }).forEach(function (k) {
        columns.appendChild(el('tr', {}, [el('td', { 'data-label': 'Tên cột', text: k }), el('td', { 'data-label': 'Ý nghĩa', text: COLUMNS[k] })]));
      });
      form.onsubmit = function (e) {
        e.preventDefault();
        var file = document.getElementById('file').files[0];
        var out = document.getElementById('import-result');
        if (!file) { return; }
        var dry = document.getElementById('dry-run').checked;
        var type = /\.xlsx$/i.test(file.name) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
        file.arrayBuffer().then(function (bytes) {
          return PX.api('api/campaigns/' + c + '/scores/import' + (dry ? '?dryRun=true' : ''),
            { method: 'POST', body: bytes, type: type });
        }).then(function (r) {
          PX.clear(out).appendChild(el('div', { 'class': 'message info', role: 'status', id: 'import-summary' }, [
            (r.applied ? 'Đã nhập ' : 'Kiểm tra xong ') + r.rows + ' dòng: ' + r.created + ' mới, ' + r.updated + ' sửa, '
            + r.unchanged + ' không đổi.']));
          return coverage();
        }).catch(function (err) { PX.showError(out, err, COLUMNS); });
      };
    }
    return coverage();
  }).catch(function (e) { PX.showError(document.getElementById('message'), e); });
})();
