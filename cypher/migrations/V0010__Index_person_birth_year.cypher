// Find before you register (名寄せ): recordConsultation(newHousehold) looks for persons born in the same
// year as each new member before it creates any, so persons are indexed by birth year.
CREATE INDEX person_birth_year IF NOT EXISTS FOR (n:Person) ON (n.birthYear);
