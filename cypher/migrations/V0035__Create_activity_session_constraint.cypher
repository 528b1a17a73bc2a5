// Sessions held of an activity (recordActivitySession) have unique ids.
CREATE CONSTRAINT activity_session_id IF NOT EXISTS FOR (s:ActivitySession) REQUIRE s.id IS UNIQUE;
