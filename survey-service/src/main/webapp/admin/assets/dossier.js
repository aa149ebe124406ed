/*
 * ParIndex — what the unit's self-assessment page and the appraiser's screen share (issue 14): the top bar for
 * officers and appraisers (they have no access to the secretariat's menu), choosing the dossier, values, evidence
 * links, uploads. Needs admin.js (PX) first.
 */
'use strict';

var DOSSIER = (function () {
  var el = PX.el;

  /** The top bar; resolves with the caller (api/me: user name, roles, memberships). */
  function header(title) {
    return PX.api('api/me').then(function (me) {
      var logout = el('form', { method: 'post', action: 'logout' },
        [el('button', { type: 'submit', 'class': 'secondary', id: 'logout' }, ['Đăng xuất'])]);
      document.body.insertBefore(el('header', { 'class': 'top' }, [el('span', { 'class': 'brand' }, [title]),
        el('span', { 'class': 'who' }, [el('span', { id: 'who' }, [me.username]), logout])]), document.body.firstChild);
      return me;
    });
  }

  /** The campaign and unit to open: ?c=&u=, else the caller's first membership of the wanted role. */
  function target(me, role) {
    var c = PX.qs('c'), u = PX.qs('u');
    if (c) { return { c: c, u: u }; }
    var m = (me.memberships || []).filter(function (x) { return x.role === role; })[0];
    return m ? { c: String(m.campaignId), u: m.unit } : null;
  }

  function path(t, rest) {
    return 'api/campaigns/' + encodeURIComponent(t.c) + '/self-assessments/' + encodeURIComponent(t.u) + (rest || '');
  }

  /** The value as shown: points, or figure → points. */
  function shown(score, figure, points) {
    if (score !== null && score !== undefined) { return PX.fmt(score) + ' điểm'; }
    if (figure) { return figure + ' → ' + (points === null || points === undefined ? '?' : PX.fmt(points)) + ' điểm'; }
    return '–';
  }

  /** The input of a value: a select of a LEVELS rule, a figure for another rule, else points. */
  function valueInput(leaf, score, figure, id, label) {
    if (leaf.ruleType === 'LEVELS') {
      var s = el('select', { id: id, 'aria-label': label, 'data-kind': 'figure' },
        [el('option', { value: '' }, ['— chọn —'])].concat(leaf.levels.map(function (l) {
          var code = l.split(':')[0];
          return el('option', { value: code, selected: figure === code }, [l]);
        })));
      return s;
    }
    if (leaf.rule) {
      return el('input', { id: id, 'aria-label': label, 'data-kind': 'figure', value: figure || '', inputmode: 'decimal',
        placeholder: leaf.ruleType === 'RATIO' ? 'đạt/yêu cầu, ví dụ 15/15' : 'số liệu' });
    }
    return el('input', { id: id, 'aria-label': label, 'data-kind': 'score', value: score || '', inputmode: 'decimal',
      placeholder: '0 – ' + leaf.max });
  }

  /** The links to a leaf's evidence documents. */
  function evidenceList(t, leaf, removable) {
    var ul = el('ul', { 'class': 'evidence' });
    leaf.evidence.forEach(function (f) {
      var li = el('li', {}, [el('a', { href: PX.root + path(t, '/evidence/' + f.id), download: f.name }, [f.name]),
        ' ', el('span', { 'class': 'muted' }, ['(' + Math.ceil(f.size / 1024) + ' KB' + (f.stage === 'EXPLANATION' ? ', giải trình' : '') + ')'])]);
      if (removable && removable(f)) {
        li.appendChild(el('button', { type: 'button', 'class': 'secondary small', 'aria-label': 'Xoá ' + f.name,
          onclick: function () {
            PX.api(path(t, '/evidence/' + f.id), { method: 'DELETE' }).then(function () { li.remove(); })
              .catch(function (e) { alert(e.message); });
          } }, ['Xoá']));
      }
      ul.appendChild(li);
    });
    return ul;
  }

  /** Uploads one file as the body, its name in ?name=. */
  function upload(t, item, file) {
    return file.arrayBuffer().then(function (bytes) {
      return PX.api(path(t, '/leaves/' + encodeURIComponent(item) + '/evidence?name=' + encodeURIComponent(file.name)),
        { method: 'POST', body: bytes, type: 'application/octet-stream' });
    });
  }

  return { header: header, target: target, path: path, shown: shown, valueInput: valueInput,
    evidenceList: evidenceList, upload: upload };
})();
