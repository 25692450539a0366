#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace youfu::core {

// Lending the paper file (借阅登记): to whom, for what, until when.
struct LoanDraft
{
    QString borrower;
    QString unit;
    QString purpose;
    QDate lentOn;         // invalid = today by the database's clock
    QDate expectedReturn;
};

struct ArchiveLoan
{
    qint64 id = 0;
    qint64 archiveId = 0;
    QString archiveNumber;
    qint64 personId = 0;
    QString personName;
    QString borrower;
    QString unit;
    QString purpose;
    QDate lentOn;
    QDate expectedReturn;
    QDate returnedOn; // invalid while out
    QString returnNote;
    QString lentByName;

    bool isOut() const { return !returnedOn.isValid(); }
};

} // namespace youfu::core
