// The page appraisal.html (1366 px): an appraiser sees a unit's self-scores and evidence beside the appraised
// value and comment of each leaf, saves them per leaf, sends the result, and finalises after the explanation.
(function () {
  var el = PX.el;
  var t = null;
  var msg = document.getElementById('message');

  function say(text) { document.getElementById('saved').textContent = text; }

  function row(v, leaf) {
    var tr = el('tr', { id: 'leaf-' + leaf.code });
    tr.appendChild(el('td', {}, [el('b', {}, [leaf.code]), ' ' + leaf.name,
      leaf.rule ? el('div', { 'class': 'muted' }, [leaf.rule]) : null]));
    tr.appendChild(el('td', { 'class': 'num' }, [PX.fmt(leaf.max)]));
    if (leaf.method === 'SURVEY') {
      tr.appendChild(el('td', { colspan: 4, 'class': 'muted' }, ['Chấm bằng kết quả điều tra xã hội học']));
      return tr;
    }
    tr.appendChild(el('td', {}, [leaf.notApplicable ? 'Không áp dụng: ' + (leaf.naReason || '')
      : DOSSIER.shown(leaf.selfScore, leaf.selfFigure, leaf.selfPoints)]));
    tr.appendChild(el('td', {}, [leaf.explanation ? el('div', {}, [leaf.explanation]) : null,
      DOSSIER.evidenceList(t, leaf, null),
      leaf.reply ? el('div', { 'class': 'appraised' }, ['Giải trình: ' + leaf.reply]) : null]));
    var open = leaf.appraisable && (v.status === 'SUBMITTED' || v.status === 'EXPLAINED'
      || (v.status === 'APPRAISED' && !v.replyOpen));
    var input = DOSSIER.valueInput(leaf, leaf.appraisedScore, leaf.appraisedFigure, 'a-' + leaf.code,
      'Điểm thẩm định ' + leaf.code);
    var comment = el('textarea', { id: 'c-' + leaf.code, rows: 2, 'aria-label': 'Nhận xét ' + leaf.code });
    comment.value = leaf.comment || '';
    var status = el('span', { 'class': 'muted', role: 'status' });
    var points = el('span', { 'class': 'muted' }, [leaf.appraisedPoints !== null && leaf.appraisedPoints !== undefined
      ? '= ' + PX.fmt(leaf.appraisedPoints) + ' điểm' : '']);
    input.disabled = !open;
    comment.disabled = !open;
    function save() {
      var kind = input.getAttribute('data-kind');
      if (!input.value) { return; }
      status.textContent = 'Đang lưu…';
      PX.api(DOSSIER.path(t, '/appraisal/' + encodeURIComponent(leaf.code)), { method: 'PUT', body: {
        appraisedScore: kind === 'score' ? input.value : null, appraisedFigure: kind === 'figure' ? input.value : null,
        comment: comment.value } })
        .then(function (nv) {
          var l = nv.leaves.filter(function (x) { return x.code === leaf.code; })[0];
          points.textContent = '= ' + PX.fmt(l.appraisedPoints) + ' điểm';
          status.textContent = 'Đã lưu'; status.className = 'ok';
          totals(nv);
        })
        .catch(function (e) { status.textContent = e.message; status.className = 'bad'; });
    }
    input.onchange = save;
    comment.onchange = save;
    tr.appendChild(el('td', {}, [input, points]));
    tr.appendChild(el('td', {}, [comment, status]));
    return tr;
  }

  function totals(v) {
    document.getElementById('status').textContent = v.statusLabel;
    document.getElementById('total-self').textContent = PX.fmt(v.totals.self);
    document.getElementById('total-appraised').textContent = PX.fmt(v.totals.appraised);
    document.getElementById('total-max').textContent = PX.fmt(v.totals.max);
    var appraiser = v.reach === 'APPRAISER';
    document.getElementById('send').hidden = !(appraiser && v.status === 'SUBMITTED');
    document.getElementById('finalise').hidden = !(appraiser && (v.status === 'EXPLAINED'
      || (v.status === 'APPRAISED' && !v.replyOpen)));
    var until = document.getElementById('reply-until');
    until.hidden = !v.replyUntil || v.status !== 'APPRAISED';
    until.textContent = v.replyUntil ? 'Đơn vị được giải trình đến ' + new Date(v.replyUntil).toLocaleString('vi-VN') : '';
  }

  function render(v) {
    totals(v);
    document.getElementById('report').href = PX.root + DOSSIER.path(t, '/report.pdf');
    var body = PX.clear(document.querySelector('#leaves tbody'));
    var area = null;
    v.leaves.forEach(function (leaf) {
      if (leaf.area !== area) {
        area = leaf.area;
        body.appendChild(el('tr', { 'class': 'area-row' }, [el('td', { colspan: 6 }, [leaf.area + '. ' + leaf.areaName])]));
      }
      body.appendChild(row(v, leaf));
    });
  }

  function load() {
    if (!t || !t.u) { return Promise.resolve(); }
    return PX.api(DOSSIER.path(t)).then(render).catch(function (e) { PX.showError(msg, e); });
  }

  function act(id, rest, done) {
    document.getElementById(id).onclick = function () {
      PX.api(DOSSIER.path(t, rest), { method: 'POST' }).then(function (v) { PX.clear(msg); render(v); say(done); })
        .catch(function (e) { PX.showError(msg, e); });
    };
  }

  DOSSIER.header('Chỉ số CCHC — Thẩm định').then(function (me) {
    t = DOSSIER.target(me, 'appraiser');
    if (!t) { PX.showError(msg, new Error('Tài khoản chưa được giao cấp đánh giá nào.')); return null; }
    act('send', '/appraisal/send', 'Đã gửi kết quả thẩm định');
    act('finalise', '/appraisal/finalise', 'Đã chốt kết quả');
    return PX.api('api/campaigns/' + encodeURIComponent(t.c) + '/self-assessments').then(function (list) {
      var select = document.getElementById('unit');
      list.forEach(function (d) {
        select.appendChild(el('option', { value: d.unit, selected: d.unit === t.u }, [d.unitName + ' — ' + d.statusLabel]));
      });
      if (!t.u && list.length) {
        var firstSubmitted = list.filter(function (d) { return d.status !== 'DRAFT'; })[0] || list[0];
        t.u = firstSubmitted.unit;
        select.value = t.u;
      }
      select.onchange = function () { t.u = select.value; PX.clear(msg); load(); };
      return load();
    });
  }).catch(function (e) { PX.showError(msg, e); });
})();
