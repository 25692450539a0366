#pragma once

#include "archive/archiveentry.h"
#include "archive/archiveloan.h"
#include "archive/completeness.h"
#include "common/result.h"
#include "security/actor.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace youfu::core {

// The rules of the archive, without a database: the stores call them before they write.
namespace ArchiveRules {

// The archive number from the format setting: "{000000}" is the sequence, zero-padded to the
// number of zeros; "{yyyy}" the year. WG-YF-{000000} + 123 → WG-YF-000123.
QString formatNumber(const QString& format, qint64 sequence, const QDate& date);
Status validateNumberFormat(const QString& format);

// 审核: only a pending entry, never by whoever filed or last changed it.
Status canVerify(const Actor& actor, const EntryTrail& trail);
Status canReturn(const Actor& actor, const EntryTrail& trail, const QString& reason);
// A verified entry is locked; a pending or returned one may be changed.
Status canEdit(const EntryTrail& trail);

Status validateDocument(const DocumentDraft& draft, const QDate& today);
// A correction replaces a verified, current entry and says why.
Status canCorrect(const ArchiveDocument& original, const QString& reason);

Status validateLoan(const LoanDraft& draft, const QDate& today);
bool isOverdue(const ArchiveLoan& loan, const QDate& today);

// A person's required kinds against their documents. `required` is (kind code, kind name,
// categories that require it); the result keeps its order.
struct Requirement
{
    QString kindCode;
    QString kindName;
    QString requiredBy;
};
QList<RequiredItem> completeness(const QList<Requirement>& required,
                                 const QList<ArchiveDocument>& documents);

} // namespace ArchiveRules

} // namespace youfu::core
