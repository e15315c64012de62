/* Minimale stand-in voor de Open Formulieren SDK van de demo-site. */
(function () {
  var el = document.getElementById('openforms-container');
  if (!el) { return; }
  var p = document.createElement('p');
  p.textContent = 'Het formulier "' + el.getAttribute('data-form-id') + '" wordt geladen...';
  el.appendChild(p);
})();
