// The page scores.html (moved out of the page: the Content-Security-Policy allows no inline script).
(function () {
  var c = PX.qs('c');
  var el = PX.el;
  function counts() {
    return PX.api('api/campaigns/' + c + '/scores/count-by-unit').then(function (m) {
      var body = PX.clear(document.querySelector('#counts tbody'));
      Object.keys(m).forEach(function (u) {
        body.appendChild(el('tr', {}, [el('td', {}, [el('a', { href: 'unit.html?c=' + c + '&u=' + encodeURIComponent(u) }, [u])]),
          el('td', { 'class': 'num', text: String(m[u]) })]));
      });
      if (!Object.keys(m).length) { body.appendChild(el('tr', {}, [el('td', { colspan: 2, text: 'Chưa có điểm.' })])); }
    });
  }
  PX.header('scores.html').then(function () {
    document.getElementById('export').onclick = function () { PX.download('api/campaigns/' + c + '/scores/csv'); };
    var form = document.getElementById('import-form');
    if (form) form.onsubmit = function (e) {
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
        return counts();
      }).catch(function (err) { PX.showError(out, err); });
    };
    return counts();
  }).catch(function (e) { PX.showError(document.getElementById('message'), e); });
})();
