// Annals reading room: the only script. It marks the sentences a deep link
// (#c=START-END, offsets in code points) points at, and scrolls to the first.
(function () {
  "use strict";
  function markCited() {
    var match = /^#c=(\d+)-(\d+)$/.exec(window.location.hash);
    var previous = document.querySelectorAll(".sentence.cited");
    for (var i = 0; i < previous.length; i++) previous[i].classList.remove("cited");
    if (!match) return;
    var start = parseInt(match[1], 10), end = parseInt(match[2], 10);
    var sentences = document.querySelectorAll(".sentence[data-start]");
    var first = null;
    for (var j = 0; j < sentences.length; j++) {
      var s = parseInt(sentences[j].getAttribute("data-start"), 10);
      var e = parseInt(sentences[j].getAttribute("data-end"), 10);
      if (s < Math.max(end, start + 1) && start < e) {
        sentences[j].classList.add("cited");
        if (!first) first = sentences[j];
      }
    }
    if (first) {
      first.setAttribute("tabindex", "-1");
      first.scrollIntoView({ block: "center" });
      first.focus({ preventScroll: true });
    }
  }
  window.addEventListener("hashchange", markCited);
  document.addEventListener("DOMContentLoaded", markCited);
})();
