// A case carries the fields of its consultations (Case.fields), which consents and withheld counts use;
// cases recorded before this migration carried one field, the holding agency's.
MATCH (c:Case) WHERE c.fields IS NULL
SET c.fields = [coalesce(c.field, 'OTHER')];
