// Facet checkboxes apply at once (the form still works without scripts: press Apply).
(function () {
  'use strict';
  var form = document.getElementById('event-filters');
  if (!form) return;
  form.querySelectorAll('.facet input[type=checkbox]').forEach(function (box) {
    box.addEventListener('change', function () { form.submit(); });
  });
})();
