// Rights Tracker: small progressive enhancements. Every page works without this file; it only saves
// round trips (share rows added and removed in place) and asks before deleting. No inline scripts
// anywhere: the Content-Security-Policy forbids them.
(function () {
  "use strict";

  var rowCounter = 0;

  function tableOf(element) {
    var fieldset = element.closest("fieldset");
    return fieldset ? fieldset.querySelector("table") : null;
  }

  function refreshTotal(table) {
    if (table) {
      table.dispatchEvent(new Event("rows-changed", { bubbles: false }));
    }
  }

  // "Add a writer": copy the blank row kept in the <template>, instead of posting the form.
  function addRow(button) {
    var fieldset = button.closest("fieldset");
    var template = fieldset && fieldset.querySelector("template[data-row-template]");
    var body = fieldset && fieldset.querySelector("tbody[data-rows]");
    if (!template || !body) {
      return false;
    }
    rowCounter += 1;
    var html = template.innerHTML.split("__ROW__").join("new" + rowCounter);
    body.insertAdjacentHTML("beforeend", html);
    var row = body.lastElementChild;
    if (window.htmx) {
      window.htmx.process(row);
    }
    var first = row.querySelector("input, select");
    if (first) {
      first.focus();
    }
    refreshTotal(tableOf(button));
    return true;
  }

  function removeRow(button) {
    var row = button.closest("tr");
    var table = button.closest("table");
    if (!row || !table) {
      return false;
    }
    var next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    var focusable = next ? next.querySelector("input") : table.closest("fieldset").querySelector("[data-add-row]");
    if (focusable) {
      focusable.focus();
    }
    refreshTotal(table);
    return true;
  }

  // "Fill in the release plan": copies the production's plan into a licence's scope fields, for the
  // common case of a licence granting exactly the plan. The user still reviews and saves.
  function fillPlan(button) {
    var form = button.closest("form");
    var media = (button.dataset.media || "").split(",");
    form.querySelectorAll("input[name=media]").forEach(function (box) {
      box.checked = media.indexOf(box.value) >= 0;
    });
    var set = function (name, value) {
      var input = form.querySelector("[name=" + name + "]");
      if (input) {
        input.value = value || "";
      }
    };
    set("territories", (button.dataset.territories || "").split(",").join(", "));
    set("excludedTerritories", (button.dataset.excluded || "").split(",").join(", "));
    set("termStart", button.dataset.start);
    set("termYears", button.dataset.years);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) {
      return;
    }
    if (button.hasAttribute("data-add-row") && addRow(button)) {
      event.preventDefault();
    } else if (button.hasAttribute("data-remove-row") && removeRow(button)) {
      event.preventDefault();
    } else if (button.hasAttribute("data-fill-plan")) {
      event.preventDefault();
      fillPlan(button);
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // Buttons that only work with this script stay hidden without it.
  function reveal(root) {
    root.querySelectorAll("[data-fill-plan][hidden]").forEach(function (button) {
      button.hidden = false;
    });
  }

  // A refused form or a conflict is announced, and the keyboard starts where the explanation is.
  function focusProblem(root) {
    var problem = root.querySelector(".error-summary, .conflict");
    if (problem) {
      problem.focus();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    reveal(document);
    focusProblem(document);
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    reveal(event.target);
    focusProblem(event.target);
  });
})();
