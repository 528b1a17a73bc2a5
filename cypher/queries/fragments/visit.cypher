// What counts as contact with a person (graph-model.md, "Contact"): a visit whose outcome is MET or PHONE —
// someone spoke with the person. A letter left, a door not answered, a refusal at the intercom or news
// heard through the family are attempts. {{visit.contact(v)}} tests the visit bound to v.

// fragment: contact(visit)
visit.outcome IN ['MET', 'PHONE']
