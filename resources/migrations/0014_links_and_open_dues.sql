-- Links of issue 12 and 13: visits and letters-and-visits cases taken on a reception day (接访日) link to it; the reception
-- roster counts them per day.
CREATE INDEX visits_reception_day ON visits (reception_day_id);
CREATE INDEX petition_cases_reception_day ON petition_cases (reception_day_id);

-- A person's dues by state and date: the letters-and-visits stability view asks, per current
-- key person, whether an open due is past (one seek each); refreshing a person's plans still
-- finds their rows by the first column.
DROP INDEX visit_schedule_person;
CREATE INDEX visit_schedule_person ON visit_schedule (person_id, state, due, plan_id);
