// The numbers form: the parameter box names what the chosen uncertainty needs (low, high / mean, sd / ...),
// and the first field with a problem is brought into view and focused.
(function () {
  var form = document.getElementById('numbers-form');
  if (!form) return;
  form.querySelectorAll('select.kind').forEach(function (select) {
    select.addEventListener('change', function () {
      var option = select.options[select.selectedIndex];
      var params = select.closest('tr').querySelector('input.params');
      params.placeholder = option.getAttribute('data-params') || '';
      if (select.value === 'none') params.value = '';
    });
  });
  var bad = form.querySelector('tr.has-problem input.value, .has-problem input');
  if (bad) { bad.scrollIntoView({ block: 'center' }); bad.focus(); }
})();
