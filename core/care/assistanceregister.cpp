#include "care/assistanceregister.h"

#include "approval/applicationrules.h"

namespace youfu::core {

int AssistanceRegister::reasonRank(const QString& reason)
{
    const int i = ApplicationRules::assistanceReasonKeys().indexOf(reason);
    return i >= 0 ? i : ApplicationRules::assistanceReasonKeys().size();
}

QList<AssistanceReasonTotal> AssistanceRegister::ordered(const QList<AssistanceReasonTotal>& totals)
{
    QList<AssistanceReasonTotal> out;
    for (const QString& key : ApplicationRules::assistanceReasonKeys()) {
        AssistanceReasonTotal line;
        line.reason = key;
        out << line;
    }
    AssistanceReasonTotal none;
    AssistanceReasonTotal all;
    all.reason = QStringLiteral("*");
    for (const AssistanceReasonTotal& t : totals) {
        const int rank = reasonRank(t.reason);
        AssistanceReasonTotal& line = rank < out.size() ? out[rank] : none;
        line.grants += t.grants;
        line.amountFen += t.amountFen;
        all.grants += t.grants;
        all.amountFen += t.amountFen;
    }
    if (none.grants > 0)
        out << none;
    out << all;
    return out;
}

} // namespace youfu::core
