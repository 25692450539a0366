#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

// A temporary assistance granted: an approved application of that type.
struct AssistanceGrant
{
    qint64 applicationId = 0;
    QString number; // 武民优审〔2026〕0001号
    qint64 personId = 0;
    QString personName;
    QString maskedCitizenId;
    QString townshipName;
    QString reason; // housing, destitute, illness, accident, other; empty on old applications
    qint64 amountFen = 0;
    QDate decidedOn;
};

struct AssistanceFilter
{
    int year = 0;         // the year it was granted; 0 = every year
    QString townshipCode; // the person's township; empty = all
    QString reason;       // empty = every reason
};

struct AssistanceReasonTotal
{
    QString reason;
    int grants = 0;
    qint64 amountFen = 0;
};

// Pure rules of the register of temporary assistance.
class AssistanceRegister
{
public:
    // 住房困难 has priority: housing 0, then destitute, illness, accident, other, none.
    static int reasonRank(const QString& reason);
    // One line per reason in priority order (reasons with no grant at zero; grants without a
    // reason last, only when there are any), then the sum over all as an empty reason "*".
    static QList<AssistanceReasonTotal> ordered(const QList<AssistanceReasonTotal>& totals);
};

} // namespace youfu::core
