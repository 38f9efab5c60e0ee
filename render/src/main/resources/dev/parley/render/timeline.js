(function () {
  "use strict";
  // Every text reaches the DOM through textContent: vis.js renders strings as HTML, so it gets elements.
  var data = JSON.parse(document.getElementById("parley-data").textContent);
  var DAY = 86400000;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function parseDay(iso) {
    var p = iso.split("-");
    return new Date(Number(p[0]), Number(p[1]) - 1, Number(p[2]));
  }
  function isoDay(date) {
    var m = date.getMonth() + 1, d = date.getDate();
    return date.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (d < 10 ? "0" : "") + d;
  }
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"];
  function words(iso) {
    var d = parseDay(iso);
    return d.getDate() + " " + MONTHS[d.getMonth()] + " " + d.getFullYear();
  }

  // ---- header --------------------------------------------------------------------------------------------
  document.getElementById("summary").textContent = data.items.length + " developments of " + data.negotiationId
    + " in " + data.lanes.length + " lanes; current statuses as of " + data.statusesOn
    + ". Drag the red as-of bar to replay.";

  // ---- lanes and items -------------------------------------------------------------------------------------
  var groups = new vis.DataSet(data.lanes.map(function (lane, index) {
    var label = el("span", "lane-label", lane.label);
    label.setAttribute("data-lane", lane.id);
    label.appendChild(el("small", null, lane.count + (lane.count === 1 ? " development" : " developments")));
    return { id: lane.id, content: label, order: index };
  }));
  var laneLabels = {}, typeLabels = {};
  data.lanes.forEach(function (lane) { laneLabels[lane.id] = lane.label; });
  data.types.forEach(function (type) { typeLabels[type.type] = type.label; });
  var byId = {};
  var chips = {};
  var items = new vis.DataSet();
  data.items.forEach(function (d, index) {
    byId[d.id] = d;
    d.index = index;
    var chip = el("span", "chip");
    chip.setAttribute("data-id", d.id);
    chip.setAttribute("data-lane", d.lane);
    chip.appendChild(el("span", "mark"));
    chip.appendChild(el("span", "word"));
    chip.appendChild(el("span", "text", d.label));
    // the label is short; the whole summary and the date in words are on hover (and in the details panel)
    chip.title = d.headline + " (" + d.date + ")";
    chips[d.id] = chip;
    var item = { id: d.id, group: d.lane, content: chip, start: parseDay(d.start), type: d.end ? "range" : "point" };
    if (d.end) { item.end = parseDay(d.end); }
    items.add(item);
  });
  data.rounds.forEach(function (r, index) {
    items.add({ id: "round:" + index, content: el("span", null, r.label), start: parseDay(r.start),
      end: parseDay(r.end), type: "background", className: "round" });
  });

  // ---- filters and search ----------------------------------------------------------------------------------
  var hiddenLanes = {}, hiddenTypes = {}, query = "";
  function visible(d) {
    return !hiddenLanes[d.lane] && !hiddenTypes[d.type] && (query === "" || d.search.indexOf(query) >= 0);
  }
  var view = new vis.DataView(items, { filter: function (item) {
    return item.type === "background" || visible(byId[item.id]);
  } });
  function checkbox(container, name, text, onChange) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.name = name;
    box.addEventListener("change", function () { onChange(box.checked); refresh(); });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + text));
    container.appendChild(label);
  }
  var laneFilter = document.getElementById("lane-filter");
  data.lanes.forEach(function (lane) {
    checkbox(laneFilter, "lane:" + lane.id, lane.label + " (" + lane.count + ")",
      function (on) { hiddenLanes[lane.id] = !on; });
  });
  var typeFilter = document.getElementById("type-filter");
  data.types.forEach(function (type) {
    checkbox(typeFilter, "type:" + type.type, type.label + " (" + type.count + ")",
      function (on) { hiddenTypes[type.type] = !on; });
  });
  var search = document.getElementById("search");
  search.addEventListener("input", function () { query = search.value.trim().toLowerCase(); refresh(); });
  function shownItems() { return data.items.filter(visible); }
  function refresh() {
    view.refresh();
    var shown = shownItems().length;
    document.getElementById("shown").textContent = shown + " of " + data.items.length + " shown";
    document.body.setAttribute("data-shown", String(shown));
  }

  // ---- the timeline ----------------------------------------------------------------------------------------
  // The first view is the negotiation itself: from its first to its last development, with a margin, never the
  // empty years between the last development and "today".
  var starts = data.items.map(function (d) { return parseDay(d.start).getTime(); });
  var ends = data.items.map(function (d) { return d.end ? parseDay(d.end).getTime() : parseDay(d.start).getTime() + DAY; });
  var today = parseDay(data.today);
  var lastDevelopment = parseDay(data.lastDevelopment || data.today);
  var first = new Date(Math.min.apply(null, starts.length ? starts : [today.getTime()]));
  var last = new Date(Math.max.apply(null, ends.length ? ends : [today.getTime() + DAY]));
  var margin = Math.max(3 * DAY, (last.getTime() - first.getTime()) * 0.03);
  var container = document.getElementById("timeline");
  var drawn = false, ready = false;
  var timeline = new vis.Timeline(container, view, groups, {
    stack: true,
    // the axis above the lanes is the strip in the sticky controls; this one closes the lanes
    orientation: { axis: "bottom", item: "top" },
    margin: { item: { horizontal: 2, vertical: 3 }, axis: 4 },
    groupOrder: "order",
    zoomMin: 2 * DAY,
    zoomMax: 20 * 365 * DAY,
    showCurrentTime: false,
    selectable: true,
    multiselect: false,
    // no maxHeight: vis.js draws only the lanes inside its scroll viewport; the page scrolls instead, under the
    // sticky controls and their axis strip
    start: new Date(first.getTime() - margin),
    end: new Date(last.getTime() + margin),
    format: { minorLabels: { day: "D", weekday: "ddd D" } },
    // ready once vis.js has drawn: it shows the timeline only after its first full redraw
    onInitialDrawComplete: function () {
      drawn = true;
      if (ready) { document.body.setAttribute("data-ready", "true"); }
    }
  });

  // the developments, from the first to the last (not "today": it is one click away)
  function fitAll(animate) {
    timeline.setWindow(new Date(first.getTime() - margin), new Date(last.getTime() + margin), { animation: animate });
  }
  // zooms around the as-of bar, so that the cut stays where it is on screen (or comes to the middle)
  function zoom(factor) {
    var range = timeline.getWindow(), start = range.start.getTime(), end = range.end.getTime();
    var cut = asOfDay.getTime() + DAY / 2;
    if (cut < start || cut > end) { var half = (end - start) / 2; start = cut - half; end = cut + half; }
    timeline.setWindow(new Date(cut - (cut - start) * factor), new Date(cut + (end - cut) * factor), { animation: false });
  }
  // shows a day, keeping the width of the window
  function reveal(day) {
    var range = timeline.getWindow(), start = range.start.getTime(), end = range.end.getTime(), at = day.getTime();
    if (at < start || at + DAY > end) {
      timeline.setWindow(new Date(Math.min(start, at - margin)), new Date(Math.max(end, at + DAY + margin)),
        { animation: false });
    }
  }

  // the axis strip in the sticky controls: the same window as the timeline, visible while the lanes scroll by
  var strip = new vis.Timeline(document.getElementById("axis-strip"), new vis.DataSet(), {
    orientation: { axis: "top" }, showCurrentTime: false, zoomable: false, moveable: true, height: "42px",
    zoomMin: 2 * DAY, zoomMax: 20 * 365 * DAY, start: timeline.getWindow().start, end: timeline.getWindow().end,
    format: { minorLabels: { day: "D", weekday: "ddd D" } }
  });
  // the strip lines up with the timeline's drawing area (right of the lane labels)
  function alignStrip() {
    var center = container.querySelector(".vis-panel.vis-center"), box = document.getElementById("axis-strip");
    if (!center) { return; }
    var left = center.getBoundingClientRect().left - box.parentNode.getBoundingClientRect().left;
    box.style.marginLeft = Math.max(0, left - 18) + "px";
    var width = center.getBoundingClientRect().width + "px";
    if (box.style.width !== width) {
      box.style.flex = "0 0 " + width;
      box.style.width = width;
      strip.redraw();
    }
  }
  timeline.on("changed", alignStrip);
  var followers = [strip];
  timeline.on("rangechange", function (props) {
    followers.forEach(function (f) { f.setWindow(props.start, props.end, { animation: false }); });
  });
  strip.on("rangechange", function (props) {
    if (props.byUser) { timeline.setWindow(props.start, props.end, { animation: false }); }
  });


  // ---- agreement charts: Parley's ledger at each cut, looked up at the as-of bar, never derived here ---------------
  var charts = [];
  var chartSection = document.getElementById("charts");
  function numberWords(n) { return Number(n).toLocaleString("en-GB"); }
  function lastIndexAtOrBefore(days, day) {
    var lo = 0, hi = days.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (days[mid] <= day) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }
  data.charts.forEach(function (c, chartIndex) {
    var box = el("article", "agreement");
    box.setAttribute("data-agreement", c.id);
    var heading = el("h3", null, c.title);
    heading.title = c.fullTitle;
    box.appendChild(heading);
    var statusLine = el("p", "agreement-status");
    box.appendChild(statusLine);
    var bandItems = new vis.DataSet();
    var bandBox = el("div", "band");
    box.appendChild(bandBox);
    chartSection.appendChild(box);
    var range = timeline.getWindow();
    // the band has no axis of its own: the chart under it has one
    var band = new vis.Timeline(bandBox, bandItems, { showCurrentTime: false, zoomable: false,
      moveable: false, selectable: false, stack: true, start: range.start, end: range.end,
      showMajorLabels: false, showMinorLabels: false, orientation: { axis: "bottom", item: "top" },
      margin: { item: 2, axis: 0 } });
    followers.push(band);
    var units = [];
    c.series.forEach(function (line, i) { if (units.indexOf(line.unit) < 0) { units.push(line.unit); } line.index = i; });
    var graphs = units.map(function (unit) {
      var graphBox = el("div", "graph");
      var legend = el("ul", "graph-legend");
      box.appendChild(graphBox);
      box.appendChild(legend);
      var groups = new vis.DataSet(), points = new vis.DataSet();
      var lines = c.series.filter(function (line) { return line.unit === unit; });
      // a right axis only where some step of the unit had an undisclosed size
      var undisclosed = lines.some(function (line) {
        return ["occurred", "known"].some(function (a) {
          return c[a].values.some(function (v) { return v[line.index].undisclosed > 0; });
        });
      });
      lines.forEach(function (line, n) {
        var colour = " colour-" + (n % 6);
        groups.add({ id: "d" + line.index, content: "", className: "delivered" + colour });
        groups.add({ id: "x" + line.index, content: "", className: "disputed" + colour });
        groups.add({ id: "p" + line.index, content: "", className: "promised" + colour });
        if (undisclosed) {
          groups.add({ id: "u" + line.index, content: "", className: "undisclosed" + colour,
            options: { style: "bar", yAxisOrientation: "right", drawPoints: false } });
        }
      });
      var graph = new vis.Graph2d(graphBox, points, groups, { height: "190px", start: range.start, end: range.end,
        style: "line", interpolation: false, drawPoints: { size: 5, style: "circle" }, showCurrentTime: false,
        zoomable: false, moveable: false, legend: { enabled: false }, barChart: { width: 8, align: "center" },
        dataAxis: { left: { title: { text: lines[0].unitMarkup }, format: numberWords },
          right: { title: { text: "undisclosed steps" }, format: numberWords } } });
      graph.addCustomTime(lastDevelopment, "asof");
      followers.push(graph);
      // the status band above spans the same drawing area as the first chart, between its value axes
      if (units.indexOf(unit) === 0) {
        graph.on("changed", function () {
          var plot = graphBox.querySelector(".vis-panel.vis-center"), outer = graphBox.getBoundingClientRect();
          if (!plot) { return; }
          var inner = plot.getBoundingClientRect();
          var left = Math.round(inner.left - outer.left) + "px", right = Math.round(outer.right - inner.right) + "px";
          if (bandBox.style.marginLeft !== left || bandBox.style.marginRight !== right) {
            bandBox.style.marginLeft = left;
            bandBox.style.marginRight = right;
            band.redraw();
          }
        });
      }
      return { unit: unit, graph: graph, points: points, lines: lines, legend: legend, box: graphBox };
    });
    var chart = { data: c, band: band, bandItems: bandItems, graphs: graphs, statusLine: statusLine, box: box,
      shownAt: null };
    band.addCustomTime(lastDevelopment, "asof");
    charts.push(chart);
  });

  function drawChart(chart) {
    var c = chart.data, cuts = c[axis], day = isoDay(asOfDay);
    var k = lastIndexAtOrBefore(cuts.days, day);
    chart.band.setCustomTime(asOfDay, "asof");
    chart.graphs.forEach(function (g) { g.graph.setCustomTime(asOfDay, "asof"); });
    var key = axis + ":" + k;
    if (chart.shownAt === key) { return; }
    chart.shownAt = key;
    var cutTime = parseDay(day).getTime() + DAY;
    // the status band: one range per status up to the cut; extensions, expiry and deadline marked
    var bandItems = [], lastRange = null;
    for (var j = 0; j <= k; j++) {
      if (!cuts.status[j]) { continue; }
      var end = j < k ? parseDay(cuts.days[j + 1]).getTime() : cutTime;
      var word = data.agreementStatusWords[cuts.status[j]] || cuts.status[j];
      if (lastRange && lastRange.status === cuts.status[j]) {
        lastRange.end = new Date(end);
      } else {
        lastRange = { id: "s" + j, status: cuts.status[j], content: el("span", null, word),
          start: parseDay(cuts.days[j]), end: new Date(end), className: "band-" + cuts.status[j], title: word };
        bandItems.push(lastRange);
      }
      if (j > 0 && cuts.extensions[j] > cuts.extensions[j - 1]) {
        bandItems.push({ id: "e" + j, content: el("span", null, "extended"), start: parseDay(cuts.days[j]),
          type: "point", className: "band-extended" });
      }
    }
    if (k >= 0 && cuts.expires[k]) {
      bandItems.push({ id: "expires", content: el("span", null, "expires " + words(cuts.expires[k])),
        start: parseDay(cuts.expires[k]), type: "point", className: "band-deadline" });
    }
    if (k >= 0 && cuts.deadline[k]) {
      bandItems.push({ id: "deadline", content: el("span", null, "deadline " + words(cuts.deadline[k])),
        start: parseDay(cuts.deadline[k]), type: "point", className: "band-deadline" });
    }
    chart.bandItems.clear();
    chart.bandItems.add(bandItems);
    chart.box.setAttribute("data-status", k >= 0 && cuts.status[k] ? cuts.status[k] : "");
    chart.statusLine.textContent = k >= 0 && cuts.status[k]
      ? (data.agreementStatusWords[cuts.status[k]] || cuts.status[k]) + " on " + words(day)
        + (cuts.expires[k] ? "; expires " + words(cuts.expires[k]) : "")
        + (cuts.deadline[k] ? "; deadline " + words(cuts.deadline[k]) : "")
      : "not yet reached on " + words(day);
    // the lines: steps of the ledger's totals up to the cut, then level to the cut itself
    chart.graphs.forEach(function (g) {
      var points = [];
      g.legend.textContent = "";
      g.lines.forEach(function (line) {
        var i = line.index, previous = null;
        for (var j = 0; j <= k; j++) {
          if (!cuts.status[j]) { continue; }
          var v = cuts.values[j][i], at = parseDay(cuts.days[j]);
          ["delivered", "disputed", "undisclosed"].forEach(function (field) {
            var group = { delivered: "d", disputed: "x", undisclosed: "u" }[field] + i;
            if (field === "undisclosed") {
              if (!previous || v.undisclosed !== previous.undisclosed) { points.push({ x: at, y: v.undisclosed, group: group }); }
              return;
            }
            // a step: the old level up to (a moment before) the day, the new one from it
            if (previous && previous[field] !== v[field]) {
              points.push({ x: new Date(at.getTime() - 1), y: previous[field], group: group });
            }
            if (!previous || previous[field] !== v[field]) { points.push({ x: at, y: v[field], group: group }); }
          });
          if (v.promised !== undefined) { points.push({ x: at, y: v.promised, group: "p" + i }); }
          previous = v;
        }
        var now = k >= 0 ? cuts.values[k][i] : null;
        if (previous) {
          points.push({ x: new Date(cutTime - DAY / 2), y: previous.delivered, group: "d" + i });
          points.push({ x: new Date(cutTime - DAY / 2), y: previous.disputed, group: "x" + i });
          if (previous.promised !== undefined) { points.push({ x: new Date(cutTime - DAY / 2), y: previous.promised, group: "p" + i }); }
        }
        var item = el("li", "colour-" + (g.lines.indexOf(line) % 6));
        item.setAttribute("data-party", line.party);
        item.setAttribute("data-unit", line.unit);
        item.setAttribute("data-delivered", String(now && cuts.status[k] ? now.delivered : 0));
        item.setAttribute("data-disputed", String(now && cuts.status[k] ? now.disputed : 0));
        item.setAttribute("data-undisclosed", String(now && cuts.status[k] ? now.undisclosed : 0));
        if (now && now.promised !== undefined) { item.setAttribute("data-promised", String(now.promised)); }
        item.appendChild(el("span", "swatch"));
        item.appendChild(document.createTextNode(line.party + (line.unit ? ", " + line.unit : "") + ": "
          + (now && cuts.status[k] ? (now.approximate ? "about " : "") + numberWords(now.delivered) + " delivered"
            + (now.promised !== undefined ? " of " + numberWords(now.promised) + " promised" : "")
            + (now.disputed ? "; " + numberWords(now.disputed) + " disputed" : "")
            + (now.undisclosed ? "; " + now.undisclosed + " step" + (now.undisclosed === 1 ? "" : "s")
              + " of undisclosed size" : "")
            : "nothing yet")));
        g.legend.appendChild(item);
      });
      g.points.clear();
      g.points.add(points);
    });
  }
  function drawCharts() { charts.forEach(drawChart); }

  // ---- the as-of bar: statuses Parley computed per cut, looked up, never derived here -----------------------
  var axis = "occurred";
  var asOfDay = lastDevelopment;
  timeline.addCustomTime(lastDevelopment, "asof");
  strip.addCustomTime(lastDevelopment, "asof");
  var stripBar = document.querySelector("#axis-strip .vis-custom-time");
  if (stripBar) { stripBar.classList.add("asof"); }
  timeline.setCustomTimeTitle("As of: drag to replay", "asof");
  var bar = container.querySelector(".vis-custom-time");
  if (bar) { bar.classList.add("asof"); }

  function cutIndex(cuts, day) {
    var lo = 0, hi = cuts.days.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (cuts.days[mid] <= day) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }
  function statusesAt(day) {
    var cuts = data.asOf[axis], shown = {};
    if (cuts.days.length === 0) { return shown; }
    var k = cutIndex(cuts, day);
    for (var j = 0; j <= k; j++) {
      var changes = cuts.changes[j];
      for (var id in changes) { if (Object.prototype.hasOwnProperty.call(changes, id)) { shown[id] = changes[id]; } }
    }
    return shown;
  }
  var current = {};
  function applyAsOf(date) {
    asOfDay = new Date(date.getFullYear(), date.getMonth(), date.getDate());
    var day = isoDay(asOfDay);
    var shown = statusesAt(day);
    var updates = [], counts = { IN: 0, UNCERTAIN: 0 };
    data.items.forEach(function (d) {
      var status = shown[d.id] || "OUT";
      if (status === "UNCERTAIN") { counts.UNCERTAIN++; } else if (status !== "OUT" && status !== "RETRACTED") { counts.IN++; }
      if (current[d.id] === status) { return; }
      current[d.id] = status;
      var chip = chips[d.id];
      chip.setAttribute("data-status", status);
      chip.firstChild.className = "mark mark-" + status;
      // a position says its status in words; other items show only the shape, faded while out of the cut
      chip.childNodes[1].textContent = byId[d.id].status || status === "UNCERTAIN" || status === "RETRACTED"
        ? data.statusWords[status] || status : "";
      chip.setAttribute("aria-label", d.headline + " — " + (data.statusWords[status] || status));
      updates.push({ id: d.id, className: "dev st-" + status });
    });
    if (updates.length) { items.update(updates); }
    document.getElementById("asof-day").textContent = words(day);
    document.getElementById("asof-summary").textContent = (axis === "occurred" ? "what had happened by then: "
      : "what had been reported by then: ") + counts.IN + " in the state, " + counts.UNCERTAIN + " uncertain";
    document.body.setAttribute("data-asof", day);
    document.body.setAttribute("data-axis", axis);
    drawCharts();
    if (selected) { show(selected); }
  }
  timeline.on("timechange", function (props) { if (props.id === "asof") { applyAsOf(props.time); } });
  timeline.on("timechanged", function (props) {
    if (props.id === "asof") { moveBar(props.time); }
  });
  strip.on("timechange", function (props) { if (props.id === "asof") { applyAsOf(props.time); } });
  strip.on("timechanged", function (props) { if (props.id === "asof") { moveBar(props.time); } });
  function moveBar(date) {
    var day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
    timeline.setCustomTime(day, "asof");
    strip.setCustomTime(day, "asof");
    applyAsOf(day);
  }
  function stepCut(direction) {
    var days = data.asOf[axis].days, day = isoDay(asOfDay), target = null;
    for (var i = 0; i < days.length; i++) {
      if (direction > 0 && days[i] > day) { target = days[i]; break; }
      if (direction < 0 && days[i] < day) { target = days[i]; }
    }
    if (target) { moveBar(parseDay(target)); }
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[name=axis]"), function (radio) {
    radio.addEventListener("change", function () { if (radio.checked) { axis = radio.value; applyAsOf(asOfDay); } });
  });
  document.getElementById("asof-previous").addEventListener("click", function () { stepCut(-1); });
  document.getElementById("asof-next").addEventListener("click", function () { stepCut(1); });
  document.getElementById("asof-today").addEventListener("click", function () { moveBar(today); reveal(today); });
  document.getElementById("asof-last").addEventListener("click", function () { moveBar(lastDevelopment); reveal(lastDevelopment); });
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(0.5); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(2); });
  document.getElementById("zoom-fit").addEventListener("click", function () { fitAll(false); });

  // ---- details, permalinks, keyboard -----------------------------------------------------------------------
  var selected = null;
  var details = document.getElementById("details");
  function show(id) {
    var d = byId[id];
    if (!d) { return; }
    selected = id;
    details.textContent = "";
    details.appendChild(el("h2", null, d.headline));
    var dl = el("dl");
    function row(label, node) { dl.appendChild(el("dt", null, label)); var dd = el("dd"); dd.appendChild(node); dl.appendChild(dd); }
    row("Type", document.createTextNode(typeLabels[d.type] + " · lane " + laneLabels[d.lane]));
    var status = current[d.id] || "OUT";
    row("At the as-of cut", el("span", "cut", (axis === "occurred" ? "occurred by " : "known at ") + words(isoDay(asOfDay))
      + ": " + (data.statusWords[status] || status)));
    d.facts.forEach(function (fact) {
      var node;
      if (fact.kind === "quote") {
        node = el("blockquote", null, fact.text);
      } else if (fact.kind === "link" && /^https?:\/\//i.test(fact.target)) {
        node = el("a", null, fact.text);
        node.href = fact.target;
        node.target = "_blank";
        node.rel = "noopener noreferrer";
      } else if (fact.kind === "ref" && byId[fact.target]) {
        node = el("a", null, fact.text);
        node.href = "#" + encodeURIComponent(fact.target);
      } else {
        node = document.createTextNode(fact.text);
      }
      row(fact.label, node);
    });
    row("Permalink", (function () { var a = el("a", null, "#" + d.id); a.href = "#" + encodeURIComponent(d.id); return a; })());
    details.appendChild(dl);
    document.body.setAttribute("data-selected", id);
  }
  function select(id, focusItem) {
    if (!byId[id]) { return; }
    timeline.setSelection([id]);
    show(id);
    if (location.hash !== "#" + encodeURIComponent(id)) { history.replaceState(null, "", "#" + encodeURIComponent(id)); }
    if (focusItem) {
      // bring it into view at the current zoom (vis's focus() would zoom onto the item)
      var range = timeline.getWindow(), at = parseDay(byId[id].start);
      if (at < range.start || at > range.end) { timeline.moveTo(at, { animation: false }); }
    }
  }
  timeline.on("select", function (props) { if (props.items.length && byId[props.items[0]]) { select(props.items[0], false); } });
  function fromHash() {
    var id = decodeURIComponent(location.hash.replace(/^#/, ""));
    if (id && byId[id] && id !== selected) { select(id, true); }
  }
  window.addEventListener("hashchange", fromHash);
  container.addEventListener("keydown", function (event) {
    var order = shownItems();
    var at = order.map(function (d) { return d.id; }).indexOf(selected);
    var key = event.key;
    if (key === "ArrowRight" || key === "ArrowDown") { select((order[Math.min(order.length - 1, at + 1)] || {}).id, true); }
    else if (key === "ArrowLeft" || key === "ArrowUp") { select((order[Math.max(0, at - 1)] || {}).id, true); }
    else if (key === "Home") { select((order[0] || {}).id, true); }
    else if (key === "End") { select((order[order.length - 1] || {}).id, true); }
    else if (key === "+" || key === "=") { zoom(0.5); }
    else if (key === "-") { zoom(2); }
    else if (key === "0") { fitAll(false); }
    else if (key === ",") { stepCut(-1); }
    else if (key === ".") { stepCut(1); }
    else if (key === "Enter" && selected) { details.focus(); }
    else { return; }
    event.preventDefault();
  });

  // ---- legend, list, print ---------------------------------------------------------------------------------
  var legend = document.getElementById("legend");
  Object.keys(data.statusWords).forEach(function (status) {
    var entry = el("span");
    entry.appendChild(el("span", "mark mark-" + status));
    entry.appendChild(document.createTextNode(data.statusWords[status]));
    legend.appendChild(entry);
  });
  var list = document.getElementById("list");
  data.items.forEach(function (d) {
    var li = el("li");
    var a = el("a", null, d.headline);
    a.href = "#" + encodeURIComponent(d.id);
    li.appendChild(el("span", "when", d.date + " — "));
    li.appendChild(a);
    if (d.status) { li.appendChild(document.createTextNode(" (" + data.statusWords[d.status] + ")")); }
    list.appendChild(li);
  });
  var listSection = document.getElementById("list-section"), wasOpen = false;
  window.addEventListener("beforeprint", function () { wasOpen = listSection.open; listSection.open = true; fitAll(false); });
  window.addEventListener("afterprint", function () { listSection.open = wasOpen; });

  applyAsOf(lastDevelopment);
  refresh();
  fromHash();
  // for scripting the page (and its browser test): the vis.js Timeline instance
  window.parley = { timeline: timeline, strip: strip, charts: charts, moveBar: function (iso) { moveBar(parseDay(iso)); } };
  document.body.setAttribute("data-items", String(data.items.length));
  ready = true;
  if (drawn) { document.body.setAttribute("data-ready", "true"); }
})();
