-- Visits and letters-and-visits cases taken on a reception day (接访日) link to it; the reception
-- roster counts them per day.
CREATE INDEX visits_reception_day ON visits (reception_day_id);
CREATE INDEX petition_cases_reception_day ON petition_cases (reception_day_id);
