// Reads an iCalendar file on stdin with ical.js (the library of Thunderbird and Nextcloud) and prints
// every event's UID with its start and end as Unix seconds, the way those programs place them.
const ICAL = require(process.env.ICALJS_MODULE || "ical.js/dist/ical.es5.cjs");

let text = "";
process.stdin.on("data", (chunk) => (text += chunk));
process.stdin.on("end", () => {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(vtz);
  }
  const out = {};
  for (const vevent of root.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(vevent);
    out[event.uid] = [event.startDate.toUnixTime(), event.endDate.toUnixTime()];
  }
  process.stdout.write(JSON.stringify(out));
});
