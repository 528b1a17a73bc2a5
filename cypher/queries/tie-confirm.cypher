// confirmTie: the tie still holds on $date (the latest confirmation is kept).
MATCH (t:Tie {id: $tieId})
SET t.lastConfirmedOn = CASE WHEN t.lastConfirmedOn IS NULL OR t.lastConfirmedOn < $date THEN $date
                             ELSE t.lastConfirmedOn END,
    t.confirmedBy = $staffId
