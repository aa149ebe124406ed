// The page activate.html: sets the password with the token after '#' in the sign-in link (never sent in a URL).
(function () {
  var token = location.hash.replace(/^#/, '');
  if (token) { history.replaceState(null, '', location.pathname); } // the token leaves the address bar and history
  var out = document.getElementById('activate-error');
  document.getElementById('activate-form').onsubmit = function (e) {
    e.preventDefault();
    var pw = document.getElementById('password').value;
    if (pw !== document.getElementById('confirm').value) {
      PX.showError(out, new Error('Hai lần nhập mật khẩu không giống nhau.'));
      return;
    }
    if (!token) { PX.showError(out, new Error('Hãy mở trang này bằng liên kết trong thư.')); return; }
    var body = 'token=' + encodeURIComponent(token) + '&password=' + encodeURIComponent(pw);
    fetch(PX.root + 'admin/activate', { method: 'POST', credentials: 'same-origin', body: body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Requested-With': 'ParIndex' } })
      .then(function (r) {
        return r.json().then(function (data) {
          if (!r.ok) { var err = new Error(data.detail || ('Lỗi ' + r.status)); err.problem = data; throw err; }
          return data;
        });
      })
      .then(function (data) {
        PX.clear(out);
        token = '';
        document.getElementById('activated-user').textContent = data.username;
        document.getElementById('to-login').href = 'login.html?next=' + encodeURIComponent('/admin/');
        document.getElementById('activate-done').hidden = false;
        document.getElementById('activate-button').disabled = true;
      })
      .catch(function (err) { PX.showError(out, err); });
  };
})();
