// An isolation candidate keeps the day its household was last visited, `lastVisitedOn`
// (fragments/isolation.cypher, kept on write with the label). The dashboard's isolated residents are the
// kept candidate counts less the candidates visited since a date: this index finds those by a range seek,
// instead of walking every visit since the date to its household's candidates (V0017's visit_date).
CREATE RANGE INDEX isolation_candidate_last_visit IF NOT EXISTS FOR (n:IsolationCandidate) ON (n.lastVisitedOn);
