// wiretrace UI: the pages work without this script; it only marks the event word whose
// panel is open (the panel itself opens through the URL fragment and CSS :target).
"use strict";
function markChosen() {
  document.querySelectorAll("a.hl-trigger.chosen").forEach(function (a) {
    a.classList.remove("chosen");
  });
  var id = decodeURIComponent(location.hash.replace(/^#event-/, ""));
  if (!id || id === location.hash) return;
  document.querySelectorAll("a.hl-trigger").forEach(function (a) {
    if (a.dataset.event === id) a.classList.add("chosen");
  });
}
window.addEventListener("hashchange", markChosen);
document.addEventListener("DOMContentLoaded", markChosen);
