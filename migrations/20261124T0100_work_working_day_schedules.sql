-- Task schedules on "the Nth working day of the month" (company working days, holidays skipped), alongside
-- RRULE schedules: a schedule has exactly one of the two.
ALTER TABLE work_schedules ALTER COLUMN rrule DROP NOT NULL;
ALTER TABLE work_schedules ADD COLUMN working_day_of_month smallint CHECK (working_day_of_month BETWEEN 1 AND 23);
ALTER TABLE work_schedules ADD CONSTRAINT work_schedules_one_kind
  CHECK ((rrule IS NULL) <> (working_day_of_month IS NULL));
