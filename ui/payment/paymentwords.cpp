#include "payment/paymentwords.h"

#include "dialogs/dialogparts.h"
#include "models/recordtablemodel.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "policy/policyrules.h"
#include "registry/categorystore.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::ui::PaymentWords)
};
} // namespace

QHash<QString, QString> paymentCategoryNames(core::Database& db)
{
    QHash<QString, QString> names;
    for (const core::Category& c : core::CategoryStore(db).all(true))
        names.insert(c.code, c.name);
    return names;
}

QStringList paymentItemHeader()
{
    return {Tr::tr("Month"), Tr::tr("Kind"), Tr::tr("Category"), Tr::tr("Amount (yuan)"),
            Tr::tr("Basis")};
}

QList<QStringList> paymentItemRows(const QList<core::PaymentItem>& items,
                                   const QHash<QString, QString>& categoryNames)
{
    QList<QStringList> rows;
    for (const core::PaymentItem& i : items)
        rows << QStringList{core::PaymentRules::monthTitle(i.month),
                            core::PaymentRules::itemKindTitle(i.kind),
                            categoryNames.value(i.categoryCode, i.categoryCode),
                            core::PolicyRules::yuan(i.amountFen), i.basis};
    return rows;
}

void showPaymentLineItems(QWidget* parent, core::Database& db, const core::PaymentLine& chosen)
{
    auto read = core::PaymentListStore(db).line(chosen.id);
    QDialog dlg(parent);
    dlg.setObjectName(QStringLiteral("paymentLineItems"));
    dlg.setWindowTitle(Tr::tr("Months paid"));
    auto* layout = new QVBoxLayout(&dlg);
    const core::PaymentLine line = read ? read.value() : chosen;
    layout->addWidget(makeDialogHeader(
        Tr::tr("%1: %2 yuan").arg(line.personName, core::PolicyRules::yuan(line.amountFen)),
        Tr::tr("%1, %2").arg(line.categoriesText, core::PaymentRules::lineStateTitle(line.state)),
        &dlg));
    auto* model = new RecordTableModel(paymentItemHeader(), &dlg);
    QList<RecordTableModel::Row> rows;
    for (const QStringList& cells : paymentItemRows(line.items, paymentCategoryNames(db)))
        rows << RecordTableModel::Row{0, cells, QColor(), 0};
    model->setRows(rows);
    QTableView* view = makeListTable(model, "lineItemView", &dlg);
    fitColumns(view, 4);
    layout->addWidget(view, 1);
    QLabel* error = makeErrorLabel(&dlg);
    layout->addWidget(error);
    if (!read)
        showError(error, read.error());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dlg);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    layout->addWidget(buttons);
    dlg.resize(760, 360);
    dlg.exec();
}

} // namespace youfu::ui
