#include "archive/archiverules.h"

#include "archive/archivefile.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ArchiveRules)
};

const QRegularExpression& sequencePattern()
{
    static const QRegularExpression re(QStringLiteral("\\{(0+)\\}"));
    return re;
}
} // namespace

QString entryStatusKey(EntryStatus s)
{
    switch (s) {
    case EntryStatus::Pending: return QStringLiteral("pending");
    case EntryStatus::Verified: return QStringLiteral("verified");
    case EntryStatus::Returned: return QStringLiteral("returned");
    }
    return QString();
}

EntryStatus entryStatusFromKey(const QString& key)
{
    if (key == QLatin1String("verified"))
        return EntryStatus::Verified;
    if (key == QLatin1String("returned"))
        return EntryStatus::Returned;
    return EntryStatus::Pending;
}

QString entryStatusTitle(EntryStatus s)
{
    switch (s) {
    case EntryStatus::Pending: return Tr::tr("waiting for verification");
    case EntryStatus::Verified: return Tr::tr("verified");
    case EntryStatus::Returned: return Tr::tr("returned");
    }
    return QString();
}

QString archiveStateKey(ArchiveState s)
{
    switch (s) {
    case ArchiveState::InCustody: return QStringLiteral("in_custody");
    case ArchiveState::Closed: return QStringLiteral("closed");
    case ArchiveState::Transferred: return QStringLiteral("transferred");
    }
    return QString();
}

ArchiveState archiveStateFromKey(const QString& key)
{
    if (key == QLatin1String("closed"))
        return ArchiveState::Closed;
    if (key == QLatin1String("transferred"))
        return ArchiveState::Transferred;
    return ArchiveState::InCustody;
}

QString archiveStateTitle(ArchiveState s)
{
    switch (s) {
    case ArchiveState::InCustody: return Tr::tr("in custody");
    case ArchiveState::Closed: return Tr::tr("closed");
    case ArchiveState::Transferred: return Tr::tr("transferred");
    }
    return QString();
}

QString presenceTitle(Presence p)
{
    switch (p) {
    case Presence::Present: return Tr::tr("present");
    case Presence::Pending: return Tr::tr("pending");
    case Presence::Missing: return Tr::tr("missing");
    }
    return QString();
}

namespace ArchiveRules {

QString formatNumber(const QString& format, qint64 sequence, const QDate& date)
{
    QString out = format;
    out.replace(QStringLiteral("{yyyy}"), QString::number(date.year()));
    const QRegularExpressionMatch m = sequencePattern().match(out);
    if (!m.hasMatch())
        return QString();
    const QString digits = QStringLiteral("%1").arg(sequence, int(m.capturedLength(1)), 10, QLatin1Char('0'));
    out.replace(m.capturedStart(0), m.capturedLength(0), digits);
    return out;
}

Status validateNumberFormat(const QString& format)
{
    const auto all = sequencePattern().globalMatch(format);
    int count = 0;
    for (auto it = all; it.hasNext(); it.next())
        ++count;
    if (count != 1)
        return Status::failure(Tr::tr("The archive number format must contain the sequence exactly "
                                      "once, written as zeros in braces, e.g. WG-YF-{000000}."));
    if (format.trimmed() != format || format.size() > 40)
        return Status::failure(Tr::tr("The archive number format is too long or has spaces at its ends."));
    return Status::success();
}

Status canVerify(const Actor& actor, const EntryTrail& trail)
{
    if (Status s = require(actor, Permission::VerifyArchive); !s)
        return s;
    if (trail.status == EntryStatus::Verified)
        return Status::failure(Tr::tr("This entry is verified already."));
    if (trail.status == EntryStatus::Returned)
        return Status::failure(Tr::tr("This entry was returned; it can be verified once it is resubmitted."));
    if (actor.userId == trail.filedBy)
        return Status::failure(Tr::tr("You filed this entry yourself. A second person must verify it."));
    if (actor.userId == trail.changedBy)
        return Status::failure(Tr::tr("You changed this entry last. A second person must verify it."));
    return Status::success();
}

Status canReturn(const Actor& actor, const EntryTrail& trail, const QString& reason)
{
    if (Status s = canVerify(actor, trail); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Status::failure(Tr::tr("Say why the entry is returned."));
    return Status::success();
}

Status canEdit(const EntryTrail& trail)
{
    if (trail.status == EntryStatus::Verified)
        return Status::failure(Tr::tr("This entry is verified and locked. File a correction instead."));
    return Status::success();
}

Status validateDocument(const DocumentDraft& draft, const QDate& today)
{
    if (draft.kindCode.isEmpty())
        return Status::failure(Tr::tr("Choose the kind of document."));
    if (draft.title.trimmed().isEmpty())
        return Status::failure(Tr::tr("Enter the title of the document."));
    if (draft.title.size() > 200)
        return Status::failure(Tr::tr("The title is longer than 200 characters."));
    if (draft.pages < 1 || draft.pages > 9999)
        return Status::failure(Tr::tr("The number of pages must be between 1 and 9999."));
    if (draft.documentDate.isValid() && draft.documentDate > today)
        return Status::failure(Tr::tr("The date of the document lies in the future."));
    if (draft.documentDate.isValid() && draft.documentDate.year() < 1900)
        return Status::failure(Tr::tr("The date of the document is before 1900."));
    return Status::success();
}

Status canCorrect(const ArchiveDocument& original, const QString& reason)
{
    if (original.trail.status != EntryStatus::Verified)
        return Status::failure(Tr::tr("Only a verified entry is corrected; change this one directly."));
    if (original.supersededById != 0)
        return Status::failure(Tr::tr("This entry was corrected already; correct the newer entry."));
    if (reason.trimmed().isEmpty())
        return Status::failure(Tr::tr("Say why the entry is corrected."));
    return Status::success();
}

Status validateLoan(const LoanDraft& draft, const QDate& today)
{
    if (draft.borrower.trimmed().isEmpty())
        return Status::failure(Tr::tr("Enter who borrows the file."));
    if (draft.purpose.trimmed().isEmpty())
        return Status::failure(Tr::tr("Enter the purpose of the loan."));
    const QDate lent = draft.lentOn.isValid() ? draft.lentOn : today;
    if (lent > today)
        return Status::failure(Tr::tr("The loan date lies in the future."));
    if (!draft.expectedReturn.isValid())
        return Status::failure(Tr::tr("Enter when the file is to come back."));
    if (draft.expectedReturn < lent)
        return Status::failure(Tr::tr("The expected return is before the loan date."));
    return Status::success();
}

bool isOverdue(const ArchiveLoan& loan, const QDate& today)
{
    return loan.isOut() && loan.expectedReturn.isValid() && loan.expectedReturn < today;
}

QList<RequiredItem> completeness(const QList<Requirement>& required,
                                 const QList<ArchiveDocument>& documents)
{
    QList<RequiredItem> out;
    for (const Requirement& r : required) {
        RequiredItem item{r.kindCode, r.kindName, r.requiredBy, Presence::Missing};
        for (const ArchiveDocument& d : documents) {
            if (d.kindCode != r.kindCode)
                continue;
            if (d.counts()) {
                item.presence = Presence::Present;
                break;
            }
            if (d.trail.status != EntryStatus::Verified)
                item.presence = Presence::Pending;
        }
        out << item;
    }
    return out;
}

} // namespace ArchiveRules

} // namespace youfu::core
