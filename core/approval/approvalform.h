#pragma once

#include "approval/application.h"
#include "registry/person.h"
#include "report/officialdocument.h"

#include <QList>

namespace youfu::core {

// The printed papers of the approval: the approval form (审批表) of one application and the
// register of applications (审批登记簿). Built from values only; no database.
class ApprovalForm
{
public:
    // A4 portrait: title, number, the person's particulars, categories and grade, the request
    // and its basis, the computed benefit, one box per step (signer, role, date, opinion) with
    // room for seals; earlier rounds listed after.
    static OfficialDocument form(const Application& app, const Person& person, const QString& officeName);
    // A4 landscape ruled list with a repeating header; `filterText` says what was chosen.
    static OfficialDocument registerOf(const QList<ApplicationRow>& rows, const QString& filterText,
                                       const QString& officeName, const QDate& printedOn);
    // "12345.00元" from fen.
    static QString yuanText(qint64 fen);
};

} // namespace youfu::core
