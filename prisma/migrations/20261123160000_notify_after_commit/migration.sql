-- The event store notifies listeners after its appends commit (AppendNotifier), instead of this
-- trigger: a NOTIFY inside the appending transaction serialises every append's commit server-wide.
DROP TRIGGER "events_appended" ON "events";
DROP FUNCTION "events_notify_appended"();
