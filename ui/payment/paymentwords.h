#pragma once

#include "payment/payment.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// Category code → name (残疾军人), for items that carry the code only.
QHash<QString, QString> paymentCategoryNames(core::Database& db);

// The header and rows of a line's items: month, 当月/补发, category, amount, basis.
QStringList paymentItemHeader();
QList<QStringList> paymentItemRows(const QList<core::PaymentItem>& items,
                                   const QHash<QString, QString>& categoryNames);

// A line's items in a small dialog (a double-click on a line of a roll).
void showPaymentLineItems(QWidget* parent, core::Database& db, const core::PaymentLine& line);

} // namespace youfu::ui
