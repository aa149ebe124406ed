/*
 * ParIndex — scripts of the secretariat's pages. Plain JavaScript, no library, no CDN.
 *
 * Separate from the respondent's q/assets/app.js on purpose, with nothing shared: the respondent's page must stay
 * tiny and self-contained (one script, one style sheet, served under /q to whoever holds a link, never loading
 * anything from /admin, which demands a login), while this toolkit serves the logged-in pages (session, CSRF
 * header, tables, paging). The few helpers both have (building elements, reading a problem+json answer) are a
 * dozen lines each; sharing them would mean a third file the respondent's page loads, or a build step.
 */
'use strict';

var PX = (function () {
  var root = location.pathname.replace(/\/admin\/.*$/, '/');

  function qs(name) { return new URLSearchParams(location.search).get(name); }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) { return; }
      if (k === 'text') { e.textContent = v; } else if (k === 'onclick' || k === 'onchange' || k === 'onsubmit') {
        e[k] = v;
      } else { e.setAttribute(k, v === true ? '' : v); }
    });
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); }
    });
    return e;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } return node; }

  /** Calls the API; resolves with JSON (or text), rejects with an Error whose message is the problem's detail. */
  function api(path, options) {
    var o = options || {};
    var headers = { 'X-Requested-With': 'ParIndex', 'Accept': o.accept || 'application/json' };
    var body = o.body;
    if (body !== undefined && !(body instanceof Blob) && !(body instanceof ArrayBuffer) && typeof body !== 'string') {
      body = JSON.stringify(body);
      headers['Content-Type'] = 'application/json';
    } else if (o.type) {
      headers['Content-Type'] = o.type;
    }
    return fetch(root + path, { method: o.method || 'GET', headers: headers, body: body, credentials: 'same-origin' })
      .then(function (r) {
        if (r.status === 401) { location.href = root + 'admin/login.html?next=' + encodeURIComponent(location.pathname.replace(root.replace(/\/$/, ''), '') + location.search); }
        var type = r.headers.get('Content-Type') || '';
        var read = type.indexOf('json') >= 0 ? r.json() : r.text();
        return read.then(function (data) {
          if (!r.ok) {
            var e = new Error((data && data.detail) || ('Lỗi ' + r.status));
            e.status = r.status; e.problem = data; throw e;
          }
          return data;
        });
      });
  }

  /** Shows an error; {@code labels} (optional) names the problem's fields for people, e.g. self_score → "Điểm tự đánh giá". */
  function showError(where, error, labels) {
    var box = el('div', { 'class': 'message error', role: 'alert' }, [error.message]);
    if (error.backToList) { box.appendChild(el('span', {}, [' ', el('a', { href: 'index.html', id: 'to-list' }, ['Về danh sách đợt đánh giá'])])); }
    var p = error.problem;
    if (p && p.errors && p.errors.length) {
      var ul = el('ul');
      p.errors.slice(0, 50).forEach(function (f) {
        ul.appendChild(el('li', {}, [(f.row ? 'Dòng ' + f.row + ', ' : '') + ((labels && labels[f.field]) || f.field) + ': ' + f.message
          + (f.value ? ' (“' + f.value + '”)' : '')]));
      });
      if (p.errors.length > 50) { ul.appendChild(el('li', {}, ['… và ' + (p.errors.length - 50) + ' lỗi khác'])); }
      box.appendChild(ul);
    }
    clear(where).appendChild(box);
  }

  var me = null;

  /** Pages about one campaign: their menu links carry it, and they cannot work without one. */
  var CAMPAIGN_PAGES = ['dashboard.html', 'scores.html', 'results.html', 'paper.html', 'unit.html'];

  /**
   * The campaign the pages are about: ?c= of the address, else the one last opened in this tab (so the menu of
   * the campaign list, the audit log or the accounts page still leads to it), else null.
   */
  function campaign() {
    var c = qs('c');
    try {
      if (c) { sessionStorage.setItem('px.campaign', c); } else { c = sessionStorage.getItem('px.campaign'); }
    } catch (e) { /* storage refused: only ?c= counts */ }
    return c;
  }

  /**
   * Draws the top bar (menu, user, logout) and resolves with the caller's account. Elements marked
   * data-roles="admin secretary" are removed for other roles (not merely hidden). A campaign page opened without
   * a campaign rejects with a Vietnamese message and a way back to the list, instead of asking the API for "null".
   */
  function header(active) {
    var c = campaign();
    var withC = function (page) { return page + (c ? '?c=' + encodeURIComponent(c) : ''); };
    var links = [['index.html', 'Các đợt đánh giá'], [withC('dashboard.html'), 'Theo dõi'],
      [withC('scores.html'), 'Điểm'], [withC('results.html'), 'Kết quả'], [withC('paper.html'), 'Phiếu giấy'],
      [withC('audit.html'), 'Nhật ký'], ['users.html', 'Tài khoản']];
    return api('api/accounts/me').then(function (account) {
      me = account;
      var nav = el('nav', { 'aria-label': 'Menu' });
      links.forEach(function (l) {
        var page = l[0].split('?')[0];
        if (page === 'users.html' && account.role !== 'admin') { return; }
        if ((page === 'paper.html' || page === 'audit.html') && account.role === 'viewer') { return; }
        if (!c && CAMPAIGN_PAGES.indexOf(page) >= 0) { return; }
        nav.appendChild(el('a', { href: l[0], 'aria-current': page === active ? 'page' : null }, [l[1]]));
      });
      var logout = el('form', { method: 'post', action: 'logout' },
        [el('button', { type: 'submit', 'class': 'secondary', id: 'logout' }, ['Đăng xuất'])]);
      var bar = el('header', { 'class': 'top' }, [el('span', { 'class': 'brand' }, ['Chỉ số CCHC — Tổ thư ký']), nav,
        el('span', { 'class': 'who' }, [el('span', { id: 'who', title: account.displayName }, [account.username + ' (' + account.roleLabel + ')']),
          logout])]);
      document.body.insertBefore(bar, document.body.firstChild);
      document.querySelectorAll('[data-roles]').forEach(function (node) {
        if (node.getAttribute('data-roles').split(' ').indexOf(account.role) < 0) { node.parentNode.removeChild(node); }
      });
      if (!qs('c') && CAMPAIGN_PAGES.indexOf(location.pathname.replace(/^.*\//, '')) >= 0) {
        if (c) { location.replace(withC(location.pathname.replace(/^.*\//, '')) + location.search.replace(/^\?/, '&')); }
        var e = new Error('Chưa chọn đợt đánh giá: hãy chọn một đợt trong danh sách.');
        e.backToList = true;
        throw e;
      }
      return account;
    });
  }

  function canChange() { return me && (me.role === 'admin' || me.role === 'secretary'); }

  /** Colours of charts, each at least 3:1 against the white card (WCAG 1.4.11): the track is outlined, not pale. */
  var TRACK_FILL = '#ffffff', TRACK_LINE = '#6b7280', BAR = '#0f5ea8', TARGET = '#1f2937';

  /**
   * Horizontal bar chart in inline SVG: items [{label, value, max, note, color}]. Options: title (the chart's
   * accessible name), max (the scale's end), target {value, label} (a dashed line every bar is measured
   * against, e.g. the minimum of valid answers), left (room for labels). Below 520 px the labels stand on their
   * own line above the bars, so they stay readable on a phone.
   */
  function bars(container, items, options) {
    var o = options || {};
    var width = o.width || Math.max(container.clientWidth || 640, 300);
    var narrow = width < 520;
    var right = 96;
    var left = narrow ? 0 : Math.min(o.left || 220, Math.round(width * 0.42));
    var labelRow = narrow ? 16 : 0, row = 24 + labelRow, top = o.target ? 18 : 0;
    var height = Math.max(top + row * items.length + 10, 30);
    var ns = 'http://www.w3.org/2000/svg';
    var make = function (tag, attrs, text) {
      var n = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
      if (text !== undefined) { n.textContent = text; }
      return n;
    };
    var svg = make('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', 'aria-label': o.title || 'Biểu đồ' });
    svg.appendChild(make('title', {}, o.title || 'Biểu đồ'));
    var targetValue = o.target ? o.target.value : 0;
    var scale = o.max || Math.max.apply(null, items.map(function (i) { return i.max || i.value; })
      .concat([1, targetValue * 1.25]));
    var span = width - left - right;
    var x = function (v) { return left + span * Math.min(Math.max(v, 0) / scale, 1); };
    items.forEach(function (item, n) {
      var y = top + 5 + n * row;
      var chars = Math.max(Math.floor((narrow ? width - right : left) / 7), 8);
      var label = make('text', narrow ? { x: 0, y: y + 11, 'class': 'label' } : { x: left - 6, y: y + 15, 'text-anchor': 'end', 'class': 'label' },
        item.label.length > chars ? item.label.slice(0, chars - 1) + '…' : item.label);
      label.appendChild(make('title', {}, item.label));
      svg.appendChild(label);
      var by = y + labelRow + 3;
      svg.appendChild(make('rect', { x: left + 0.5, y: by + 0.5, height: 15, width: Math.max(x(item.max || scale) - left - 1, 0),
        fill: TRACK_FILL, stroke: TRACK_LINE, 'stroke-width': 1, 'class': 'track' }));
      svg.appendChild(make('rect', { x: left, y: by, height: 16, width: Math.max(x(item.value) - left, item.value > 0 ? 2 : 0),
        fill: item.color || BAR, 'class': 'bar' }));
      svg.appendChild(make('text', { x: width - right + 6, y: by + 12, 'class': 'value' }, item.note || String(item.value)));
    });
    if (o.target) {
      var tx = x(targetValue);
      svg.appendChild(make('line', { x1: tx, x2: tx, y1: top, y2: height - 4, stroke: TARGET, 'stroke-width': 2,
        'stroke-dasharray': '4 3', 'class': 'target' }));
      svg.appendChild(make('text', { x: tx, y: 12, 'text-anchor': tx > width - right - 60 ? 'end' : 'middle', 'class': 'target-label' },
        o.target.label));
    }
    clear(container).appendChild(svg);
  }

  /** Makes a table sortable by clicking (or Enter on) the headers marked with data-key. */
  function sortable(table, rows, render) {
    var state = { key: null, dir: 1 };
    table.querySelectorAll('th[data-key]').forEach(function (th) {
      th.classList.add('sortable');
      th.tabIndex = 0;
      var sort = function () {
        var key = th.getAttribute('data-key');
        state.dir = state.key === key ? -state.dir : (th.getAttribute('data-first') === 'desc' ? -1 : 1);
        state.key = key;
        table.querySelectorAll('th[data-key]').forEach(function (o) { o.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
        rows.sort(function (a, b) {
          var x = a[key], y = b[key];
          if (x === null || x === undefined) { return 1; }
          if (y === null || y === undefined) { return -1; }
          return (typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'vi')) * state.dir;
        });
        render(rows);
      };
      th.onclick = sort;
      th.onkeydown = function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } };
    });
    render(rows);
  }

  function fmt(n, digits) {
    if (n === null || n === undefined) { return '–'; }
    return Number(n).toLocaleString('vi-VN', { minimumFractionDigits: digits || 0, maximumFractionDigits: digits === undefined ? 2 : digits });
  }

  /** An ISO date or date-time of the API ("2026-12-06T05:17:36") as people here write it: "06/12/2026 05:17". */
  function date(iso) {
    if (!iso) { return '–'; }
    var m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
    if (!m) { return iso; }
    return m[3] + '/' + m[2] + '/' + m[1] + (m[4] ? ' ' + m[4] + ':' + m[5] : '');
  }

  function download(path) { location.href = root + path; }

  return { qs: qs, el: el, clear: clear, api: api, showError: showError, header: header, canChange: canChange,
    bars: bars, sortable: sortable, fmt: fmt, date: date, download: download, root: root, campaign: campaign };
})();
