#pragma once

#include <QString>

namespace youfu::core {

// What the audit log shows to a reader who may not see personal particulars (the auditor
// has no Permission::RevealSensitive). The log keeps the full before/after; this masks the
// copy that is shown or exported:
//   citizen_id   → 430581********123X (first six, last four)
//   birth_date   → the year only ("1949"), so the stars of the ID cannot be filled back in
//   address      → its first few characters, the rest starred
//   phone, bank_account → masked as the registry masks them (they are normally stored masked)
// and any 18-character citizen ID that turns up in another text is masked too.
// Pure: no database. Text that is not JSON is treated as one free text.
class AuditMask
{
public:
    static QString maskJson(const QString& json);
    static QString maskAddress(const QString& address);
    static QString maskIdsInText(const QString& text);
};

} // namespace youfu::core
