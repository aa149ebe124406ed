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
  var screens = [];       // [{fi, qis}]: one question of a form about several units, or a whole one-unit form
  var current = 0;        // the screen shown
  var lastFill = null;    // the last quick fill, which "Hoàn tác" undoes: {qid, fi, qi, before, option}

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

  // ---------------------------------------------------------------- whom to contact

  /**
   * "Tổ thư ký" with a phone and an e-mail as links: the campaign's contact once the questionnaire is known, else
   * the installation's, which the server wrote into the footer.
   */
  function contactHtml() {
    var c = page && page.campaign && page.campaign.contact;
    if (!c) { return $('contact').innerHTML; }
    return esc(c.name)
      + (c.phone ? ' · điện thoại <a href="tel:' + esc(c.phone.replace(/[^0-9+]/g, '')) + '">' + esc(c.phone) + '</a>' : '')
      + (c.email ? ' · e-mail <a href="mailto:' + esc(c.email) + '">' + esc(c.email) + '</a>' : '');
  }

  function contactParagraph() {
    return '<p class="contact-line">Nếu cần hỗ trợ, xin liên hệ: ' + contactHtml() + '</p>';
  }

  // ---------------------------------------------------------------- pages without questions

  function notice(kind, title, paragraphs, extra) {
    show('<section class="card notice ' + kind + '" aria-labelledby="notice-title"><h1 id="notice-title">'
      + esc(title) + '</h1>' + paragraphs.map(function (p) { return '<p>' + esc(p) + '</p>'; }).join('')
      + (extra || '') + contactParagraph() + '</section>', title);
    main.firstChild.setAttribute('data-page', kind === 'good' ? 'submitted' : 'notice');
  }

  /** True when the last segment of the address is a short code as typed in the code box, not a link's token. */
  function looksLikeCode(t) {
    return /^[0-9A-Za-z]{10}$/.test(t);
  }

  function linkProblem(kind) {
    if (kind !== 'link-revoked' && looksLikeCode(token)) {
      // a mistyped code: say so, and lead back to the code box with it filled in
      notice('bad', 'Mã phiếu không đúng', ['Không có phiếu nào mang mã ' + token.substring(0, 5) + '-'
        + token.substring(5) + '. Xin xem lại mã in trên giấy mời (chữ O và số 0, chữ I và số 1 được coi là một).'],
        '<div class="actions"><a class="btn primary" id="retype" href="./?ma=' + encodeURIComponent(token)
        + '">Nhập lại mã phiếu</a></div>');
      main.firstChild.setAttribute('data-problem', 'code-unknown');
      return;
    }
    var pages = {
      'link-revoked': ['Liên kết đã bị thu hồi', 'Liên kết này không còn dùng được: Tổ thư ký đã thu hồi hoặc cấp '
        + 'liên kết mới thay cho nó. Xin mở liên kết trong thư mời mới nhất.'],
      'link-unknown': ['Liên kết không đúng', 'Địa chỉ này không mở được phiếu khảo sát nào. Có thể liên kết bị '
        + 'chép thiếu hoặc sai ký tự. Xin mở lại liên kết trong thư mời, hoặc quét lại mã QR.']
    };
    var p = pages[kind] || pages['link-unknown'];
    notice('bad', p[0], [p[1]], '<div class="actions"><a class="btn" href="./">Nhập mã phiếu in trên giấy mời</a>'
      + '</div>');
    main.firstChild.setAttribute('data-problem', kind || 'link-unknown');
  }

  function loadFailed(message) {
    show('<section class="card notice bad" data-page="offline"><h1>Chưa tải được phiếu</h1><p>' + esc(message)
      + '</p><div class="actions"><button type="button" class="btn primary" id="again">Thử lại</button>'
      + (looksLikeCode(token) ? '<a class="btn" href="./?ma=' + encodeURIComponent(token) + '">Nhập lại mã phiếu</a>'
        : '') + '</div>' + contactParagraph() + '</section>', 'Chưa tải được phiếu');
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
      + '</form><p id="code-error" class="field-error" role="alert"></p>' + contactParagraph() + '</section>',
      'Mở phiếu khảo sát');
    var typed = new URLSearchParams(location.search).get('ma');
    if (typed) {
      $('code').value = typed.length === 10 ? typed.substring(0, 5) + '-' + typed.substring(5) : typed;
      $('code').focus();
      $('code').select();
    }
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
      $('contact').innerHTML = contactHtml();
      if (page.state === 'SUBMITTED') {
        submittedPage(page.submittedAt, false);
      } else if (page.state === 'CLOSED') {
        notice('bad', 'Cuộc khảo sát đã kết thúc', [(page.campaign.surveyCloses
          ? 'Hạn trả lời phiếu là ngày ' + day(page.campaign.surveyCloses) + '. ' : '')
          + 'Cuộc khảo sát không nhận thêm câu trả lời.']);
        main.firstChild.setAttribute('data-page', 'closed');
      } else if (page.state === 'NOT_OPEN') {
        notice('', 'Cuộc khảo sát chưa bắt đầu', [(page.campaign.surveyOpens
          ? 'Cuộc khảo sát bắt đầu từ ngày ' + day(page.campaign.surveyOpens) + '. ' : '')
          + 'Xin mở lại liên kết này khi cuộc khảo sát bắt đầu.']);
        main.firstChild.setAttribute('data-page', 'not-open');
      } else {
        render();
      }
    }, function () {
      loadFailed('Không kết nối được với máy chủ. Xin kiểm tra kết nối mạng rồi thử lại.');
    });
  }

  // ---------------------------------------------------------------- the questionnaire

  /*
   * One screen at a time: a question of a form about several units (the question, its key and the units beneath),
   * or the whole of a form about one unit (its options written out). The question and its key stay at the top
   * while the units scroll under them.
   */
  function render() {
    cells = [];
    byKey = {};
    byId = {};
    answers = {};
    screens = [];
    lastFill = null;
    var forms = page.forms;
    var questionCount = 0;
    forms.forEach(function (f, fi) {
      var qi = 0;
      var formScreen = null;
      f.sections.forEach(function (s) {
        s.questions.forEach(function () {
          questionCount++;
          if (f.units.length > 1) {
            screens.push({fi: fi, qis: [qi]});
          } else {
            if (!formScreen) { formScreen = {fi: fi, qis: []}; screens.push(formScreen); }
            formScreen.qis.push(qi);
          }
          qi++;
        });
      });
      f.questionCount = qi;
    });
    var html = [];
    html.push('<div id="resume"></div>');
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
    stickyOffset();
    progress();
    screens.forEach(function (sc) { sc.qis.forEach(function (qi) { checkSame(sc.fi, qi); }); });
    status(page.savedAt ? 'Đã lưu lúc ' + page.savedAt.substring(11, 16) : 'Câu trả lời được lưu tự động');
    goTo(0, null, true);
    offerResume();
  }

  /** Keeps the question's sticky head just under the page's sticky header, whatever its height. */
  function stickyOffset() {
    var top = document.querySelector('.top');
    document.documentElement.style.setProperty('--top', (top ? top.offsetHeight : 0) + 'px');
  }

  window.addEventListener('resize', stickyOffset);
  if (window.ResizeObserver) { new ResizeObserver(stickyOffset).observe(document.querySelector('.top')); }

  function screenOf(fi, qi) {
    for (var i = 0; i < screens.length; i++) {
      if (screens[i].fi === fi && screens[i].qis.indexOf(qi) >= 0) { return i; }
    }
    return 0;
  }

  /** Reopened with answers kept: offer to carry on where an answer is still missing. */
  function offerResume() {
    var done = Object.keys(answers).length;
    var missing = missingCells();
    if (!done || !missing.length) { return; }
    $('resume').innerHTML = '<section class="card notice resume" data-page-part="resume"><p>Ông/Bà đã trả lời '
      + done + '/' + cells.length + ' lựa chọn; các câu trả lời đã được giữ lại.</p><div class="actions">'
      + '<button type="button" class="btn primary" id="resume-go" data-cell-go="' + missing[0].id + '">'
      + 'Tiếp tục từ câu chưa trả lời</button></div></section>';
  }

  /**
   * Shows screen {@code index}; with {@code cellId}, brings that unit to the middle of the screen (the question
   * and its key stay visible above it) and focuses its first option.
   */
  function goTo(index, cellId, quiet) {
    current = Math.max(0, Math.min(index, screens.length - 1));
    var sc = screens[current];
    document.querySelectorAll('section.form').forEach(function (el, fi) { el.hidden = fi !== sc.fi; });
    document.querySelectorAll('fieldset.q').forEach(function (el) {
      el.hidden = Number(el.getAttribute('data-screen')) !== current;
    });
    document.querySelectorAll('.form-head').forEach(function (el) {
      el.hidden = screens[current - 1] && screens[current - 1].fi === sc.fi;
    });
    var introCard = main.querySelector('.intro');
    if (introCard) { introCard.hidden = current !== 0; }
    if (quiet) { return; }
    var target = cellId ? $(cellId) : $('f' + sc.fi + '-q' + sc.qis[0]);
    if (!target) { return; }
    if (cellId) {
      target.scrollIntoView({block: 'center'});
      var first = target.querySelector('input:checked') || target.querySelector('input');
      if (first) { first.focus({preventScroll: true}); }
    } else {
      var head = target.querySelector('.pos') || target;
      target.scrollIntoView({block: 'start'});
      window.scrollBy(0, -(document.querySelector('.top').offsetHeight + 8));
      head.setAttribute('tabindex', '-1');
      head.focus({preventScroll: true});
    }
  }

  function intro(forms, questionCount) {
    var c = page.campaign;
    var who = esc(page.group) + (page.homeUnit ? ' — ' + esc(page.homeUnit) : '');
    var introText = forms.length && forms[0].intro ? '<p class="intro-text">' + esc(forms[0].intro) + '</p>' : '';
    var toc = '';
    if (forms.length > 1) {
      toc = '<p>Ông/Bà trả lời ' + forms.length + ' phiếu:</p><ol class="toc">' + forms.map(function (f, fi) {
        return '<li><a href="#f' + fi + '" data-screen-go="' + screenOf(fi, 0) + '">' + esc(f.title) + '</a> ('
          + esc(f.levelName) + ', ' + f.units.length + ' đơn vị)</li>';
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
      + page.total + ' lựa chọn. Mỗi màn hình là một câu hỏi, các đơn vị ở bên dưới; nút "Câu tiếp" ở cuối.</li>'
      + '</ul>' + toc + '</section>';
  }

  function form(f, fi, formCount) {
    var multi = f.units.length > 1;
    var out = ['<section class="form' + (multi ? ' multi' : '') + '" id="f' + fi + '" aria-labelledby="f' + fi
      + '-h">', '<div class="form-head"><h2 id="f' + fi + '-h">' + (formCount > 1 ? 'Phiếu ' + (fi + 1) + '/'
      + formCount + ': ' : '') + esc(f.title) + '</h2>',
      '<p class="meta">Đơn vị được đánh giá: ' + esc(f.levelName) + ' (' + f.units.length + ' đơn vị)</p>'];
    if (fi > 0 && f.intro) { out.push('<p class="intro-text">' + esc(f.intro) + '</p>'); }
    out.push('</div>');
    if (!f.units.length) {
      out.push('<div class="card notice bad"><p>Chưa xác định được đơn vị Ông/Bà đánh giá trong phiếu này.</p>'
        + contactParagraph() + '</div></section>');
      return out.join('');
    }
    var qi = 0;
    f.sections.forEach(function (s) {
      if (!multi) { out.push('<h3 class="sec">' + esc(s.code) + '. ' + esc(s.title) + '</h3>'); }
      s.questions.forEach(function (q) {
        out.push(question(f, fi, s, q, qi));
        qi++;
      });
    });
    out.push('</section>');
    return out.join('');
  }

  /** "Phiếu 1 · Câu 5/20": where the respondent is. */
  function position(f, fi, qi) {
    return 'Phiếu ' + (fi + 1) + ' · Câu ' + (qi + 1) + '/' + f.questionCount;
  }

  function stepNav(fi, qi) {
    var index = screenOf(fi, qi);
    var last = index === screens.length - 1;
    return '<nav class="steps" aria-label="Chuyển câu">'
      + (index > 0 ? '<button type="button" class="btn" data-go="prev">← Câu trước</button>' : '')
      + '<button type="button" class="btn primary" data-go="next">'
      + (last ? 'Kiểm tra và gửi phiếu ↓' : (screens[index + 1].fi !== fi ? 'Sang phiếu ' + (fi + 2) + ' →'
        : 'Câu tiếp →')) + '</button></nav>';
  }

  function question(f, fi, s, q, qi) {
    var qid = 'f' + fi + '-q' + qi;
    var screen = screenOf(fi, qi);
    var single = f.units.length === 1;
    var out = ['<fieldset class="card q" id="' + qid + '" data-screen="' + screen + '" aria-labelledby="' + qid
      + '-t">'];
    if (single) {
      var cell = addCell(f, fi, q, qi, f.units[0], 0);
      out.push('<p class="pos">' + position(f, fi, qi) + '</p><p class="qt" id="' + qid + '-t"><span class="qn">Câu '
        + (qi + 1) + '.</span> ' + esc(q.text) + '</p>');
      out.push('<p class="meta">Đơn vị: ' + esc(f.units[0].name) + '</p><div class="full" id="' + cell.id + '">');
      q.options.forEach(function (o) {
        out.push('<label class="' + (o.dontKnow ? 'dk' : '') + '"><input type="radio" name="' + cell.id
          + '" value="' + esc(o.code) + '"><span>' + esc(o.code) + '. ' + esc(o.label) + '</span></label>');
      });
      out.push('</div>');
      if (qi === f.questionCount - 1) { out.push(stepNav(fi, qi)); }
      out.push('</fieldset>');
      return out.join('');
    }
    out.push('<div class="qhead"><p class="pos">' + position(f, fi, qi) + ' <span class="secname">· ' + esc(s.code)
      + '. ' + esc(s.title) + '</span></p>');
    out.push('<p class="qt" id="' + qid + '-t"><span class="qn">Câu ' + (qi + 1) + '.</span> ' + esc(q.text) + '</p>');
    out.push('<ul class="key" aria-label="Ý nghĩa các chữ">' + q.options.map(function (o) {
      return '<li' + (o.dontKnow ? ' class="dk"' : '') + '><b>' + esc(o.code) + '</b> ' + esc(o.label) + '</li>';
    }).join('') + '</ul></div>');
    out.push('<div class="all"><p id="' + qid + '-all">Chọn nhanh một phương án cho các đơn vị <strong>chưa trả '
      + 'lời</strong> (đơn vị đã chọn được giữ nguyên):</p><div class="seg" role="group" aria-labelledby="' + qid
      + '-all">');
    q.options.forEach(function (o) {
      out.push('<button type="button" class="fillbtn' + (o.dontKnow ? ' dk' : '') + '" data-fill="' + qid
        + '" data-option="' + esc(o.code) + '" aria-label="' + esc(o.code + ' – ' + o.label)
        + ' cho các đơn vị chưa trả lời">' + esc(o.code) + '</button>');
    });
    out.push('</div><div class="fill-msg" id="' + qid + '-msg" role="status"></div></div>');
    out.push('<p class="same" id="' + qid + '-same" role="status" hidden></p>');
    f.units.forEach(function (u, ui) {
      var c = addCell(f, fi, q, qi, u, ui);
      out.push('<fieldset class="unit" id="' + c.id + '"><legend>' + esc(u.name) + '</legend>'
        + '<span class="chosen" aria-hidden="true"></span><div class="seg">');
      q.options.forEach(function (o) {
        out.push('<label' + (o.dontKnow ? ' class="dk"' : '') + ' title="' + esc(o.code + ': ' + o.label)
          + '"><input type="radio" name="' + c.id + '" value="' + esc(o.code) + '"><span class="l" aria-hidden="true">'
          + esc(o.code) + '</span><span class="sr">' + esc(o.label) + '</span></label>');
      });
      out.push('</div></fieldset>');
    });
    out.push(stepNav(fi, qi));
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

  function optionLabel(cell, option) {
    var label = '';
    cell.q.options.forEach(function (o) { if (o.code === option) { label = o.label; } });
    return label;
  }

  /** Sets (or, with a null option, clears) a cell; {@code record}: save it to the draft. */
  function setAnswer(cell, option, record) {
    var box = $(cell.id);
    if (option == null) {
      box.querySelectorAll('input:checked').forEach(function (i) { i.checked = false; });
      delete answers[cell.key];
    } else {
      var input = document.querySelector('input[name="' + cell.id + '"][value="' + cssEscape(option) + '"]');
      if (!input) { return; }
      input.checked = true;
      answers[cell.key] = option;
      box.classList.remove('missing');
    }
    var chosen = box.querySelector('.chosen');
    if (chosen) { chosen.textContent = option == null ? '' : '✓ ' + optionLabel(cell, option); }
    if (record) {
      pending[cell.key] = option == null ? null : option;
      status('Đang lưu…'); // at once: a change is never shown as saved before the server has it
      scheduleSave(SAVE_DELAY_MS);
    }
  }

  function cssEscape(s) {
    return String(s).replace(/["\\]/g, '\\$&');
  }

  function cellsOf(fi, qi) {
    return cells.filter(function (c) { return c.fi === fi && c.qi === qi; });
  }

  /**
   * The same option for every unit of a question is allowed (units may be alike) but worth a second look: a gentle
   * notice under the question, and a line in the review.
   */
  function checkSame(fi, qi) {
    var box = $('f' + fi + '-q' + qi + '-same');
    if (!box) { return false; }
    var list = cellsOf(fi, qi);
    var first = answers[list[0].key];
    var same = list.length > 2 && first && list.every(function (c) { return answers[c.key] === first; });
    box.hidden = !same;
    box.textContent = same ? 'Ông/Bà đang chọn cùng một phương án (' + first + ' – ' + optionLabel(list[0], first)
      + ') cho cả ' + list.length + ' đơn vị. Nếu các đơn vị thực sự như nhau, xin cứ giữ nguyên; nếu không, xin '
      + 'xem lại từng đơn vị.' : '';
    return same;
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

  /**
   * Quick fill: {@code option} for the units of a question that have no answer yet; units already answered
   * otherwise are kept unless the respondent confirms. Either step can be undone.
   */
  function quickFill(qid, option) {
    var m = /^f(\d+)-q(\d+)$/.exec(qid);
    var fi = Number(m[1]);
    var qi = Number(m[2]);
    var list = cellsOf(fi, qi);
    var before = {};
    list.forEach(function (c) { before[c.key] = answers[c.key] || null; });
    var empty = list.filter(function (c) { return !answers[c.key]; });
    var other = list.filter(function (c) { return answers[c.key] && answers[c.key] !== option; });
    empty.forEach(function (c) { setAnswer(c, option, true); });
    lastFill = {qid: qid, fi: fi, qi: qi, before: before, option: option};
    var msg = $(qid + '-msg');
    var text = empty.length ? 'Đã chọn ' + option + ' cho ' + empty.length + ' đơn vị chưa trả lời.'
      : 'Không còn đơn vị nào chưa trả lời.';
    if (other.length) {
      msg.innerHTML = '<p>' + esc(text) + ' <strong>' + other.length + ' đơn vị đã có câu trả lời khác</strong> và '
        + 'được giữ nguyên.</p><div class="actions"><button type="button" class="btn" data-overwrite="' + qid + '">'
        + 'Đổi cả ' + other.length + ' đơn vị đó sang ' + esc(option) + '</button>'
        + (empty.length ? '<button type="button" class="btn" data-undo="' + qid + '">Hoàn tác</button>' : '')
        + '</div>';
    } else {
      msg.innerHTML = '<p>' + esc(text) + '</p>' + (empty.length ? '<div class="actions"><button type="button" '
        + 'class="btn" data-undo="' + qid + '">Hoàn tác</button></div>' : '');
    }
    afterChange(fi, qi);
  }

  function overwrite(qid) {
    if (!lastFill || lastFill.qid !== qid) { return; }
    var list = cellsOf(lastFill.fi, lastFill.qi);
    var changed = list.filter(function (c) { return answers[c.key] && answers[c.key] !== lastFill.option; });
    changed.forEach(function (c) { setAnswer(c, lastFill.option, true); });
    $(qid + '-msg').innerHTML = '<p>Đã đổi ' + changed.length + ' đơn vị sang ' + esc(lastFill.option)
      + '.</p><div class="actions"><button type="button" class="btn" data-undo="' + qid + '">Hoàn tác</button></div>';
    afterChange(lastFill.fi, lastFill.qi);
  }

  /** Puts back what the units of the question had before the last quick fill (or its overwrite). */
  function undo(qid) {
    if (!lastFill || lastFill.qid !== qid) { return; }
    var fill = lastFill;
    lastFill = null;
    cellsOf(fill.fi, fill.qi).forEach(function (c) {
      var was = fill.before[c.key];
      if ((answers[c.key] || null) !== was) { setAnswer(c, was, true); }
    });
    $(qid + '-msg').innerHTML = '<p>Đã hoàn tác: các đơn vị trở lại như trước khi chọn nhanh.</p>';
    afterChange(fill.fi, fill.qi);
  }

  function afterChange(fi, qi) {
    checkSame(fi, qi);
    progress();
    clearConfirm();
  }

  main.addEventListener('change', function (e) {
    var t = e.target;
    if (t.type !== 'radio' || !byId[t.name]) { return; }
    var cell = byId[t.name];
    setAnswer(cell, t.value, true);
    if (lastFill && lastFill.fi === cell.fi && lastFill.qi === cell.qi) {
      lastFill = null; // answered by hand: the quick fill is no longer what undo would restore
      $('f' + cell.fi + '-q' + cell.qi + '-msg').innerHTML = '';
    }
    afterChange(cell.fi, cell.qi);
  });

  main.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target.closest('button, a') : e.target;
    if (!t) { return; }
    if (t.hasAttribute('data-fill')) {
      quickFill(t.getAttribute('data-fill'), t.getAttribute('data-option'));
    } else if (t.hasAttribute('data-overwrite')) {
      overwrite(t.getAttribute('data-overwrite'));
    } else if (t.hasAttribute('data-undo')) {
      undo(t.getAttribute('data-undo'));
    } else if (t.hasAttribute('data-go')) {
      if (t.getAttribute('data-go') === 'prev') {
        goTo(current - 1);
      } else if (current === screens.length - 1) {
        $('review').scrollIntoView({block: 'start'});
        $('review-h').setAttribute('tabindex', '-1');
        $('review-h').focus({preventScroll: true});
      } else {
        goTo(current + 1);
      }
    } else if (t.hasAttribute('data-screen-go')) {
      e.preventDefault();
      goTo(Number(t.getAttribute('data-screen-go')));
    } else if (t.hasAttribute('data-cell') || t.hasAttribute('data-cell-go')) {
      e.preventDefault();
      var cell = byId[t.getAttribute('data-cell') || t.getAttribute('data-cell-go')];
      if (cell) { goTo(screenOf(cell.fi, cell.qi), cell.id); }
      if (t.id === 'resume-go') { $('resume').innerHTML = ''; }
    } else if (t.id === 'check') {
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

  /** The questions answered with one option for every unit, as links (a second look, not an error). */
  function sameList() {
    var found = [];
    screens.forEach(function (sc) {
      sc.qis.forEach(function (qi) {
        var box = $('f' + sc.fi + '-q' + qi + '-same');
        if (box && !box.hidden) { found.push(cellsOf(sc.fi, qi)[0]); }
      });
    });
    if (!found.length) { return ''; }
    var formCount = page.forms.length;
    return '<p class="same-note" id="same-note">' + found.length + ' câu có cùng một phương án cho mọi đơn vị '
      + '(không sai, chỉ xin xem lại nếu các đơn vị khác nhau): ' + found.map(function (c) {
        return '<a href="#' + c.id + '" data-cell="' + c.id + '">' + (formCount > 1 ? 'Phiếu ' + (c.fi + 1) + ', '
          : '') + 'câu ' + (c.qi + 1) + '</a>';
      }).join(', ') + '.</p>';
  }

  /** Lists the unanswered cells, one line per question, each with a link to its first unanswered unit. */
  function showMissing(focus) {
    var missing = missingCells();
    var box = $('missing');
    document.querySelectorAll('.missing').forEach(function (el) { el.classList.remove('missing'); });
    if (!missing.length) {
      box.innerHTML = '<p>Không còn câu nào chưa trả lời.</p>' + sameList();
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
      }).join('') + '</ul>' + sameList();
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
