// The page login.html (moved out of the page: the Content-Security-Policy allows no inline script).
(function () {
  var q = new URLSearchParams(location.search);
  if (q.get('loi')) { document.getElementById('login-error').hidden = false; }
  if (q.get('ra')) { document.getElementById('logged-out').hidden = false; }
  if (q.get('next')) { document.getElementById('next').value = q.get('next'); }
})();
