// endTie: the tie ended on $date, for $reason; it no longer counts against isolation.
MATCH (t:Tie {id: $tieId})
SET t.endedOn = $date, t.endReason = $reason, t.endedBy = $staffId
