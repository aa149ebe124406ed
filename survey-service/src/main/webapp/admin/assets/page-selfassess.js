// The page selfassess.html: a unit's PAR officer self-assesses each leaf (autosaved), uploads evidence, submits;
// after the appraisal, answers per leaf (giải trình) and sends the explanation. Usable at 360 px.
(function () {
  var el = PX.el;
  var t = null;
  var view = null;
  var msg = document.getElementById('message');

  function say(text) { document.getElementById('saved').textContent = text; }

  function summary(v) {
    view = v;
    document.getElementById('summary').hidden = false;
    document.getElementById('unit-name').textContent = v.unitName + ' (' + v.unit + ')';
    document.getElementById('status').textContent = v.statusLabel;
    document.getElementById('total-self').textContent = PX.fmt(v.totals.self);
    document.getElementById('total-max').textContent = PX.fmt(v.totals.max);
    document.getElementById('answered').textContent = v.totals.answered + '/' + v.totals.toAnswer + ' tiêu chí';
    var appraised = v.status !== 'DRAFT' && v.status !== 'SUBMITTED';
    document.getElementById('appraised-line').hidden = !appraised;
    document.getElementById('total-appraised').textContent = PX.fmt(v.totals.appraised);
    var officer = v.reach === 'OFFICER';
    document.getElementById('submit').hidden = !(officer && v.status === 'DRAFT');
    document.getElementById('explain').hidden = !(officer && v.replyOpen);
    var due = document.getElementById('due');
    due.hidden = !(v.due && v.status === 'DRAFT');
    due.textContent = v.due ? 'Hạn nộp tự đánh giá: ' + new Date(v.due + 'T00:00:00').toLocaleDateString('vi-VN') : '';
    var until = document.getElementById('reply-until');
    until.hidden = !v.replyOpen;
    until.textContent = v.replyOpen ? 'Hạn giải trình: ' + new Date(v.replyUntil).toLocaleString('vi-VN') : '';
  }

  function leafCard(leaf) {
    var box = el('div', { 'class': 'leaf', id: 'leaf-' + leaf.code });
    box.appendChild(el('h3', {}, [leaf.code + '. ' + leaf.name]));
    box.appendChild(el('p', { 'class': 'muted' }, ['Tối đa ' + PX.fmt(leaf.max) + ' điểm'
      + (leaf.rule ? ' · ' + leaf.rule : '')]));
    if (leaf.method === 'SURVEY') {
      box.appendChild(el('p', { 'class': 'badge' }, ['Chấm bằng kết quả điều tra xã hội học (đơn vị không tự chấm)']));
      return box;
    }
    var editable = view.reach === 'OFFICER' && view.status === 'DRAFT';
    var id = 'v-' + leaf.code;
    var input = DOSSIER.valueInput(leaf, leaf.selfScore, leaf.selfFigure, id, 'Tự chấm tiêu chí ' + leaf.code);
    var na = el('input', { type: 'checkbox', id: 'na-' + leaf.code, checked: leaf.notApplicable });
    var reason = el('input', { id: 'nar-' + leaf.code, value: leaf.naReason || '', placeholder: 'Lý do không áp dụng',
      'aria-label': 'Lý do không áp dụng tiêu chí ' + leaf.code, hidden: !leaf.notApplicable });
    var explanation = el('textarea', { id: 'ex-' + leaf.code, rows: 2, 'aria-label': 'Giải trình, tài liệu kiểm chứng '
      + leaf.code, placeholder: 'Tài liệu kiểm chứng (số, ngày văn bản) hoặc giải trình nếu không có' });
    explanation.value = leaf.explanation || '';
    var points = el('span', { 'class': 'muted', id: 'pt-' + leaf.code },
      [leaf.selfPoints !== null && leaf.selfPoints !== undefined ? '= ' + PX.fmt(leaf.selfPoints) + ' điểm' : '']);
    var status = el('span', { 'class': 'muted', role: 'status' });
    [input, na, reason, explanation].forEach(function (x) { x.disabled = !editable; });
    var timer = null;
    function save() {
      var kind = input.getAttribute('data-kind');
      var body = { selfScore: kind === 'score' ? input.value : null, selfFigure: kind === 'figure' ? input.value : null,
        notApplicable: na.checked, naReason: reason.value, explanation: explanation.value };
      status.textContent = 'Đang lưu…';
      PX.api(DOSSIER.path(t, '/leaves/' + encodeURIComponent(leaf.code)), { method: 'PUT', body: body })
        .then(function (v) {
          var l = v.leaves.filter(function (x) { return x.code === leaf.code; })[0];
          points.textContent = l.selfPoints !== null && l.selfPoints !== undefined ? '= ' + PX.fmt(l.selfPoints) + ' điểm' : '';
          status.textContent = 'Đã lưu';
          status.className = 'ok';
          summary(v);
          say('Đã lưu lúc ' + new Date().toLocaleTimeString('vi-VN'));
        })
        .catch(function (e) { status.textContent = e.message; status.className = 'bad'; });
    }
    function later() { clearTimeout(timer); timer = setTimeout(save, 700); }
    input.onchange = save;
    input.oninput = later;
    explanation.oninput = later;
    reason.oninput = later;
    na.onchange = function () { reason.hidden = !na.checked; if (!na.checked || reason.value) { save(); } };
    box.appendChild(el('label', { 'for': id }, ['Tự chấm']));
    box.appendChild(input);
    box.appendChild(points);
    box.appendChild(el('label', { 'class': 'row plain' }, [na, ' Không áp dụng với đơn vị']));
    box.appendChild(reason);
    box.appendChild(explanation);
    box.appendChild(status);
    var canUpload = view.reach === 'OFFICER' && (view.status === 'DRAFT' || view.replyOpen);
    box.appendChild(DOSSIER.evidenceList(t, leaf, function (f) {
      return view.reach === 'OFFICER' && ((f.stage === 'SELF' && view.status === 'DRAFT')
        || (f.stage === 'EXPLANATION' && view.replyOpen));
    }));
    if (canUpload) {
      var file = el('input', { type: 'file', id: 'file-' + leaf.code, 'aria-label': 'Tải lên tài liệu kiểm chứng ' + leaf.code,
        accept: '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.ppt,.pptx' });
      file.onchange = function () {
        if (!file.files[0]) { return; }
        status.textContent = 'Đang tải lên…';
        DOSSIER.upload(t, leaf.code, file.files[0]).then(function () { return load(); })
          .catch(function (e) { status.textContent = e.message; status.className = 'bad'; file.value = ''; });
      };
      box.appendChild(file);
    }
    if (leaf.appraisedPoints !== null && leaf.appraisedPoints !== undefined && view.status !== 'SUBMITTED') {
      var a = el('div', { 'class': 'appraised' }, [el('b', {}, ['Thẩm định: ']),
        DOSSIER.shown(leaf.appraisedScore, leaf.appraisedFigure, leaf.appraisedPoints),
        leaf.comment ? el('p', {}, ['Nhận xét: ' + leaf.comment]) : null]);
      if (view.reach === 'OFFICER' && view.replyOpen) {
        var reply = el('textarea', { id: 'reply-' + leaf.code, rows: 2, 'aria-label': 'Giải trình tiêu chí ' + leaf.code,
          placeholder: 'Giải trình (nếu không đồng ý)' });
        reply.value = leaf.reply || '';
        reply.onchange = function () {
          PX.api(DOSSIER.path(t, '/leaves/' + encodeURIComponent(leaf.code) + '/reply'), { method: 'PUT', body: { reply: reply.value } })
            .then(function () { say('Đã lưu giải trình'); }).catch(function (e) { say(e.message); });
        };
        a.appendChild(reply);
      } else if (leaf.reply) {
        a.appendChild(el('p', {}, ['Giải trình: ' + leaf.reply]));
      }
      box.appendChild(a);
    }
    return box;
  }

  function render(v) {
    summary(v);
    var areas = PX.clear(document.getElementById('areas'));
    var current = null, body = null;
    v.leaves.forEach(function (leaf) {
      if (leaf.area !== current) {
        current = leaf.area;
        body = el('details', { 'class': 'card area', open: true }, [el('summary', {}, [leaf.area + '. ' + leaf.areaName])]);
        areas.appendChild(body);
      }
      body.appendChild(leafCard(leaf));
    });
  }

  function load() { return PX.api(DOSSIER.path(t)).then(render); }

  function act(id, rest, done) {
    document.getElementById(id).onclick = function () {
      PX.api(DOSSIER.path(t, rest), { method: 'POST' }).then(function (v) { PX.clear(msg); render(v); say(done); })
        .catch(function (e) { PX.showError(msg, e); });
    };
  }

  DOSSIER.header('Chỉ số CCHC — Tự đánh giá').then(function (me) {
    t = DOSSIER.target(me, 'officer');
    if (!t || !t.u) { PX.showError(msg, new Error('Tài khoản chưa được giao đơn vị nào.')); return null; }
    document.getElementById('report').href = PX.root + DOSSIER.path(t, '/report.pdf');
    act('submit', '/submit', 'Đã nộp tự đánh giá');
    act('explain', '/explain', 'Đã gửi giải trình');
    return load();
  }).catch(function (e) { PX.showError(msg, e); });
})();
