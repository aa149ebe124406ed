// The page dashboard.html (moved out of the page: the Content-Security-Policy allows no inline script).
(function () {
  var c = PX.qs('c');
  var el = PX.el;
  var groupsFilled = false;

  function render(o) {
    document.getElementById('title').textContent = 'Theo dõi — ' + o.campaign;
    document.getElementById('status').textContent = o.statusLabel;
    document.getElementById('updated').textContent = new Date().toLocaleTimeString('vi-VN');
    document.getElementById('rate-overall').textContent = PX.fmt(o.responseRate, 1) + '%';
    document.getElementById('rate-bar').style.width = Math.min(o.responseRate, 100) + '%';
    document.getElementById('rate-progress').setAttribute('aria-valuenow', String(Math.round(Math.min(o.responseRate, 100))));
    document.getElementById('submitted').textContent = o.submitted;
    document.getElementById('respondents').textContent = o.respondents;
    document.getElementById('quota').textContent = o.quota;
    document.getElementById('answering').textContent = o.answering;

    var inv = PX.clear(document.querySelector('#invitation-status tbody'));
    o.invitations.forEach(function (s) {
      inv.appendChild(el('tr', { 'data-status': s.status }, [el('td', { text: s.label }), el('td', { 'class': 'num', text: String(s.count) })]));
    });
    document.getElementById('mails').textContent = 'Thư: ' + o.mails.map(function (m) { return m.label + ' ' + m.count; }).join(' · ');

    var warnings = PX.clear(document.getElementById('warnings'));
    o.warnings.forEach(function (w) {
      warnings.appendChild(el('li', { 'class': w.kind === 'MAIL_FAILED' ? 'bad' : 'warn', 'data-kind': w.kind }, [w.message]));
    });
    if (!o.warnings.length) { warnings.appendChild(el('li', { 'class': 'ok' }, ['Không có cảnh báo.'])); }

    var demo = document.getElementById('demo');
    if (demo) { demo.hidden = !o.demo || o.status !== 'OPEN'; }
    var select = document.getElementById('group'); // the secretariat's actions only
    if (select && !groupsFilled) {
      o.groups.forEach(function (g) { select.appendChild(el('option', { value: g.code }, [g.name])); });
      groupsFilled = true;
    }
    // each group as its rate of quota: groups of 5 and of 143 people on one scale of 0–100 %
    PX.bars(document.getElementById('group-chart'), o.groups.map(function (g) {
      var rate = g.quota ? g.submitted * 100 / g.quota : 0;
      return { label: g.name, value: rate, note: PX.fmt(rate, 0) + '% (' + g.submitted + '/' + g.quota + ')' };
    }), { title: 'Tỷ lệ phiếu đã nộp so với chỉ tiêu, theo nhóm', left: 300, max: 100,
      target: { value: 100, label: 'Chỉ tiêu 100%' } });
    var gb = PX.clear(document.querySelector('#groups tbody'));
    o.groups.forEach(function (g) {
      gb.appendChild(el('tr', { 'data-group': g.code }, [el('td', { 'data-label': 'Nhóm' }, [g.name, g.offQuota ? el('span', { 'class': 'badge warn', title: 'Số đăng ký khác chỉ tiêu' }, [' lệch chỉ tiêu']) : null]),
        el('td', { 'class': 'num', 'data-label': 'Chỉ tiêu', text: String(g.quota) }), el('td', { 'class': 'num', 'data-label': 'Đã đăng ký', text: String(g.registered) }),
        el('td', { 'class': 'num submitted', 'data-label': 'Đã nộp', text: String(g.submitted) }), el('td', { 'class': 'num', 'data-label': 'Tỷ lệ', text: PX.fmt(g.responseRate, 1) + '%' })]));
    });

    var levels = PX.clear(document.getElementById('levels'));
    o.levels.forEach(function (l) {
      var chart = el('div');
      var table = el('table', { 'class': 'units stack', 'data-level': l.level }, [el('thead', {}, [el('tr', {}, [
        el('th', { text: 'Đơn vị' }), el('th', { 'class': 'num', text: 'Người đánh giá' }),
        el('th', { 'class': 'num', text: 'Ít nhất (phiếu hợp lệ/tiêu chí)' }), el('th', { text: 'Tình trạng' })])]),
        el('tbody', {}, l.units.map(function (u) {
          return el('tr', { 'data-unit': u.code }, [el('td', { 'data-label': 'Đơn vị', text: u.name }),
            el('td', { 'class': 'num raters', 'data-label': 'Người đánh giá', text: String(u.raters) }),
            el('td', { 'class': 'num', 'data-label': 'Ít nhất (phiếu hợp lệ/tiêu chí)', text: String(u.minValid) }),
            el('td', { 'class': u.lacking ? 'warn' : 'ok', 'data-label': 'Tình trạng', text: u.lacking ? 'Thiếu người đánh giá' : 'Đủ' })]);
        }))]);
      levels.appendChild(el('section', { 'class': 'card' }, [el('h2', {}, [l.levelName + ' — số người đã đánh giá từng đơn vị (tối thiểu '
        + l.minValidAnswers + ' phiếu hợp lệ mỗi tiêu chí, bộ chỉ số ' + l.framework + ')']), chart,
        el('div', { 'class': 'table-wrap' }, [table])]));
      PX.bars(chart, l.units.map(function (u) {
        return { label: u.name, value: u.minValid, color: u.lacking ? '#b45309' : '#15803d',
          note: u.minValid + (u.lacking ? ' (thiếu)' : ' (đủ)') };
      }), { title: 'Số phiếu hợp lệ ít nhất của một tiêu chí, so với mức tối thiểu ' + l.minValidAnswers + ', ' + l.levelName,
        left: 300, target: { value: l.minValidAnswers, label: 'Tối thiểu ' + l.minValidAnswers } });
    });
  }

  /** Issue 14: how far each level's units are with self-assessment and appraisal, and a link to each dossier. */
  function renderSelfAssessment(levels) {
    var body = PX.clear(document.querySelector('#self-progress tbody'));
    levels.forEach(function (l) {
      body.appendChild(el('tr', { 'data-level': l.level }, [
        el('td', { 'data-label': 'Cấp' }, [l.levelName]),
        el('td', { 'class': 'num', 'data-label': 'Số đơn vị' }, [String(l.units)]),
        el('td', { 'class': 'num', 'data-label': 'Đã nộp' }, [String(l.submitted)]),
        el('td', { 'class': 'num', 'data-label': 'Đã thẩm định' }, [String(l.appraised)]),
        el('td', { 'class': 'num', 'data-label': 'Đã giải trình' }, [String(l.explained)]),
        el('td', { 'class': 'num', 'data-label': 'Đã chốt' }, [String(l.finalised)])]));
    });
  }

  function renderDossiers(dossiers) {
    var list = PX.clear(document.getElementById('self-list'));
    dossiers.forEach(function (d) {
      list.appendChild(el('li', {}, [
        el('a', { href: 'selfassess.html?c=' + encodeURIComponent(c) + '&u=' + encodeURIComponent(d.unit) },
          [d.unitName || d.unit]), ' — ' + d.statusLabel]));
    });
  }

  function refresh() {
    PX.api('api/campaigns/' + c + '/self-assessments/progress').then(renderSelfAssessment)
      .catch(function (e) { PX.showError(document.getElementById('message'), e); });
    return PX.api('api/campaigns/' + c + '/dashboard').then(render)
      .catch(function (e) { PX.showError(document.getElementById('message'), e); });
  }

  /** Follows a batch of mails; the bar says which batch it is (invitations or reminders) and how far it got. */
  function follow(batch, kind) {
    var box = document.getElementById('batch');
    box.hidden = false;
    var what = kind === 'invitations' ? 'Thư mời' : 'Thư nhắc';
    var show = function (b) {
      var finished = b.sent + b.failed + b.cancelled;
      var pct = b.total ? Math.round(finished * 100 / b.total) : 100;
      document.getElementById('batch-bar').style.width = pct + '%';
      document.getElementById('batch-progress').setAttribute('aria-valuenow', String(pct));
      document.getElementById('batch-text').textContent = what + ': đã gửi ' + b.sent + '/' + b.total + ' thư'
        + (b.failed ? ', ' + b.failed + ' thất bại' : '') + (b.done ? ' — xong.' : ' …');
      if (!b.done) {
        setTimeout(function () {
          PX.api(b.href).then(show)
            .catch(function (e) { PX.showError(document.getElementById('action-message'), e); });
        }, 1000);
      }
    };
    show(batch);
  }

  function act(kind) {
    var group = document.getElementById('group').value;
    var msg = document.getElementById('action-message');
    PX.clear(msg);
    document.getElementById('batch').hidden = true; // the previous batch's bar is not this call's
    PX.api('api/campaigns/' + c + '/' + kind, { method: 'POST', body: { group: group || null } })
      .then(function (r) {
        var box = el('div', { 'class': 'message info', role: 'status', id: 'action-result' }, [(kind === 'invitations' ? 'Đã mời ' : 'Đã nhắc ')
          + r.done + '/' + r.considered + ' người.' + (r.batch ? '' : ' Không có thư nào cần gửi.')]);
        if (r.reasons && r.reasons.length) {
          box.appendChild(el('span', {}, [' Không gửi cho:']));
          box.appendChild(el('ul', { 'class': 'reasons' }, r.reasons.map(function (x) {
            return el('li', { 'data-reason': x.code }, [x.count + ' người ' + x.label]);
          })));
        }
        msg.appendChild(box);
        if (r.batch) { follow(r.batch, kind); }
        refresh();
      }).catch(function (e) { PX.showError(msg, e); });
  }

  PX.header('dashboard.html').then(function () {
    if (document.getElementById('actions')) { actions(); }
    PX.api('api/campaigns/' + c + '/self-assessments').then(renderDossiers)
      .catch(function (e) { PX.showError(document.getElementById('message'), e); });
    refresh();
    setInterval(refresh, 5000);
  }).catch(function (e) { PX.showError(document.getElementById('message'), e); });

  /** The secretariat's buttons (absent for a council member). */
  function actions() {
    document.getElementById('invite').onclick = function () { act('invitations'); };
    document.getElementById('remind').onclick = function () { act('reminders'); };
    document.getElementById('qr').onclick = function () {
      var g = document.getElementById('group').value;
      PX.download('api/campaigns/' + c + '/invitations/cards.pdf' + (g ? '?group=' + encodeURIComponent(g) : ''));
    };
    document.getElementById('demo').onclick = function () {
      var msg = document.getElementById('action-message');
      PX.api('api/campaigns/' + c + '/dashboard/demo-answers', { method: 'POST', body: { count: 20 } })
        .then(function (r) {
          PX.clear(msg).appendChild(el('div', { 'class': 'message info', role: 'status' }, ['Đã nộp ' + r.submitted + ' phiếu mô phỏng.']));
          refresh();
        }).catch(function (e) { PX.showError(msg, e); });
    };
    document.getElementById('export-csv').onclick = function () { PX.download('api/campaigns/' + c + '/dashboard/respondents.csv'); };
    document.getElementById('export-xlsx').onclick = function () { PX.download('api/campaigns/' + c + '/dashboard/respondents.xlsx'); };
  }
})();
