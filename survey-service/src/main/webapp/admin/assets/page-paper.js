// The page paper.html (moved out of the page: the Content-Security-Policy allows no inline script).
//
// Paper questionnaires: download a group's blank questionnaire to print, and type in answered ones. Entry is by
// keyboard, one row per question: the letters of its units in the order the paper lists them (ABBCE…), Enter to the
// next row, a running count of what is entered, Vietnamese messages naming the question and the unit. The answers
// go to the same API body as the online questionnaire's (one parser on the server: AnswersBody).
(function () {
  var c = PX.qs('c');
  var el = PX.el;
  var current = null;
  var rows = [];   // [{input, form, question, units: [{code, name}], options: [codes], label}]

  /** "2026-12-06T13:12:37" -> "13:12 ngày 06/12/2026". */
  function when(iso) {
    var d = String(iso || '');
    return d.substring(11, 16) + ' ngày ' + d.substring(8, 10) + '/' + d.substring(5, 7) + '/' + d.substring(0, 4);
  }

  function message() { return document.getElementById('message'); }

  /** The letters typed in a row: spaces and commas dropped, upper case. */
  function letters(row) {
    return row.input.value.replace(/[\s,.;\/-]/g, '').toUpperCase().split('').filter(function (x) { return x; });
  }

  /** What is wrong with a row, in Vietnamese, or null. */
  function problem(row) {
    var got = letters(row);
    for (var i = 0; i < got.length && i < row.units.length; i++) {
      if (row.options.indexOf(got[i]) < 0) {
        return row.label + ', ' + row.units[i].name + ': "' + got[i] + '" không phải phương án ('
          + row.options.join(', ') + ').';
      }
    }
    if (got.length > row.units.length) {
      return row.label + ': thừa ' + (got.length - row.units.length) + ' chữ (cần ' + row.units.length + ').';
    }
    if (got.length < row.units.length) {
      return row.label + ': còn thiếu ' + (row.units.length - got.length) + ' đơn vị (đã nhập ' + got.length + '/'
        + row.units.length + (got.length < row.units.length ? ', tiếp theo: ' + row.units[got.length].name : '') + ').';
    }
    return null;
  }

  /** Shows under a row which unit got which letter, its count, and its problem; updates the running count. */
  function refresh(row) {
    var got = letters(row);
    row.count.textContent = Math.min(got.length, row.units.length) + '/' + row.units.length;
    var done = got.length === row.units.length && !problem(row);
    row.count.className = 'paper-row-count' + (done ? ' ok' : '');
    PX.clear(row.echo);
    row.units.forEach(function (u, i) {
      var bad = got[i] && row.options.indexOf(got[i]) < 0;
      row.echo.appendChild(el('li', { 'class': bad ? 'bad' : (got[i] ? 'set' : '') },
        [el('b', { text: got[i] || '·' }), ' ' + u.name]));
    });
    var entered = 0;
    var total = 0;
    rows.forEach(function (r) {
      var g = letters(r);
      total += r.units.length;
      for (var i = 0; i < Math.min(g.length, r.units.length); i++) {
        if (r.options.indexOf(g[i]) >= 0) { entered++; }
      }
    });
    document.getElementById('paper-count').textContent = 'Đã nhập ' + entered + '/' + total + ' câu trả lời ('
      + rows.filter(function (r) { return letters(r).length === r.units.length && !problem(r); }).length + '/'
      + rows.length + ' câu hỏi đủ).';
  }

  function open(id) {
    PX.clear(message());
    PX.clear(document.getElementById('paper-errors'));
    PX.api('api/campaigns/' + c + '/paper/' + id).then(function (p) {
      current = p;
      rows = [];
      var form = document.getElementById('sheet');
      form.hidden = false;
      document.getElementById('person').textContent = p.fullName + ' — ' + p.group
        + (p.submittedAt ? ' (đã trả lời lúc ' + when(p.submittedAt) + ', ' + (p.channel === 'PAPER' ? 'phiếu giấy' : 'trực tuyến') + ')' : '');
      document.getElementById('submit-paper').disabled = !!p.submittedAt;
      var forms = PX.clear(document.getElementById('forms'));
      p.sheet.forms.forEach(function (f, fi) {
        var section = el('section', { 'class': 'card' }, [el('h3', { text: f.title }),
          el('p', { 'class': 'muted', text: 'Đơn vị theo thứ tự trên phiếu: ' + f.units.map(function (u, i) {
            return (i + 1) + '. ' + u.name;
          }).join('; ') })]);
        var n = 0;
        f.sections.forEach(function (s) {
          s.questions.forEach(function (q) {
            n++;
            var id = 'row-' + fi + '-' + n;
            var row = { form: f.code, question: q.code, units: f.units, label: 'Phiếu ' + (fi + 1) + ', câu ' + n,
              options: q.options.map(function (o) { return o.code; }) };
            row.input = el('input', { id: id, 'class': 'paper-row', autocomplete: 'off', spellcheck: 'false',
              autocapitalize: 'characters', 'aria-describedby': id + '-key', 'data-form': f.code,
              'data-question': q.code });
            row.count = el('span', { 'class': 'paper-row-count', 'aria-hidden': 'true' });
            row.echo = el('ol', { 'class': 'paper-echo', 'aria-hidden': 'true' });
            section.appendChild(el('div', { 'class': 'paper-q' }, [
              el('label', { 'for': id }, ['Câu ' + n + '. ' + q.text]),
              el('p', { id: id + '-key', 'class': 'muted' }, [q.options.map(function (o) { return o.code + ' = ' + o.label; }).join(' · ')
                + ' — ' + f.units.length + ' chữ']),
              el('div', { 'class': 'row' }, [row.input, row.count]), row.echo]));
            rows.push(row);
          });
        });
        forms.appendChild(section);
      });
      rows.forEach(function (row, i) {
        row.input.addEventListener('input', function () { refresh(row); });
        row.input.addEventListener('keydown', function (e) {
          if (e.key === 'Enter') {
            e.preventDefault();
            var next = rows[i + 1];
            if (next) { next.input.focus(); } else { document.getElementById('submit-paper').focus(); }
          }
        });
        refresh(row);
      });
      if (rows.length && !p.submittedAt) { rows[0].input.focus(); }
    }).catch(function (e) { PX.showError(message(), e); });
  }

  /** Error fields from the server ("FORM/QUESTION/UNIT" or "answers[i]…") in the page's words. */
  function serverErrors(problemBody) {
    return (problemBody && problemBody.errors || []).map(function (f) {
      var parts = String(f.field || '').split('/');
      var row = rows.filter(function (r) { return r.form === parts[0] && r.question === parts[1]; })[0];
      if (row) {
        var unit = row.units.filter(function (u) { return u.code === parts[2]; })[0];
        return { row: row, text: row.label + (unit ? ', ' + unit.name : '') + ': ' + f.message };
      }
      return { row: null, text: f.message + (f.value ? ' (“' + f.value + '”)' : '') };
    });
  }

  function showErrors(list) {
    var box = PX.clear(document.getElementById('paper-errors'));
    rows.forEach(function (r) { r.input.removeAttribute('aria-invalid'); });
    if (!list.length) { return; }
    box.appendChild(el('div', { 'class': 'message error' }, [el('p', { text: 'Phiếu chưa lưu: ' + list.length + ' lỗi.' }),
      el('ul', {}, list.slice(0, 30).map(function (e) { return el('li', { text: e.text }); }))]));
    list.forEach(function (e) { if (e.row) { e.row.input.setAttribute('aria-invalid', 'true'); } });
    var first = list.filter(function (e) { return e.row; })[0];
    if (first) { first.row.input.focus(); } else { box.scrollIntoView({ block: 'center' }); }
  }

  PX.header('paper.html').then(function () {
    PX.api('api/campaigns/' + c + '/groups').then(function (g) {
      var select = PX.clear(document.getElementById('blank-group'));
      g.groups.forEach(function (group) {
        select.appendChild(el('option', { value: group.code }, [group.name + ' (' + group.code + ')']));
      });
    }).catch(function (e) { PX.showError(message(), e); });
    document.getElementById('blank-form').onsubmit = function (e) {
      e.preventDefault();
      var g = document.getElementById('blank-group').value;
      PX.download('api/campaigns/' + c + '/paper/blank.pdf?group=' + encodeURIComponent(g));
    };
    document.getElementById('search-form').onsubmit = function (e) {
      e.preventDefault();
      var q = document.getElementById('search').value;
      PX.api('api/campaigns/' + c + '/respondents?size=30&q=' + encodeURIComponent(q)).then(function (page) {
        var list = PX.clear(document.getElementById('people'));
        page.items.forEach(function (r) {
          list.appendChild(el('li', {}, [el('button', { type: 'button', 'class': 'secondary', 'data-id': r.id, onclick: function () { open(r.id); } },
            [r.fullName + (r.organisation ? ' — ' + r.organisation : '') + ' (' + r.group + ')'])]));
        });
        if (!page.items.length) { list.appendChild(el('li', { text: 'Không tìm thấy.' })); }
      }).catch(function (err) { PX.showError(message(), err); });
    };
    document.getElementById('sheet').onsubmit = function (e) {
      e.preventDefault();
      var wrong = rows.map(function (r) { return { row: r, text: problem(r) }; }).filter(function (x) { return x.text; });
      if (wrong.length) { showErrors(wrong); return; }
      showErrors([]);
      var answers = [];
      rows.forEach(function (r) {
        letters(r).forEach(function (letter, i) {
          answers.push({ form: r.form, question: r.question, unit: r.units[i].code, option: letter });
        });
      });
      PX.api('api/campaigns/' + c + '/paper/' + current.respondentId, { method: 'POST', body: { answers: answers } })
        .then(function (r) {
          document.getElementById('sheet').hidden = true;
          var box = PX.clear(message());
          box.appendChild(el('div', { 'class': 'message info', role: 'status', id: 'paper-saved' },
            ['Đã lưu phiếu giấy của ' + current.fullName + ' lúc ' + when(r.submittedAt) + ' ('
              + answers.length + ' câu trả lời).']));
          box.scrollIntoView({ block: 'center' });
          box.focus();
        }).catch(function (err) {
          if (err.status === 422) { showErrors(serverErrors(err.problem)); } else { PX.showError(message(), err); message().scrollIntoView({ block: 'center' }); }
        });
    };
  }).catch(function (e) { PX.showError(message(), e); });
})();
