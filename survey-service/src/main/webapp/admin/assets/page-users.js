// The page users.html (moved out of the page: the Content-Security-Policy allows no inline script).
(function () {
  var el = PX.el;
  /** The roles in the words of the create form (users.html), not their codes. */
  var ROLES = { admin: 'Quản trị', secretary: 'Tổ thư ký', viewer: 'Thành viên Hội đồng (chỉ xem)' };
  /** Roles given through a campaign's members import (issue 14): shown, never changed here. */
  var MEMBER_ROLES = { officer: 'Cán bộ đầu mối CCHC của đơn vị', appraiser: 'Thành viên tổ thẩm định' };
  var msg = function () { return document.getElementById('message'); };
  function change(username, body, done) {
    PX.api('api/accounts/' + encodeURIComponent(username), { method: 'PUT', body: body })
      .then(function () { PX.clear(msg()).appendChild(el('div', { 'class': 'message info', text: done })); load(); })
      .catch(function (e) { PX.showError(msg(), e); });
  }
  function load() {
    return PX.api('api/accounts').then(function (list) {
      var body = PX.clear(document.querySelector('#accounts tbody'));
      list.forEach(function (a) {
        var role;
        if (ROLES[a.role]) {
          role = el('select', { 'aria-label': 'Vai trò của ' + a.username }, Object.keys(ROLES).map(function (r) {
            return el('option', { value: r, selected: r === a.role }, [ROLES[r]]);
          }));
          role.onchange = function () { change(a.username, { role: role.value }, 'Đã đổi vai trò của ' + a.username + '.'); };
        } else {
          // an officer or appraiser keeps the role of its campaign membership: no select that would show another
          role = el('span', { 'data-role': a.role }, [MEMBER_ROLES[a.role] || a.role]);
        }
        var toggle = el('button', { type: 'button', 'class': 'secondary' }, [a.enabled ? 'Khóa' : 'Mở khóa']);
        toggle.onclick = function () { change(a.username, { enabled: !a.enabled }, (a.enabled ? 'Đã khóa ' : 'Đã mở khóa ') + a.username + '.'); };
        var reset = el('button', { type: 'button', 'class': 'secondary' }, ['Đặt lại mật khẩu']);
        reset.onclick = function () {
          var p = prompt('Mật khẩu mới cho ' + a.username + ' (ít nhất 10 ký tự):');
          if (p) { change(a.username, { password: p }, 'Đã đặt lại mật khẩu của ' + a.username + '.'); }
        };
        body.appendChild(el('tr', {}, [el('td', { 'data-label': 'Tên đăng nhập', text: a.username }),
          el('td', { 'data-label': 'Họ tên', text: a.displayName }), el('td', { 'data-label': 'Vai trò' }, [role]),
          el('td', { 'data-label': 'Trạng thái', text: a.enabled ? 'Đang hoạt động' : 'Đã khóa' }),
          el('td', { 'data-label': 'Thao tác' }, [el('span', { 'class': 'row' }, [toggle, reset])])]));
      });
    });
  }
  PX.header('users.html').then(function () {
    document.getElementById('create').onsubmit = function (e) {
      e.preventDefault();
      var v = function (id) { return document.getElementById(id).value; };
      PX.api('api/accounts', { method: 'POST', body: { username: v('username'), displayName: v('displayName'), role: v('role'), password: v('password') } })
        .then(function (a) { PX.clear(msg()).appendChild(el('div', { 'class': 'message info', text: 'Đã tạo tài khoản ' + a.username + '.' })); document.getElementById('create').reset(); return load(); })
        .catch(function (err) { PX.showError(msg(), err); });
    };
    return load();
  }).catch(function (e) { PX.showError(msg(), e); });
})();
