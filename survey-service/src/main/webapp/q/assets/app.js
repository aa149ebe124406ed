/*
 * ParIndex — the respondent's questionnaire (vanilla JavaScript, no library).
 *
 * The page lives at /q/<token>; it talks to api/<token> (= /q/api/<token>): GET the questionnaire with the draft,
 * PUT draft (changed cells, saved as the person goes), POST submission (all answers, once).
 * A cell is one question about one rated unit; its key is "form/question/unit".
 *
 * Self-contained on purpose: it shares nothing with the secretariat's admin/assets/admin.js (see there why), so
 * that the respondent's page is one small script and one style sheet under /q, and never loads from /admin.
 */
(function () {
  'use strict';

  var SAVE_DELAY_MS = 400;
  var RETRY_MAX_MS = 30000;

  var main = document.getElementById('main');
  var alertBox = document.getElementById('alert');
  var token = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop() || '');
  var api = 'api/' + encodeURIComponent(token);

  var page = null;        // the questionnaire as the server gave it
  var cells = [];         // [{key, id, form, question, unit, fi, qi, ui}]
  var byKey = {};         // key -> cell
  var byId = {};          // element id (also the radio group name) -> cell
  var answers = {};       // key -> option code
  var pending = {};       // key -> option code not yet saved
  var saving = false;
  var inFlight = null;    // the save request under way, which a submission waits for
  var saveTimer = null;
  var retryDelay = 0;
  var submitting = false;
  var finished = false;   // submitted from this page

  // ---------------------------------------------------------------- helpers

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function $(id) { return document.getElementById(id); }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  /** "2023-12-31" -> "31/12/2023". */
  function day(iso) {
    if (!iso) { return ''; }
    var p = iso.substring(0, 10).split('-');
    return p[2] + '/' + p[1] + '/' + p[0];
  }

  /** "2026-11-23T10:05:00" -> "10:05 ngày 23/11/2026". */
  function moment(iso) {
    if (!iso) { return ''; }
    return iso.substring(11, 16) + ' ngày ' + day(iso);
  }

  function nowClock() {
    var d = new Date();
    return pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  function say(message) {
    alertBox.innerHTML = message ? '<p>' + esc(message) + '</p>' : '';
  }

  function request(method, path, body, keepalive) {
    var init = {method: method, headers: {'Accept': 'application/json'}, cache: 'no-store', keepalive: !!keepalive};
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        if (text) {
          try { json = JSON.parse(text); } catch (e) { json = null; }
        }
        return {status: response.status, ok: response.ok, body: json};
      });
    });
  }

  /** The kind of a problem answer, e.g. "link-unknown" from "urn:parindex:problem:link-unknown". */
  function kindOf(body) {
    var type = body && body.type ? String(body.type) : '';
    return type.substring(type.lastIndexOf(':') + 1);
  }

  function show(html, title) {
    main.innerHTML = html;
    document.title = title + ' — Phiếu khảo sát Chỉ số CCHC';
    $('progress').hidden = true;
    var h = main.querySelector('h1');
    if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }
  }

  // ---------------------------------------------------------------- pages without questions

  var CONTACT = 'Nếu cần hỗ trợ, xin liên hệ Tổ thư ký cuộc khảo sát (Sở Nội vụ).';

  function notice(kind, title, paragraphs) {
    show('<section class="card notice ' + kind + '" aria-labelledby="notice-title"><h1 id="notice-title">'
      + esc(title) + '</h1>' + paragraphs.map(function (p) { return '<p>' + esc(p) + '</p>'; }).join('')
      + '</section>', title);
    main.firstChild.setAttribute('data-page', kind === 'good' ? 'submitted' : 'notice');
  }

  function linkProblem(kind) {
    var pages = {
      'link-revoked': ['Liên kết đã bị thu hồi', 'Liên kết này không còn dùng được: Tổ thư ký đã thu hồi hoặc cấp '
        + 'liên kết mới thay cho nó. Xin mở liên kết trong thư mời mới nhất.'],
      'link-unknown': ['Liên kết không đúng', 'Địa chỉ này không mở được phiếu khảo sát nào. Có thể liên kết bị '
        + 'chép thiếu hoặc sai ký tự. Xin mở lại liên kết trong thư mời, hoặc quét lại mã QR.']
    };
    var p = pages[kind] || pages['link-unknown'];
    notice('bad', p[0], [p[1], CONTACT]);
    main.firstChild.setAttribute('data-problem', kind || 'link-unknown');
  }

  function loadFailed(message) {
    show('<section class="card notice bad" data-page="offline"><h1>Chưa tải được phiếu</h1><p>' + esc(message)
      + '</p><div class="actions"><button type="button" class="btn primary" id="again">Thử lại</button></div>'
      + '</section>', 'Chưa tải được phiếu');
    $('again').addEventListener('click', load);
  }

  function submittedPage(at, justNow) {
    var lines = justNow
      ? ['Phiếu của Ông/Bà đã được gửi lúc ' + moment(at) + '. Xin trân trọng cảm ơn Ông/Bà đã tham gia khảo sát.',
        'Câu trả lời được lưu ẩn danh: không kèm tên hay thông tin nào của Ông/Bà. Phiếu đã gửi không sửa được nữa.']
      : ['Phiếu khảo sát của liên kết này đã được gửi lúc ' + moment(at) + '.',
        'Mỗi người chỉ gửi phiếu một lần, và phiếu đã gửi không sửa được. Xin cảm ơn Ông/Bà.'];
    notice('good', justNow ? 'Đã gửi phiếu. Xin cảm ơn!' : 'Phiếu đã được gửi', lines);
  }

  /** /q/ without a link: type the short code printed on a paper invitation (e.g. 7KQ4M-Z2P9X). */
  function codePage() {
    show('<section class="card notice" data-page="code" aria-labelledby="code-title">'
      + '<h1 id="code-title">Mở phiếu khảo sát</h1>'
      + '<p>Mỗi người được mời có một liên kết riêng tới phiếu khảo sát: xin mở liên kết trong thư mời, hoặc quét '
      + 'mã QR trên giấy mời. Nếu không quét được, xin nhập mã phiếu in trên giấy mời.</p>'
      + '<form id="code-form" class="field" novalidate><label for="code">Mã phiếu (10 ký tự, ví dụ 7KQ4M-Z2P9X)'
      + '</label><input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" '
      + 'maxlength="20" aria-describedby="code-error"><button type="submit" class="btn primary">Mở phiếu</button>'
      + '</form><p id="code-error" class="field-error" role="alert"></p><p>' + esc(CONTACT) + '</p></section>',
      'Mở phiếu khảo sát');
    $('code-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var code = $('code').value.replace(/[\s-]/g, '').toUpperCase();
      if (!/^[0-9A-Z]{10}$/.test(code)) {
        $('code-error').textContent = 'Mã phiếu gồm 10 chữ và số, ví dụ 7KQ4M-Z2P9X.';
        $('code').focus();
        return;
      }
      location.assign(encodeURIComponent(code));
    });
  }

  // ---------------------------------------------------------------- loading

  function load() {
    say('');
    if (!token || token === 'q') {
      codePage();
      return;
    }
    request('GET', api).then(function (r) {
      if (r.status === 404 || r.status === 410) {
        linkProblem(kindOf(r.body));
        return;
      }
      if (r.status === 429) {
        loadFailed('Đã có quá nhiều lần mở liên kết sai từ máy này. Xin đợi vài phút rồi thử lại.');
        return;
      }
      if (!r.ok || !r.body) {
        loadFailed('Máy chủ chưa trả lời được (mã ' + r.status + '). Xin thử lại sau ít phút.');
        return;
      }
      page = r.body;
      if (page.state === 'SUBMITTED') {
        submittedPage(page.submittedAt, false);
      } else if (page.state === 'CLOSED') {
        notice('bad', 'Cuộc khảo sát đã kết thúc', [(page.campaign.surveyCloses
          ? 'Hạn trả lời phiếu là ngày ' + day(page.campaign.surveyCloses) + '. ' : '')
          + 'Cuộc khảo sát không nhận thêm câu trả lời.', CONTACT]);
        main.firstChild.setAttribute('data-page', 'closed');
      } else if (page.state === 'NOT_OPEN') {
        notice('', 'Cuộc khảo sát chưa bắt đầu', [(page.campaign.surveyOpens
          ? 'Cuộc khảo sát bắt đầu từ ngày ' + day(page.campaign.surveyOpens) + '. ' : '')
          + 'Xin mở lại liên kết này khi cuộc khảo sát bắt đầu.', CONTACT]);
        main.firstChild.setAttribute('data-page', 'not-open');
      } else {
        render();
      }
    }, function () {
      loadFailed('Không kết nối được với máy chủ. Xin kiểm tra kết nối mạng rồi thử lại.');
    });
  }

  // ---------------------------------------------------------------- the questionnaire

  function render() {
    cells = [];
    byKey = {};
    byId = {};
    answers = {};
    var forms = page.forms;
    var questionCount = 0;
    forms.forEach(function (f) {
      f.sections.forEach(function (s) { questionCount += s.questions.length; });
    });
    var html = [];
    html.push(intro(forms, questionCount));
    forms.forEach(function (f, fi) { html.push(form(f, fi, forms.length)); });
    html.push(review());
    main.innerHTML = html.join('');
    document.title = page.campaign.name + ' — Phiếu khảo sát';

    Object.keys(page.answers || {}).forEach(function (key) {
      var cell = byKey[key];
      if (cell) { setAnswer(cell, page.answers[key], false); }
    });
    $('progress').hidden = false;
    progress();
    status(page.savedAt ? 'Đã lưu lúc ' + page.savedAt.substring(11, 16) : 'Câu trả lời được lưu tự động');
  }

  function intro(forms, questionCount) {
    var c = page.campaign;
    var who = esc(page.group) + (page.homeUnit ? ' — ' + esc(page.homeUnit) : '');
    var introText = forms.length && forms[0].intro ? '<p class="intro-text">' + esc(forms[0].intro) + '</p>' : '';
    var toc = '';
    if (forms.length > 1) {
      toc = '<p>Ông/Bà trả lời ' + forms.length + ' phiếu:</p><ol class="toc">' + forms.map(function (f, fi) {
        return '<li><a href="#f' + fi + '">' + esc(f.title) + '</a> (' + esc(f.levelName) + ', '
          + f.units.length + ' đơn vị)</li>';
      }).join('') + '</ol>';
    }
    return '<section class="card intro" aria-labelledby="title" data-page="questionnaire">'
      + '<h1 id="title">' + esc(c.name) + '</h1>'
      + '<p class="who">Phiếu dành cho: ' + who + '</p>'
      + introText
      + '<ul class="facts">'
      + '<li><strong>Ẩn danh:</strong> khi gửi, câu trả lời được lưu tách khỏi tên, chức vụ và liên kết của '
      + 'Ông/Bà. Tổ thư ký chỉ biết Ông/Bà đã gửi phiếu hay chưa, không biết Ông/Bà trả lời thế nào.</li>'
      + (c.surveyCloses ? '<li><strong>Hạn trả lời:</strong> ngày ' + day(c.surveyCloses) + '.</li>' : '')
      + '<li><strong>Tự động lưu:</strong> mỗi lựa chọn được lưu ngay. Ông/Bà có thể đóng trang và mở lại liên '
      + 'kết này (cả trên máy khác) để làm tiếp.</li>'
      + '<li>' + questionCount + ' câu hỏi; mỗi câu trả lời cho từng đơn vị được đánh giá, tổng cộng '
      + page.total + ' lựa chọn. Cuối trang có nút kiểm tra và gửi phiếu.</li>'
      + '</ul>' + toc + '</section>';
  }

  function form(f, fi, formCount) {
    var out = ['<section class="form" id="f' + fi + '" aria-labelledby="f' + fi + '-h">',
      '<div class="form-head"><h2 id="f' + fi + '-h">' + (formCount > 1 ? 'Phiếu ' + (fi + 1) + '/' + formCount
        + ': ' : '') + esc(f.title) + '</h2>',
      '<p class="meta">Đơn vị được đánh giá: ' + esc(f.levelName) + ' (' + f.units.length + ' đơn vị)</p>'];
    if (fi > 0 && f.intro) { out.push('<p class="intro-text">' + esc(f.intro) + '</p>'); }
    out.push('</div>');
    if (!f.units.length) {
      out.push('<p class="card notice bad">Chưa xác định được đơn vị Ông/Bà đánh giá trong phiếu này. '
        + esc(CONTACT) + '</p></section>');
      return out.join('');
    }
    var qi = 0;
    f.sections.forEach(function (s) {
      out.push('<h3 class="sec">' + esc(s.code) + '. ' + esc(s.title) + '</h3>');
      s.questions.forEach(function (q) {
        out.push(question(f, fi, q, qi));
        qi++;
      });
    });
    out.push('</section>');
    return out.join('');
  }

  function question(f, fi, q, qi) {
    var qid = 'f' + fi + '-q' + qi;
    var out = ['<fieldset class="card q" id="' + qid + '"><legend><span class="qn">Câu ' + (qi + 1) + '.</span> '
      + esc(q.text) + '</legend>'];
    var single = f.units.length === 1;
    if (single) {
      var cell = addCell(f, fi, q, qi, f.units[0], 0);
      out.push('<p class="meta">Đơn vị: ' + esc(f.units[0].name) + '</p><div class="full" id="' + cell.id + '">');
      q.options.forEach(function (o) {
        out.push('<label class="' + (o.dontKnow ? 'dk' : '') + '"><input type="radio" name="' + cell.id
          + '" value="' + esc(o.code) + '"><span>' + esc(o.code) + '. ' + esc(o.label) + '</span></label>');
      });
      out.push('</div></fieldset>');
      return out.join('');
    }
    out.push('<ul class="key" aria-label="Các phương án">' + q.options.map(function (o) {
      return '<li><b>' + esc(o.code) + '</b> ' + esc(o.label) + '</li>';
    }).join('') + '</ul>');
    out.push('<div class="all"><p id="' + qid + '-all">Chọn nhanh một phương án cho cả ' + f.units.length
      + ' đơn vị (sau đó vẫn sửa được từng đơn vị):</p><div class="seg" role="group" aria-labelledby="' + qid
      + '-all">');
    q.options.forEach(function (o) {
      out.push('<button type="button" class="fillbtn' + (o.dontKnow ? ' dk' : '') + '" data-fill="' + qid
        + '" data-option="' + esc(o.code) + '" aria-label="' + esc(o.code + ' – ' + o.label)
        + ' cho tất cả đơn vị">' + esc(o.code) + '</button>');
    });
    out.push('</div></div>');
    f.units.forEach(function (u, ui) {
      var c = addCell(f, fi, q, qi, u, ui);
      out.push('<fieldset class="unit" id="' + c.id + '"><legend>' + esc(u.name) + '</legend><div class="seg">');
      q.options.forEach(function (o) {
        out.push('<label' + (o.dontKnow ? ' class="dk"' : '') + ' title="' + esc(o.label) + '"><input type="radio" name="'
          + c.id + '" value="' + esc(o.code) + '"><span class="l" aria-hidden="true">' + esc(o.code)
          + '</span><span class="sr">' + esc(o.label) + '</span></label>');
      });
      out.push('</div><span class="chosen" aria-hidden="true"></span></fieldset>');
    });
    out.push('</fieldset>');
    return out.join('');
  }

  function addCell(f, fi, q, qi, u, ui) {
    var cell = {key: f.code + '/' + q.code + '/' + u.code, id: 'f' + fi + '-q' + qi + '-u' + ui,
      form: f.code, question: q.code, unit: u.code, fi: fi, qi: qi, ui: ui, q: q, f: f, unitName: u.name};
    cells.push(cell);
    byKey[cell.key] = cell;
    byId[cell.id] = cell;
    return cell;
  }

  function review() {
    return '<section class="card review" id="review" aria-labelledby="review-h">'
      + '<h2 id="review-h">Kiểm tra và gửi phiếu</h2>'
      + '<p id="review-summary"></p>'
      + '<div id="missing"></div>'
      + '<div class="actions"><button type="button" class="btn" id="check">Xem câu chưa trả lời</button>'
      + '<button type="button" class="btn primary" id="submit">Gửi phiếu</button></div>'
      + '<div id="confirm"></div>'
      + '<p id="submit-status" role="status"></p></section>';
  }

  // ---------------------------------------------------------------- answering

  function setAnswer(cell, option, record) {
    var input = document.querySelector('input[name="' + cell.id + '"][value="' + cssEscape(option) + '"]');
    if (!input) { return; }
    input.checked = true;
    answers[cell.key] = option;
    var box = $(cell.id);
    var chosen = box.querySelector('.chosen');
    if (chosen) {
      var label = '';
      cell.q.options.forEach(function (o) { if (o.code === option) { label = o.label; } });
      chosen.textContent = '✓ ' + label;
    }
    box.classList.remove('missing');
    if (record) {
      pending[cell.key] = option;
      status('Đang lưu…'); // at once: a change is never shown as saved before the server has it
      scheduleSave(SAVE_DELAY_MS);
    }
  }

  function cssEscape(s) {
    return String(s).replace(/["\\]/g, '\\$&');
  }

  function progress() {
    var total = cells.length;
    var done = 0;
    cells.forEach(function (c) { if (answers[c.key]) { done++; } });
    var percent = total ? Math.floor(done * 100 / total) : 0;
    $('bar-fill').style.width = percent + '%';
    $('bar').setAttribute('aria-valuenow', String(percent));
    $('progress-text').textContent = 'Đã trả lời ' + done + '/' + total + ' (' + percent + '%)';
    var summary = $('review-summary');
    if (summary) {
      summary.textContent = done === total
        ? 'Ông/Bà đã trả lời tất cả ' + total + ' lựa chọn. Xin bấm "Gửi phiếu" để gửi.'
        : 'Đã trả lời ' + done + '/' + total + '; còn ' + (total - done) + ' lựa chọn chưa trả lời.';
    }
  }

  function status(text, error) {
    var s = $('save-status');
    s.textContent = text;
    s.className = 'save' + (error ? ' error' : '');
  }

  main.addEventListener('change', function (e) {
    var t = e.target;
    if (t.type !== 'radio' || !byId[t.name]) { return; }
    setAnswer(byId[t.name], t.value, true);
    progress();
    clearConfirm();
  });

  main.addEventListener('click', function (e) {
    var t = e.target;
    var fill = t.closest ? t.closest('[data-fill]') : null;
    if (fill) {
      var prefix = fill.getAttribute('data-fill') + '-u';
      var option = fill.getAttribute('data-option');
      cells.forEach(function (c) {
        if (c.id.indexOf(prefix) === 0) { setAnswer(c, option, true); }
      });
      progress();
      clearConfirm();
      return;
    }
    var jump = t.closest ? t.closest('a[data-cell]') : null;
    if (jump) {
      e.preventDefault();
      var target = $(jump.getAttribute('data-cell'));
      if (target) {
        target.scrollIntoView({block: 'center'});
        var first = target.querySelector('input');
        if (first) { first.focus({preventScroll: true}); }
      }
      return;
    }
    if (t.id === 'check') {
      showMissing(true);
    } else if (t.id === 'submit') {
      askSubmit();
    } else if (t.id === 'confirm-yes') {
      submit();
    } else if (t.id === 'confirm-no') {
      clearConfirm();
      $('submit').focus();
    }
  });

  // ---------------------------------------------------------------- autosave

  function scheduleSave(delay) {
    if (saveTimer) { clearTimeout(saveTimer); }
    saveTimer = setTimeout(function () { saveTimer = null; save(false); }, delay);
  }

  /** Sends the pending cells; resolves when they are saved (or immediately when there is nothing to send). */
  function save(keepalive) {
    var keys = Object.keys(pending);
    if (finished || submitting) { return Promise.resolve(false); }
    if (!keys.length) { return Promise.resolve(true); }
    if (saving && !keepalive) { return Promise.resolve(false); }
    saving = true;
    var sent = {};
    var body = {answers: keys.map(function (k) {
      var c = byKey[k];
      sent[k] = pending[k];
      return {form: c.form, question: c.question, unit: c.unit, option: pending[k]};
    })};
    keys.forEach(function (k) { delete pending[k]; });
    status('Đang lưu…');
    var sending = request('PUT', api + '/draft', body, keepalive);
    inFlight = sending.then(function () {}, function () {});
    return sending.then(function (r) {
      saving = false;
      if (finished) { return true; }
      if (r.ok) {
        retryDelay = 0;
        status('Đã lưu lúc ' + (r.body && r.body.savedAt ? r.body.savedAt.substring(11, 16) : nowClock()));
        if (Object.keys(pending).length) { scheduleSave(0); }
        return true;
      }
      if (r.status === 409 || r.status === 404 || r.status === 410) {
        load(); // submitted elsewhere, survey closed, or link revoked: show why
        return false;
      }
      if (r.status === 422) {
        say('Một số câu trả lời không hợp lệ và không được lưu: ' + (r.body && r.body.detail || '') );
        return false;
      }
      return retry(sent);
    }, function () {
      saving = false;
      return retry(sent);
    });
  }

  function retry(sent) {
    Object.keys(sent).forEach(function (k) {
      if (!(k in pending)) { pending[k] = sent[k]; }
    });
    retryDelay = Math.min(retryDelay ? retryDelay * 2 : 2000, RETRY_MAX_MS);
    status('Chưa lưu được (mất kết nối?) — sẽ thử lại', true);
    scheduleSave(retryDelay);
    return false;
  }

  function flushOnLeave() {
    if (Object.keys(pending).length) { save(true); }
  }

  window.addEventListener('pagehide', flushOnLeave);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') { flushOnLeave(); }
  });
  window.addEventListener('beforeunload', function (e) {
    if (Object.keys(pending).length || saving) {
      e.preventDefault();
      e.returnValue = '';
    }
  });

  // ---------------------------------------------------------------- review and submit

  function missingCells() {
    return cells.filter(function (c) { return !answers[c.key]; });
  }

  /** Lists the unanswered cells, one line per question, each with a link to its first unanswered unit. */
  function showMissing(focus) {
    var missing = missingCells();
    var box = $('missing');
    document.querySelectorAll('.missing').forEach(function (el) { el.classList.remove('missing'); });
    if (!missing.length) {
      box.innerHTML = '<p>Không còn câu nào chưa trả lời.</p>';
      return missing;
    }
    var groups = [];
    var last = null;
    missing.forEach(function (c) {
      var qid = 'f' + c.fi + '-q' + c.qi;
      if (!last || last.qid !== qid) {
        last = {qid: qid, cell: c, units: []};
        groups.push(last);
      }
      last.units.push(c.unitName);
      var el = $(c.id);
      if (el) { el.classList.add('missing'); }
      var q = $(qid);
      if (q) { q.classList.add('missing'); }
    });
    var formCount = page.forms.length;
    box.innerHTML = '<h3 id="missing-h" tabindex="-1">Còn ' + missing.length + ' lựa chọn chưa trả lời</h3>'
      + '<ul class="missing-list">' + groups.map(function (g) {
        var c = g.cell;
        var where = (formCount > 1 ? 'Phiếu ' + (c.fi + 1) + ', ' : '') + 'câu ' + (c.qi + 1);
        var units = c.f.units.length === 1 ? '' : ': ' + (g.units.length === c.f.units.length
          ? 'tất cả ' + g.units.length + ' đơn vị'
          : g.units.length > 4 ? g.units.slice(0, 3).map(esc).join(', ') + ' và ' + (g.units.length - 3)
            + ' đơn vị khác' : g.units.map(esc).join(', '));
        return '<li><a href="#' + c.id + '" data-cell="' + c.id + '">' + where + '</a>' + units + '</li>';
      }).join('') + '</ul>';
    if (focus) { $('missing-h').focus(); }
    return missing;
  }

  function askSubmit() {
    if (showMissing(true).length) { return; }
    $('confirm').innerHTML = '<div class="confirm" id="confirm-box"><p><strong>Gửi phiếu?</strong> Sau khi gửi, '
      + 'Ông/Bà không sửa được câu trả lời nữa.</p><div class="actions">'
      + '<button type="button" class="btn primary" id="confirm-yes">Xác nhận gửi phiếu</button>'
      + '<button type="button" class="btn" id="confirm-no">Quay lại</button></div></div>';
    $('confirm-yes').focus();
  }

  function clearConfirm() {
    var box = $('confirm');
    if (box) { box.innerHTML = ''; }
  }

  function submit() {
    if (submitting) { return; }
    submitting = true;
    var yes = $('confirm-yes');
    yes.disabled = true;
    $('submit').disabled = true;
    $('submit-status').textContent = 'Đang gửi phiếu…';
    var body = {answers: cells.map(function (c) {
      return {form: c.form, question: c.question, unit: c.unit, option: answers[c.key]};
    })};
    if (saveTimer) { clearTimeout(saveTimer); saveTimer = null; } // the submission carries every answer
    // A save still under way is let finish first: the server takes one request of a respondent at a time.
    (inFlight || Promise.resolve()).then(function () {
      return request('POST', api + '/submission', body);
    }).then(function (r) {
      submitting = false;
      if (r.status === 201) {
        finished = true;
        pending = {};
        submittedPage(r.body && r.body.submittedAt, true);
        return;
      }
      if (r.status === 409 || r.status === 404 || r.status === 410) {
        load();
        return;
      }
      $('submit').disabled = false;
      clearConfirm();
      if (r.status === 422 && r.body && r.body.errors) {
        r.body.errors.forEach(function (e) {
          if (byKey[e.field]) { delete answers[e.field]; }
        });
        progress();
        showMissing(true);
        $('submit-status').textContent = r.body.detail || 'Phiếu chưa đủ câu trả lời.';
        return;
      }
      $('submit-status').textContent = 'Chưa gửi được phiếu (mã ' + r.status + '). Câu trả lời vẫn được giữ; '
        + 'xin thử gửi lại sau ít phút.';
    }, function () {
      submitting = false;
      $('submit').disabled = false;
      clearConfirm();
      $('submit-status').textContent = 'Không kết nối được với máy chủ. Câu trả lời vẫn được giữ; xin kiểm tra '
        + 'kết nối mạng rồi bấm "Gửi phiếu" lại.';
    });
  }

  load();
}());
