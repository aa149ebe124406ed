// The page paper.html (moved out of the page: the Content-Security-Policy allows no inline script).
(function () {
  var c = PX.qs('c');
  var el = PX.el;
  var current = null;

  function open(id) {
    PX.clear(document.getElementById('message'));
    PX.api('api/campaigns/' + c + '/paper/' + id).then(function (p) {
      current = p;
      var form = document.getElementById('sheet');
      form.hidden = false;
      document.getElementById('person').textContent = p.fullName + ' — ' + p.group
        + (p.submittedAt ? ' (đã trả lời lúc ' + p.submittedAt.replace('T', ' ') + ', ' + (p.channel === 'PAPER' ? 'phiếu giấy' : 'trực tuyến') + ')' : '');
      document.getElementById('submit-paper').disabled = !!p.submittedAt;
      var forms = PX.clear(document.getElementById('forms'));
      p.sheet.forms.forEach(function (f) {
        var section = el('section', { 'class': 'card' }, [el('h2', { text: f.title })]);
        f.sections.forEach(function (s) {
          s.questions.forEach(function (q) {
            var table = el('table', {}, [el('caption', { 'class': 'question', text: q.code + '. ' + q.text })]);
            f.units.forEach(function (u) {
              var name = f.code + '/' + q.code + '/' + u.code;
              var select = el('select', { name: name, id: name, 'data-form': f.code, 'data-question': q.code, 'data-unit': u.code, required: true },
                [el('option', { value: '' }, ['— chọn —'])].concat(q.options.map(function (o) {
                  return el('option', { value: o.code }, [o.code + '. ' + o.label]);
                })));
              table.appendChild(el('tr', {}, [el('td', {}, [el('label', { 'for': name, 'class': 'plain flush', text: u.name })]), el('td', {}, [select])]));
            });
            section.appendChild(table);
          });
        });
        forms.appendChild(section);
      });
    }).catch(function (e) { PX.showError(document.getElementById('message'), e); });
  }

  PX.header('paper.html').then(function () {
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
      }).catch(function (err) { PX.showError(document.getElementById('message'), err); });
    };
    document.getElementById('sheet').onsubmit = function (e) {
      e.preventDefault();
      var answers = Array.prototype.map.call(document.querySelectorAll('#forms select'), function (s) {
        return { form: s.getAttribute('data-form'), question: s.getAttribute('data-question'), unit: s.getAttribute('data-unit'), option: s.value || null };
      });
      PX.api('api/campaigns/' + c + '/paper/' + current.respondentId, { method: 'POST', body: { answers: answers } })
        .then(function (r) {
          PX.clear(document.getElementById('message')).appendChild(el('div', { 'class': 'message info', role: 'status' },
            ['Đã lưu phiếu giấy của ' + current.fullName + ' lúc ' + r.submittedAt.replace('T', ' ') + '.']));
          document.getElementById('sheet').hidden = true;
        }).catch(function (err) { PX.showError(document.getElementById('message'), err); });
    };
  }).catch(function (e) { PX.showError(document.getElementById('message'), e); });
})();
