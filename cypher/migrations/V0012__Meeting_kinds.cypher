// A meeting may be held as more than one kind (a 支援会議 that is also a 重層的支援会議: Meeting.kinds), and
// whether it shares without consent is decided when it is recorded (Meeting.confidential: a statutory
// meeting whose members are bound to secrecy, convened by its law's body). Meetings recorded before
// this migration: kinds is their one kind; only a 支援会議 (whose convener was checked) is confidential.
MATCH (m:Meeting) WHERE m.kinds IS NULL OR m.confidential IS NULL
SET m.kinds = coalesce(m.kinds, [m.kind]),
    m.confidential = coalesce(m.confidential, m.kind = 'SUPPORT_MEETING');
