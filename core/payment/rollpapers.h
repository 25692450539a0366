#pragma once

#include "payment/payment.h"
#include "report/officialdocument.h"

#include <QList>
#include <QString>

namespace youfu::core {

// The roll's papers, as HTML for DocumentRenderer (A4, GB/T 9704 fonts).
class RollPapers
{
public:
    // 发放汇总表: per township and category the persons and amount, the total in figures and
    // in 大写 (moneyInWords), held lines named as problems, and the signature and seal places
    // (经办人, 科长, 局长, 单位（盖章）).
    static QString summary(const PaymentRoll& roll, const QList<RollSummaryRow>& rows,
                           const QList<PaymentLine>& problems, const QString& office);
    // The same paper for DocumentRenderer (renderToPdf, paintDocument, the print preview).
    // Names at 经办人, 科长 and 局长 when the roll's latest round has them signed (steps read by
    // PaymentListStore::roll); blank places to sign by hand otherwise.
    static OfficialDocument summaryDocument(const PaymentRoll& roll,
                                            const QList<RollSummaryRow>& rows,
                                            const QList<PaymentLine>& problems,
                                            const QString& office);
};

} // namespace youfu::core
