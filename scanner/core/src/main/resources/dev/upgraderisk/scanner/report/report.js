(function () {
  var q = document.getElementById('filter');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#packages tbody tr'));
  var count = document.getElementById('shown');
  function apply() {
    var terms = q.value.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var match = terms.every(function (t) { return text.indexOf(t) >= 0; });
      row.hidden = !match;
      if (match) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' shown';
    document.body.setAttribute('data-visible-packages', String(shown));
  }
  q.addEventListener('input', apply);
  var m = /[#&]q=([^&]*)/.exec(location.hash);
  if (m) q.value = decodeURIComponent(m[1]);
  apply();
  var laidOut = Array.prototype.filter.call(document.querySelectorAll('.finding .entry'), function (f) {
    return f.getBoundingClientRect().height > 0;
  });
  document.body.setAttribute('data-rendered-findings', String(laidOut.length));
})();
