// The page results.html (moved out of the page: the Content-Security-Policy allows no inline script).
(function () {
  var c = PX.qs('c');
  var el = PX.el;
  var select = document.getElementById('version');

  function base() { return 'api/campaigns/' + c + (select.value ? '/publications/' + select.value : '/results'); }

  function render(sheet) {
    document.getElementById('title').textContent = 'Kết quả — ' + sheet.campaignName;
    document.getElementById('version-info').textContent = sheet.version
      ? 'Phiên bản ' + sheet.version + ', công bố lúc ' + PX.date(sheet.at) + ' bởi ' + sheet.by
        + (sheet.note ? ' — ' + sheet.note : '') + '. Không thay đổi được nữa.'
      : 'Tính lúc ' + PX.date(sheet.at) + ' từ điểm và phiếu hiện có; chưa công bố.';
    var levels = PX.clear(document.getElementById('levels'));
    sheet.levels.forEach(function (l) {
      // one column per fact: the unit by name (its code stays in data-unit), areas by name, not "LV 1"
      var head = el('tr', {}, [el('th', { 'data-key': 'rank', text: 'Hạng' }),
        el('th', { 'data-key': 'unitName', text: 'Đơn vị' }), el('th', { 'data-key': 'index', 'data-first': 'desc', 'class': 'num', text: 'Chỉ số' }),
        el('th', { 'data-key': 'band', text: 'Xếp loại' }), el('th', { 'data-key': 'total', 'data-first': 'desc', 'class': 'num', text: 'Đạt/Tối đa' })]
        .concat(l.areas.map(function (a) { return el('th', { 'data-key': 'area_' + a.code, 'data-first': 'desc', 'class': 'num area', text: a.code + '. ' + a.name }); })));
      var body = el('tbody');
      var table = el('table', { 'class': 'results', 'data-level': l.level }, [el('thead', {}, [head]), body]);
      var rows = l.rows.map(function (r) {
        var row = { rank: r.rank, unit: r.unit, unitName: r.unitName, index: r.index == null ? null : Number(r.index), band: r.bandName,
          total: Number(r.total), max: Number(r.max) };
        l.areas.forEach(function (a) { row['area_' + a.code] = r.areas[a.code] === null ? null : Number(r.areas[a.code]); });
        return row;
      });
      var section = el('section', { 'class': 'card' }, [el('h2', {}, [l.levelName + ' — bộ chỉ số ' + l.frameworkCode
        + (l.frameworkVersion ? ' (' + l.frameworkVersion + ')' : '')]),
        el('ul', { 'class': 'warnings' }, l.warnings.map(function (w) { return el('li', { 'class': 'warn', text: w }); })),
        rows.length ? el('div', { 'class': 'table-wrap' }, [table]) : el('p', { 'class': 'muted', text: 'Chưa có đơn vị nào có điểm.' })]);
      levels.appendChild(section);
      PX.sortable(table, rows, function (sorted) {
        PX.clear(body);
        sorted.forEach(function (r) {
          var link = 'unit.html?c=' + c + '&u=' + encodeURIComponent(r.unit) + (select.value ? '&v=' + select.value : '');
          body.appendChild(el('tr', { 'data-unit': r.unit }, [el('td', { text: r.rank == null ? '–' : String(r.rank) }),
            el('td', {}, [el('a', { href: link, 'class': 'explain' }, [r.unitName])]),
            el('td', { 'class': 'num index', text: PX.fmt(r.index, 2) }), el('td', { text: r.band || '–' }),
            el('td', { 'class': 'num', text: PX.fmt(r.total, 2) + '/' + PX.fmt(r.max) })]
            .concat(l.areas.map(function (a) { return el('td', { 'class': 'num', text: PX.fmt(r['area_' + a.code], 2) }); }))));
        });
      });
    });
  }

  function load() {
    PX.clear(document.getElementById('message'));
    return PX.api(base()).then(render).catch(function (e) { PX.showError(document.getElementById('message'), e); });
  }

  function versions(selectNumber) {
    return PX.api('api/campaigns/' + c + '/publications').then(function (list) {
      while (select.options.length > 1) { select.remove(1); }
      list.forEach(function (p) {
        select.appendChild(el('option', { value: String(p.version) }, ['Phiên bản ' + p.version + ' — công bố '
          + PX.date(p.publishedAt) + ' (' + p.submissions + ' phiếu)']));
      });
      if (selectNumber) { select.value = String(selectNumber); }
    });
  }

  PX.header('results.html').then(function () {
    select.onchange = load;
    document.getElementById('xlsx').onclick = function () { PX.download(base() + '/xlsx'); };
    document.getElementById('pdf').onclick = function () { PX.download(base() + '/pdf'); };
    var publish = document.getElementById('publish-form');
    if (publish) publish.onsubmit = function (e) {
      e.preventDefault();
      if (!confirm('Công bố kết quả? Phiên bản công bố không thay đổi được nữa.')) { return; }
      PX.api('api/campaigns/' + c + '/publications', { method: 'POST', body: { note: document.getElementById('note').value || null } })
        .then(function (p) { return versions(p.version); }).then(load)
        .catch(function (err) { PX.showError(document.getElementById('message'), err); });
    };
    var v = PX.qs('v');
    return versions(v).then(load);
  }).catch(function (e) { PX.showError(document.getElementById('message'), e); });
})();
