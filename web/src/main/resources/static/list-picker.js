// Shows only the items of the negative-list scenario chosen; without script every scenario's items stay visible.
document.querySelectorAll('[data-list-picker]').forEach(function (picker) {
    var select = picker.querySelector('select[name="listScenario"]');
    function show() {
        picker.querySelectorAll('.list-items').forEach(function (items) {
            var chosen = items.getAttribute('data-scenario') === select.value;
            items.hidden = !chosen;
            if (!chosen) {
                items.querySelectorAll('input[type="checkbox"]').forEach(function (box) { box.checked = false; });
            }
        });
    }
    select.addEventListener('change', show);
    show();
});
