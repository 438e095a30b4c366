-- Rapport journal, schema 10: the domain's simple rules held by the journal itself (issue 19), so no
-- door — a form, an import, a tool writing SQL — can store a request answered before it was received,
-- a survey answer off its scale, a promise kept before it was made or a date not written YYYY-MM-DD.
-- Triggers, not CHECK constraints: SQLite cannot add a CHECK to an existing table, and a trigger only
-- judges rows as they are written, so a journal that already holds such rows keeps them (rapport check
-- names them). Each refusal carries the message key the app shows, after 'rapport-rule: '.

CREATE TRIGGER rule_client_insert BEFORE INSERT ON client BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.name') WHERE length(new.name) > 200 OR length(trim(new.name)) = 0;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.shortText') WHERE length(new.industry) > 320;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.rhythm') WHERE new.rhythm_ideal_days < 1 OR new.rhythm_ideal_days > 3650 OR new.rhythm_max_days < new.rhythm_ideal_days OR new.rhythm_max_days > 3650;
END;
CREATE TRIGGER rule_client_update BEFORE UPDATE ON client BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.name') WHERE length(new.name) > 200 OR length(trim(new.name)) = 0;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.shortText') WHERE length(new.industry) > 320;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.rhythm') WHERE new.rhythm_ideal_days < 1 OR new.rhythm_ideal_days > 3650 OR new.rhythm_max_days < new.rhythm_ideal_days OR new.rhythm_max_days > 3650;
END;

CREATE TRIGGER rule_contact_insert BEFORE INSERT ON contact BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.name') WHERE length(new.name) > 200 OR length(trim(new.name)) = 0;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.phone') WHERE new.phone <> '' AND (length(new.phone) < 3 OR length(new.phone) > 40 OR new.phone GLOB '*[^-+0-9 ()./]*' OR new.phone GLOB '[^+0-9(]*' OR substr(new.phone, 2) GLOB '*+*');
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.email') WHERE new.email <> '' AND (new.email NOT LIKE '%_@_%._%' OR new.email GLOB '*[ ,;<>"()]*' OR length(new.email) > 320);
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.shortText') WHERE length(new.role) > 320;
END;
CREATE TRIGGER rule_contact_update BEFORE UPDATE ON contact BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.name') WHERE length(new.name) > 200 OR length(trim(new.name)) = 0;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.phone') WHERE new.phone <> '' AND (length(new.phone) < 3 OR length(new.phone) > 40 OR new.phone GLOB '*[^-+0-9 ()./]*' OR new.phone GLOB '[^+0-9(]*' OR substr(new.phone, 2) GLOB '*+*');
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.email') WHERE new.email <> '' AND (new.email NOT LIKE '%_@_%._%' OR new.email GLOB '*[ ,;<>"()]*' OR length(new.email) > 320);
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.shortText') WHERE length(new.role) > 320;
END;

CREATE TRIGGER rule_interaction_insert BEFORE INSERT ON interaction BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE datetime(new.occurred_at) IS NULL;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.name') WHERE length(new.title) > 200 OR length(trim(new.title)) = 0;
END;
CREATE TRIGGER rule_interaction_update BEFORE UPDATE ON interaction BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE datetime(new.occurred_at) IS NULL;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.name') WHERE length(new.title) > 200 OR length(trim(new.title)) = 0;
END;

CREATE TRIGGER rule_promise_insert BEFORE INSERT ON promise BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE date(new.made_on) IS NOT new.made_on OR date(new.due) IS NOT new.due OR (new.understood_on IS NOT NULL AND date(new.understood_on) IS NOT new.understood_on) OR (new.decided_on IS NOT NULL AND date(new.decided_on) IS NOT new.decided_on) OR (new.reported_on IS NOT NULL AND date(new.reported_on) IS NOT new.reported_on);
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.promiseDates') WHERE new.due < new.made_on OR new.understood_on < new.made_on OR new.decided_on < new.made_on OR new.reported_on < new.decided_on;
END;
CREATE TRIGGER rule_promise_update BEFORE UPDATE ON promise BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE date(new.made_on) IS NOT new.made_on OR date(new.due) IS NOT new.due OR (new.understood_on IS NOT NULL AND date(new.understood_on) IS NOT new.understood_on) OR (new.decided_on IS NOT NULL AND date(new.decided_on) IS NOT new.decided_on) OR (new.reported_on IS NOT NULL AND date(new.reported_on) IS NOT new.reported_on);
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.promiseDates') WHERE new.due < new.made_on OR new.understood_on < new.made_on OR new.decided_on < new.made_on OR new.reported_on < new.decided_on;
END;

CREATE TRIGGER rule_problem_insert BEFORE INSERT ON problem BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE date(new.raised_on) IS NOT new.raised_on OR (new.target IS NOT NULL AND date(new.target) IS NOT new.target) OR (new.resolved_on IS NOT NULL AND date(new.resolved_on) IS NOT new.resolved_on) OR (new.reported_on IS NOT NULL AND date(new.reported_on) IS NOT new.reported_on);
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.problemDates') WHERE new.target < new.raised_on OR new.resolved_on < new.raised_on OR new.reported_on < new.resolved_on;
END;
CREATE TRIGGER rule_problem_update BEFORE UPDATE ON problem BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE date(new.raised_on) IS NOT new.raised_on OR (new.target IS NOT NULL AND date(new.target) IS NOT new.target) OR (new.resolved_on IS NOT NULL AND date(new.resolved_on) IS NOT new.resolved_on) OR (new.reported_on IS NOT NULL AND date(new.reported_on) IS NOT new.reported_on);
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.problemDates') WHERE new.target < new.raised_on OR new.resolved_on < new.raised_on OR new.reported_on < new.resolved_on;
END;

CREATE TRIGGER rule_request_insert BEFORE INSERT ON request BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE julianday(new.received_at) IS NULL OR (new.acknowledged_at IS NOT NULL AND julianday(new.acknowledged_at) IS NULL) OR (new.answered_at IS NOT NULL AND julianday(new.answered_at) IS NULL);
    SELECT RAISE(ABORT, 'rapport-rule: validation.request.ackBeforeReceived') WHERE julianday(new.acknowledged_at) < julianday(new.received_at);
    SELECT RAISE(ABORT, 'rapport-rule: validation.request.answerBeforeReceived') WHERE julianday(new.answered_at) < julianday(new.received_at);
END;
CREATE TRIGGER rule_request_update BEFORE UPDATE ON request BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE julianday(new.received_at) IS NULL OR (new.acknowledged_at IS NOT NULL AND julianday(new.acknowledged_at) IS NULL) OR (new.answered_at IS NOT NULL AND julianday(new.answered_at) IS NULL);
    SELECT RAISE(ABORT, 'rapport-rule: validation.request.ackBeforeReceived') WHERE julianday(new.acknowledged_at) < julianday(new.received_at);
    SELECT RAISE(ABORT, 'rapport-rule: validation.request.answerBeforeReceived') WHERE julianday(new.answered_at) < julianday(new.received_at);
END;

CREATE TRIGGER rule_response_target_insert BEFORE INSERT ON response_target BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.targets.acknowledge') WHERE new.acknowledge_hours < 1 OR new.acknowledge_hours > 720;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.answerTarget') WHERE new.answer_hours < new.acknowledge_hours OR new.answer_hours > 2160;
END;
CREATE TRIGGER rule_response_target_update BEFORE UPDATE ON response_target BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.targets.acknowledge') WHERE new.acknowledge_hours < 1 OR new.acknowledge_hours > 720;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.answerTarget') WHERE new.answer_hours < new.acknowledge_hours OR new.answer_hours > 2160;
END;

CREATE TRIGGER rule_survey_question_insert BEFORE INSERT ON survey_question BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE date(new.starts_on) IS NOT new.starts_on OR date(new.ends_on) IS NOT new.ends_on;
    SELECT RAISE(ABORT, 'rapport-rule: validation.question.endBeforeStart') WHERE new.ends_on < new.starts_on;
END;
CREATE TRIGGER rule_survey_question_update BEFORE UPDATE ON survey_question BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE date(new.starts_on) IS NOT new.starts_on OR date(new.ends_on) IS NOT new.ends_on;
    SELECT RAISE(ABORT, 'rapport-rule: validation.question.endBeforeStart') WHERE new.ends_on < new.starts_on;
END;

CREATE TRIGGER rule_survey_answer_insert BEFORE INSERT ON survey_answer BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE date(new.answered_on) IS NOT new.answered_on;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.outsideScale') WHERE new.value < CASE new.scale WHEN 'SATISFACTION_1_5' THEN 1 ELSE 0 END OR new.value > CASE new.scale WHEN 'RECOMMEND_0_10' THEN 10 WHEN 'SATISFACTION_1_5' THEN 5 ELSE 1 END;
END;
CREATE TRIGGER rule_survey_answer_update BEFORE UPDATE ON survey_answer BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE date(new.answered_on) IS NOT new.answered_on;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.outsideScale') WHERE new.value < CASE new.scale WHEN 'SATISFACTION_1_5' THEN 1 ELSE 0 END OR new.value > CASE new.scale WHEN 'RECOMMEND_0_10' THEN 10 WHEN 'SATISFACTION_1_5' THEN 5 ELSE 1 END;
END;

CREATE TRIGGER rule_contact_role_insert BEFORE INSERT ON contact_role BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE (new.from_day IS NOT NULL AND date(new.from_day) IS NOT new.from_day) OR (new.to_day IS NOT NULL AND date(new.to_day) IS NOT new.to_day);
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.roleDates') WHERE new.to_day < new.from_day;
END;
CREATE TRIGGER rule_contact_role_update BEFORE UPDATE ON contact_role BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE (new.from_day IS NOT NULL AND date(new.from_day) IS NOT new.from_day) OR (new.to_day IS NOT NULL AND date(new.to_day) IS NOT new.to_day);
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.roleDates') WHERE new.to_day < new.from_day;
END;

CREATE TRIGGER rule_dated_event_insert BEFORE INSERT ON dated_event BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE date(new.on_day) IS NOT new.on_day;
END;
CREATE TRIGGER rule_dated_event_update BEFORE UPDATE ON dated_event BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE date(new.on_day) IS NOT new.on_day;
END;
